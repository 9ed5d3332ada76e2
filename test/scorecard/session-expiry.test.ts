// Session life on a clock the test moves: 24 hours from the last activity, then 401
// SESSION_EXPIRED (the scenario suites run on the real or a fixed clock and cannot wait a day).
import { describe, expect, it } from 'vitest';
import { createState, extend, type SessionRecord, sessionCookie } from '../../handlers/scorecard/env.ts';

const HOUR = 3600 * 1000;

describe('scorecard sessions', () => {
  it('expire 24 hours after the last activity, and activity extends them', async () => {
    let t = Date.parse('2025-08-12T10:00:00Z');
    const now = () => new Date(t);
    const state = createState({ id: 'scorecard', secret: 'test', now, streamDelayMs: 0, testEndpoints: true });
    const session: SessionRecord = {
      sessionId: 'sess_a',
      assessmentId: 'assess_a',
      createdAt: now(),
      expiresAt: new Date(t + 24 * HOUR),
      lastActivity: now(),
      ipAddress: '127.0.0.1',
      userAgent: '',
    };
    state.sessions.set(session.sessionId, session);
    const auth = () => sessionCookie({ cookies: { 'assessment-session': 'sess_a' }, state, now });

    t += 23 * HOUR;
    expect(await auth()).toEqual({ ok: true, principal: { sessionId: 'sess_a' } });
    // Activity now: the session lives until 24 hours from here.
    expect(extend(session, now(), false)).toBe('assessment-session=sess_a; Max-Age=86400; Path=/; HttpOnly; SameSite=Lax');
    t += 23 * HOUR;
    expect((await auth()).ok).toBe(true);
    t += HOUR;
    expect(await auth()).toEqual({ ok: false, status: 401, code: 'SESSION_EXPIRED', message: expect.stringMatching(/expired/) });
    // An expired session is forgotten.
    expect(state.sessions.get('sess_a')).toBeUndefined();
    expect(await sessionCookie({ cookies: {}, state, now })).toMatchObject({ ok: false, status: 401, code: 'SESSION_EXPIRED' });
  });
});
