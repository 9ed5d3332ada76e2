// The microsite scenario suite, written once and run against both transports
// (microsite.http.test.ts, microsite.msw.test.ts). Every answer is contract-checked by the
// client; these tests assert the behaviour on top.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientFor } from '../support/client.ts';
import type { Transport } from '../support/transports.ts';

export function micrositeScenarios(start: () => Promise<Transport>): void {
  let transport: Transport;
  let call: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    transport = await start();
    call = clientFor(transport, 'microsite');
  });
  afterAll(() => transport.close());
  beforeEach(async () => {
    await fetch(`${transport.origin}/__stubs/reset?api=microsite`, { method: 'POST' });
  });

  async function newSession() {
    const res = await call('POST', '/api/auth/session');
    expect(res.status).toBe(200);
    return res.json as { accessToken: string; refreshToken: string; expiresIn: number; refreshExpiresIn: number };
  }

  async function withGoal(input = 'I want to build an AI agent for restaurants') {
    const tokens = await newSession();
    const goal = await call('POST', '/api/goal', { token: tokens.accessToken, body: { input } });
    expect(goal.status).toBe(200);
    return { tokens, goal: goal.json };
  }

  describe('sessions', () => {
    it('issues a one-year access and refresh token pair with a sessionId claim', async () => {
      const tokens = await newSession();
      expect(tokens.expiresIn).toBe(31536000);
      expect(tokens.refreshExpiresIn).toBe(31536000);
      const claims = decodeJwt(tokens.accessToken) as { kind: string; sessionId: unknown; exp: number; iat: number };
      expect(claims.kind).toBe('access');
      expect(typeof claims.sessionId).toBe('string');
      expect(claims.exp - claims.iat).toBe(31536000);
    });

    it('rotates refresh tokens: the old one stops working, the new pair works', async () => {
      const first = await newSession();
      const rotated = await call('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
      expect(rotated.status).toBe(200);
      expect(rotated.json.refreshToken).not.toBe(first.refreshToken);
      const reused = await call('POST', '/api/auth/refresh', { body: { refreshToken: first.refreshToken } });
      expect(reused.status).toBe(401);
      expect(reused.json.error.message).toMatch(/refreshToken/);
      const progress = await call('GET', '/api/progress', { token: rotated.json.accessToken });
      expect(progress.status).toBe(200);
      const again = await call('POST', '/api/auth/refresh', { body: { refreshToken: rotated.json.refreshToken } });
      expect(again.status).toBe(200);
    });

    it('refuses an access token as refresh token and a refresh token as access token', async () => {
      const tokens = await newSession();
      const asRefresh = await call('POST', '/api/auth/refresh', { body: { refreshToken: tokens.accessToken } });
      expect(asRefresh.status).toBe(401);
      const asAccess = await call('GET', '/api/progress', { token: tokens.refreshToken });
      expect(asAccess.status).toBe(401);
      expect(asAccess.json).toEqual({
        error: { code: 401, message: expect.stringMatching(/refresh token cannot be used as an access token/) },
      });
    });

    it('answers 400 for a refresh without a body or without refreshToken', async () => {
      const empty = await call('POST', '/api/auth/refresh', { body: {} });
      expect(empty.status).toBe(400);
      expect(empty.json.error.message).toBe('body.refreshToken: is required');
      const none = await call('POST', '/api/auth/refresh');
      expect(none.status).toBe(400);
    });

    it('revokes a session: its refresh and access tokens stop working', async () => {
      const tokens = await newSession();
      const revoked = await call('DELETE', '/api/auth/session', { token: tokens.accessToken, body: { refreshToken: tokens.refreshToken } });
      expect(revoked.status).toBe(200);
      expect(revoked.json).toEqual({ revoked: true });
      expect((await call('POST', '/api/auth/refresh', { body: { refreshToken: tokens.refreshToken } })).status).toBe(401);
      expect((await call('GET', '/api/session', { token: tokens.accessToken })).status).toBe(401);
    });

    it('refuses to revoke with another session’s refresh token, or without one', async () => {
      const mine = await newSession();
      const theirs = await newSession();
      const crossed = await call('DELETE', '/api/auth/session', { token: mine.accessToken, body: { refreshToken: theirs.refreshToken } });
      expect(crossed.status).toBe(401);
      const missing = await call('DELETE', '/api/auth/session', { token: mine.accessToken, body: {} });
      expect(missing.status).toBe(400);
      expect(missing.json.error.message).toBe('body.refreshToken: is required');
      expect((await call('GET', '/api/session', { token: theirs.accessToken })).status).toBe(200);
    });

    it('answers 401 for missing, malformed and forged tokens', async () => {
      const missing = await call('GET', '/api/progress');
      expect(missing.status).toBe(401);
      expect(missing.json.error.message).toMatch(/authorization/);
      expect((await call('GET', '/api/progress', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
      expect((await call('GET', '/api/progress', { token: 'not.a.jwt' })).status).toBe(401);
      const tokens = await newSession();
      const [h, p] = tokens.accessToken.split('.');
      expect((await call('GET', '/api/progress', { token: `${h}.${p}.${'A'.repeat(43)}` })).status).toBe(401);
    });

    it('answers 401 to a valid body without a token on every session-bound POST', async () => {
      for (const [path, body] of [
        ['/api/goal', { input: 'x' }],
        ['/api/clarify', { clarification: 'x' }],
        ['/api/mission/complete', { missionId: 'defineMetrics', artifact: { answer: 'x' } }],
        ['/api/chat', { message: 'hi', context: { page: 'p', section: 's' } }],
      ] as const) {
        const res = await call('POST', path, { body });
        expect(res.status, path).toBe(401);
        expect(res.json.error.message).toMatch(/^header\.authorization: /);
      }
    });

    it('answers 404 when the token is valid but the stub no longer has the session', async () => {
      const tokens = await newSession();
      await fetch(`${transport.origin}/__stubs/reset?api=microsite`, { method: 'POST' });
      for (const [method, path, body] of [
        ['GET', '/api/progress'],
        ['GET', '/api/session'],
        ['GET', '/api/personalised'],
        ['GET', '/api/unlock-status'],
        ['POST', '/api/goal', { input: 'x' }],
        ['POST', '/api/clarify', { clarification: 'x' }],
        ['POST', '/api/mission/complete', { missionId: 'defineMetrics', artifact: { answer: 'x' } }],
        ['POST', '/api/chat', { message: 'hi', context: { page: 'p', section: 's' } }],
        ['DELETE', '/api/auth/session', { refreshToken: tokens.refreshToken }],
      ] as const) {
        const res = await call(method, path, { token: tokens.accessToken, ...(body ? { body } : {}) });
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.json.error.code).toBe(404);
      }
    });
  });

  describe('goal and personalisation', () => {
    it('structures the goal and fixes a five-mission catalogue worth 80 points', async () => {
      const { goal } = await withGoal();
      expect(goal.goal).toMatchObject({
        raw: 'I want to build an AI agent for restaurants',
        domain: 'restaurants',
        objective: 'build an AI agent',
        clarifications: [],
      });
      expect(goal.headline).toMatch(/^AI Agent for Restaurants: /);
      expect(goal.missions.map((m: { id: string }) => m.id)).toEqual([
        'defineMetrics',
        'sketchFlow',
        'runDemo',
        'reviewCaseStudy',
        'planPilot',
      ]);
      expect(goal.missions.reduce((s: number, m: { points: number }) => s + m.points, 0)).toBe(80);
      expect(goal.missions[0].title).toContain('Restaurants');
      expect(goal.recommendedCaseStudies.map((c: { id: string }) => c.id)).toContain('cs1');
    });

    it('rejects a missing, empty or blank input with a message naming the field', async () => {
      const tokens = await newSession();
      const missing = await call('POST', '/api/goal', { token: tokens.accessToken, body: {} });
      expect(missing.status).toBe(400);
      expect(missing.json).toEqual({ error: { code: 400, message: 'body.input: is required' } });
      const empty = await call('POST', '/api/goal', { token: tokens.accessToken, body: { input: '' } });
      expect(empty.json.error.message).toMatch(/^body\.input: /);
      const blank = await call('POST', '/api/goal', { token: tokens.accessToken, body: { input: '   ' } });
      expect(blank.status).toBe(400);
      const extra = await call('POST', '/api/goal', { token: tokens.accessToken, body: { input: 'x', mood: 'happy' } });
      expect(extra.json.error.message).toBe('body.mood: is not allowed');
    });

    it('serves the same personalisation from /api/personalised, and 404s before a goal', async () => {
      const tokens = await newSession();
      expect((await call('GET', '/api/personalised', { token: tokens.accessToken })).status).toBe(404);
      const goal = await call('POST', '/api/goal', { token: tokens.accessToken, body: { input: 'Help me create a chatbot for hotels' } });
      const personalised = await call('GET', '/api/personalised', { token: tokens.accessToken });
      expect(personalised.status).toBe(200);
      const { sessionId, ...rest } = goal.json;
      expect(sessionId).toBeTypeOf('string');
      expect(personalised.json).toEqual(rest);
      expect(personalised.json.goal.domain).toBe('hospitality');
    });

    it('clarify refines goal and headline but keeps missions and progress', async () => {
      const { tokens, goal } = await withGoal();
      await call('POST', '/api/mission/complete', {
        token: tokens.accessToken,
        body: { missionId: 'defineMetrics', artifact: { answer: 'table turnover' } },
      });
      const clarified = await call('POST', '/api/clarify', {
        token: tokens.accessToken,
        body: { clarification: 'Increase customer satisfaction' },
      });
      expect(clarified.status).toBe(200);
      expect(clarified.json.goal.clarifications).toEqual(['Increase customer satisfaction']);
      expect(clarified.json.headline).toBe('AI Agent for Restaurants: Increase Customer Satisfaction');
      expect(clarified.json.missions).toEqual(goal.missions);
      expect(clarified.json.recommendedCaseStudies[0].id).toBe('cs3');
      const progress = await call('GET', '/api/progress', { token: tokens.accessToken });
      expect(progress.json.pointsTotal).toBe(15);
    });

    it('a new goal retitles the missions for its domain and keeps their progress', async () => {
      const { tokens, goal } = await withGoal();
      expect(goal.missions[0].title).toBe('Define Success Metrics for Restaurants');
      await call('POST', '/api/mission/complete', {
        token: tokens.accessToken,
        body: { missionId: 'defineMetrics', artifact: { answer: 'table turnover' } },
      });
      const next = await call('POST', '/api/goal', { token: tokens.accessToken, body: { input: 'An AI assistant for our clinics' } });
      expect(next.status).toBe(200);
      expect(next.json.goal.domain).toBe('healthcare');
      const titles = next.json.missions.map((m: { title: string }) => m.title);
      expect(titles).toEqual([
        'Define Success Metrics for Healthcare',
        'Sketch the Agent Flow for Healthcare',
        'Run the AI Demo for Healthcare',
        'Review a Case Study for Healthcare',
        'Plan a Pilot for Healthcare',
      ]);
      expect(next.json.missions.map((m: { id: string; points: number }) => [m.id, m.points])).toEqual(
        goal.missions.map((m: { id: string; points: number }) => [m.id, m.points]),
      );
      const personalised = await call('GET', '/api/personalised', { token: tokens.accessToken });
      expect(personalised.json.missions.map((m: { title: string }) => m.title)).toEqual(titles);
      const progress = await call('GET', '/api/progress', { token: tokens.accessToken });
      expect(progress.json.pointsTotal).toBe(15);
      expect(progress.json.missions[0]).toMatchObject({ id: 'defineMetrics', status: 'completed' });
      const completed = await call('POST', '/api/mission/complete', {
        token: tokens.accessToken,
        body: { missionId: 'sketchFlow', artifact: { answer: 'triage → booking' } },
      });
      expect(completed.json.nextMission).toEqual({ id: 'runDemo', title: 'Run the AI Demo for Healthcare' });
      // A clarification that names a sector the goal did not retitles them too.
      const dentists = await withGoal('I want an AI assistant for dentists');
      expect(dentists.goal.missions[0].title).toBe('Define Success Metrics for Dentists');
      const clarified = await call('POST', '/api/clarify', {
        token: dentists.tokens.accessToken,
        body: { clarification: 'Our clinics are busy' },
      });
      expect(clarified.json.goal.domain).toBe('healthcare');
      expect(clarified.json.missions[0].title).toBe('Define Success Metrics for Healthcare');
    });

    it('clarify needs a goal first (404) and a clarification (400)', async () => {
      const tokens = await newSession();
      expect((await call('POST', '/api/clarify', { token: tokens.accessToken, body: { clarification: 'x' } })).status).toBe(404);
      const missing = await call('POST', '/api/clarify', { token: tokens.accessToken, body: {} });
      expect(missing.json.error.message).toBe('body.clarification: is required');
    });
  });

  describe('missions, progress and unlock', () => {
    it('awards points exactly once and unlocks the call at 60 points', async () => {
      const { tokens } = await withGoal();
      const token = tokens.accessToken;
      const steps: Array<[string, number, boolean, string | undefined]> = [
        ['defineMetrics', 15, false, 'sketchFlow'],
        ['sketchFlow', 30, false, 'runDemo'],
        ['runDemo', 50, false, 'reviewCaseStudy'],
        ['reviewCaseStudy', 65, true, 'planPilot'],
        ['planPilot', 80, true, undefined],
      ];
      for (const [missionId, total, unlocked, next] of steps) {
        const done = await call('POST', '/api/mission/complete', {
          token,
          body: { missionId, artifact: { answer: `Done: ${missionId}` } },
        });
        expect(done.status).toBe(200);
        expect(done.json.pointsTotal).toBe(total);
        expect(done.json.callUnlocked).toBe(unlocked);
        expect(done.json.nextMission?.id).toBe(next);
        const [progress, unlock, session] = await Promise.all([
          call('GET', '/api/progress', { token }),
          call('GET', '/api/unlock-status', { token }),
          call('GET', '/api/session', { token }),
        ]);
        expect(progress.json.pointsTotal).toBe(total);
        expect(unlock.json).toEqual({ callUnlocked: unlocked });
        expect(session.json).toMatchObject({ pointsTotal: total, callUnlocked: unlocked, missions: progress.json.missions });
        expect(progress.json.missions.find((m: { id: string }) => m.id === missionId).status).toBe('completed');
      }
      const again = await call('POST', '/api/mission/complete', { token, body: { missionId: 'runDemo', artifact: { answer: 'again' } } });
      expect(again.status).toBe(403);
      expect((await call('GET', '/api/progress', { token })).json.pointsTotal).toBe(80);
    });

    it('404s unknown missions and missions before a goal; 400s a missing artifact answer', async () => {
      const fresh = await newSession();
      const early = await call('POST', '/api/mission/complete', {
        token: fresh.accessToken,
        body: { missionId: 'defineMetrics', artifact: { answer: 'x' } },
      });
      expect(early.status).toBe(404);
      const { tokens } = await withGoal();
      const unknown = await call('POST', '/api/mission/complete', {
        token: tokens.accessToken,
        body: { missionId: 'flyToMars', artifact: { answer: 'x' } },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.message).toMatch(/flyToMars/);
      const noAnswer = await call('POST', '/api/mission/complete', {
        token: tokens.accessToken,
        body: { missionId: 'runDemo', artifact: {} },
      });
      expect(noAnswer.status).toBe(400);
      expect(noAnswer.json.error.message).toBe('body.artifact.answer: is required');
    });

    it('hydrates a fresh session with empty progress and no goal', async () => {
      const tokens = await newSession();
      const session = await call('GET', '/api/session', { token: tokens.accessToken });
      expect(session.status).toBe(200);
      expect(session.json).toEqual({ sessionId: expect.any(String), missions: [], pointsTotal: 0, callUnlocked: false });
      expect((await call('GET', '/api/progress', { token: tokens.accessToken })).json).toEqual({
        pointsTotal: 0,
        missions: [],
        callUnlocked: false,
      });
    });
  });

  describe('chat', () => {
    it('asks for a goal first, then grounds replies in the next mission; history grows by two', async () => {
      const tokens = await newSession();
      const context = { page: 'mission-dashboard', section: 'mission-1', metadata: { missionId: 'defineMetrics' } };
      const first = await call('POST', '/api/chat', { token: tokens.accessToken, body: { message: 'Hello?', context } });
      expect(first.status).toBe(200);
      expect(first.json.history).toHaveLength(2);
      expect(first.json.navigate).toEqual({ page: 'micro-landing', section: 'hero' });

      await call('POST', '/api/goal', { token: tokens.accessToken, body: { input: 'I want to build an AI agent for restaurants' } });
      await call('POST', '/api/mission/complete', {
        token: tokens.accessToken,
        body: { missionId: 'defineMetrics', artifact: { answer: 'x' } },
      });
      const second = await call('POST', '/api/chat', {
        token: tokens.accessToken,
        body: { message: 'Which mission should I tackle next?', context },
      });
      expect(second.json.history).toHaveLength(4);
      expect(second.json.history[2]).toMatchObject({ role: 'user', message: 'Which mission should I tackle next?' });
      expect(second.json.history[3]).toMatchObject({ role: 'assistant', message: second.json.reply });
      expect(second.json.reply).toContain('Sketch the Agent Flow for Restaurants');
      expect(second.json.navigate).toEqual({ page: 'mission-dashboard', section: 'mission-2', metadata: { missionId: 'sketchFlow' } });
      expect(second.json.followUpMissions.map((m: { id: string }) => m.id)).toEqual(['sketchFlow', 'runDemo']);
      expect(second.json.updatedProgress.pointsTotal).toBe(15);
      expect(second.json.suggestedRead.length).toBeGreaterThan(0);
    });

    it('answers off-topic questions by steering back, without navigating; greetings in kind', async () => {
      const { tokens } = await withGoal();
      const context = { page: 'micro-landing', section: 'hero' };
      for (const message of ["What's the weather like in Paris today?", 'Tell me a joke', 'Who won the football last night?']) {
        const res = await call('POST', '/api/chat', { token: tokens.accessToken, body: { message, context } });
        expect(res.status).toBe(200);
        expect(res.json.reply, message).toMatch(/^That is outside what I can help with here: I am your guide for restaurants/);
        expect(res.json.reply).toContain('Shall we get back to "Define Success Metrics for Restaurants"?');
        expect(res.json.navigate, message).toBeUndefined();
        expect(res.json.suggestedRead).toBeUndefined();
        expect(res.json.followUpMissions.map((m: { id: string }) => m.id)).toEqual(['defineMetrics', 'sketchFlow']);
        expect(res.json.updatedProgress.pointsTotal).toBe(0);
        expect(res.json.history.at(-1)).toMatchObject({ role: 'assistant', message: res.json.reply });
      }
      const hello = await call('POST', '/api/chat', { token: tokens.accessToken, body: { message: 'Hi there', context } });
      expect(hello.json.reply).toMatch(/^Hello! Next, tackle "Define Success Metrics for Restaurants"/);
      expect(hello.json.navigate).toEqual({ page: 'mission-dashboard', section: 'mission-1', metadata: { missionId: 'defineMetrics' } });
      // The prose's own messages are about the project; so is one using the goal's words.
      for (const message of ['Which mission should I tackle next?', 'Done with metrics.', 'How would this work for a small restaurant?']) {
        const res = await call('POST', '/api/chat', { token: tokens.accessToken, body: { message, context } });
        expect(res.json.reply, message).toContain('Next, tackle "Define Success Metrics for Restaurants"');
        expect(res.json.navigate, message).toBeDefined();
      }
      // With every mission done, an off-topic question is steered to the call.
      for (const missionId of ['defineMetrics', 'sketchFlow', 'runDemo', 'reviewCaseStudy', 'planPilot']) {
        await call('POST', '/api/mission/complete', { token: tokens.accessToken, body: { missionId, artifact: { answer: 'x' } } });
      }
      const done = await call('POST', '/api/chat', { token: tokens.accessToken, body: { message: 'Tell me a joke', context } });
      expect(done.json.reply).toContain('book it from the progress widget');
      expect(done.json.navigate).toBeUndefined();
    });

    it('rejects a chat without context.section, naming the field', async () => {
      const tokens = await newSession();
      const res = await call('POST', '/api/chat', { token: tokens.accessToken, body: { message: 'hi', context: { page: 'p' } } });
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ error: { code: 400, message: 'body.context.section: is required' } });
    });
  });

  describe('errors in the envelope', () => {
    it('malformed JSON → 400, wrong content type → 415, over 1 MiB → 413, unknown path → 404, wrong method → 405', async () => {
      const tokens = await newSession();
      const auth = { authorization: `Bearer ${tokens.accessToken}` };
      const malformed = await call('POST', '/api/goal', {
        rawBody: '{"input": ',
        headers: { ...auth, 'content-type': 'application/json' },
      });
      expect(malformed.status).toBe(400);
      expect(malformed.json).toEqual({ error: { code: 400, message: 'body: is not valid JSON' } });
      const text = await call('POST', '/api/goal', { rawBody: 'input=x', headers: { ...auth, 'content-type': 'text/plain' } });
      expect(text.status).toBe(415);
      expect(text.json.error.message).toMatch(/^header\.content-type: text\/plain is not supported/);
      const huge = await call('POST', '/api/goal', {
        rawBody: JSON.stringify({ input: 'x'.repeat(1_100_000) }),
        headers: { ...auth, 'content-type': 'application/json' },
      });
      expect(huge.status).toBe(413);
      expect(huge.json.error.code).toBe(413);
      const unknown = await call('GET', '/api/nope', { headers: auth });
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.code).toBe(404);
      const wrongMethod = await call('PUT', '/api/goal', { headers: auth });
      expect(wrongMethod.status).toBe(405);
      expect(wrongMethod.headers.get('allow')).toBe('POST');
    });

    it('Prefer forces documented answers in the envelope, and refuses undocumented ones', async () => {
      const forced = await call('GET', '/api/progress', { headers: { prefer: 'code=500' } });
      expect(forced.status).toBe(500);
      expect(forced.json.error.code).toBe(500);
      const example = await call('POST', '/api/goal', { headers: { prefer: 'code=200, example=restaurantAgent' } });
      expect(example.status).toBe(200);
      expect(example.json.headline).toMatch(/Restaurants/);
      const query = await call('GET', '/api/unlock-status?__code=404');
      expect(query.status).toBe(404);
      const undocumented = await call('GET', '/api/unlock-status', { headers: { prefer: 'code=418' } });
      expect(undocumented.status).toBe(400);
      expect(undocumented.json.error.message).toMatch(/code=418 is not documented/);
    });

    it('Prefer dynamic=true generates schema-valid data, the same for the same seed', async () => {
      const a = await call('GET', '/api/session', { headers: { prefer: 'dynamic=true, seed=42' } });
      const b = await call('GET', '/api/session', { headers: { prefer: 'dynamic=true, seed=42' } });
      expect(a.status).toBe(200);
      expect(a.text).toBe(b.text);
    });
  });

  it('journals requests with status and validation errors', async () => {
    await fetch(`${transport.origin}/__stubs/requests`, { method: 'DELETE' });
    await call('POST', '/api/auth/refresh', { body: {} });
    const journal = await (await fetch(`${transport.origin}/__stubs/requests?api=microsite`)).json();
    expect(journal.requests).toEqual([
      expect.objectContaining({
        method: 'POST',
        operation: 'POST /api/auth/refresh',
        status: 400,
        issues: [{ in: 'body', field: 'refreshToken', message: 'is required' }],
      }),
    ]);
  });
}
