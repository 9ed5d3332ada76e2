// shadow-coach's named scenarios, over HTTP and MSW: each is in the state its description
// promises, checked through the API with the token it returned. The clock is fixed so the
// days counted back from it are exact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/client.ts';
import type { Transport } from '../support/transports.ts';
import { loadScenario, TRANSPORTS } from './load.ts';

const NOW = new Date('2025-09-10T15:00:00Z');
const DAY_MS = 86_400_000;
const daysBefore = (iso: string) => Math.round((NOW.getTime() - Date.parse(iso)) / DAY_MS);

describe.each(TRANSPORTS)('shadow-coach scenarios over %s', (_name, start) => {
  let t: Transport;
  let call: ReturnType<typeof clientFor>;
  beforeAll(async () => {
    t = await start({ now: NOW });
    call = clientFor(t, 'shadow-coach');
  });
  afterAll(() => t.close());

  it('mood-history: a mood entry a day for six weeks, and the analytics call the trend declining', async () => {
    const { headers, email, password, moodEntries } = await loadScenario(t, 'shadow-coach', 'mood-history');
    expect(moodEntries).toBe(42);
    const recent = (await call('GET', '/v1/analytics/mood', { headers })).json;
    // The default window is the last 30 days, both ends included.
    expect(recent.mood_scores).toHaveLength(31);
    expect(recent.statistics.trend).toBe('declining');
    const all = (await call('GET', '/v1/analytics/mood?start_date=2025-07-01&granularity=week', { headers })).json;
    expect(all.mood_scores.reduce((n: number, bucket: { count: number }) => n + bucket.count, 0)).toBe(42);
    const weekly = all.mood_scores.map((bucket: { score: number }) => bucket.score);
    expect(weekly[0]).toBeLessThan(weekly.at(-1));
    const progress = (await call('GET', '/v1/analytics/progress', { headers })).json;
    expect(progress.summary.mood_trend).toBe('declining');
    // The returned credentials sign in.
    expect((await call('POST', '/v1/auth/login', { body: { email, password } })).status).toBe(200);
  });

  it('escalated-session: the session is paused and resuming waits for a safe check-in', async () => {
    const { headers, sessionId } = await loadScenario(t, 'shadow-coach', 'escalated-session');
    const paused = (await call('GET', '/v1/sessions?state=paused', { headers })).json;
    expect(paused.sessions.map((s: { session_id: string }) => s.session_id)).toEqual([sessionId]);
    const refused = await call('POST', `/v1/session/${sessionId}/resume`, { headers });
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('SAFETY_HIGH_RISK');
    const checkIn = await call('POST', '/v1/safety/check-in', { headers, body: { session_id: sessionId, safety_status: 'safe' } });
    expect(checkIn.status).toBe(200);
    const resumed = await call('POST', `/v1/session/${sessionId}/resume`, { headers });
    expect(resumed.status).toBe(200);
    expect(resumed.json.session_state).toBe('active');
  });

  it('completed-session: a summary with insights, the work and anxiety tags and an experiment', async () => {
    const { headers, sessionId } = await loadScenario(t, 'shadow-coach', 'completed-session');
    const { json } = await call('GET', `/v1/session/${sessionId}/summary`, { headers });
    expect(json.session_type).toBe('gentle_deep');
    expect(json.summary.insights.length).toBeGreaterThan(0);
    expect(json.summary.tags).toEqual(expect.arrayContaining(['anxiety', 'work']));
    expect(json.summary.experiment).not.toBe('');
    expect(json.summary.text).toContain('small experiment');
    const journal = (await call('GET', '/v1/journal/entries', { headers })).json;
    expect(journal.entries.map((e: { session_id: string }) => e.session_id)).toEqual([sessionId]);
  });

  it('journal-with-entries: four past entries newest first, searchable, one highlighted', async () => {
    const { headers, sessionIds } = await loadScenario(t, 'shadow-coach', 'journal-with-entries');
    const { json } = await call('GET', '/v1/journal/entries', { headers });
    expect(json.entries.map((e: { session_id: string }) => e.session_id)).toEqual(sessionIds);
    expect(json.entries.map((e: { date: string }) => daysBefore(e.date))).toEqual([2, 6, 13, 20]);
    expect(json.entries.filter((e: { highlights: unknown[] }) => e.highlights.length > 0)).toHaveLength(1);
    const sleep = (await call('GET', '/v1/journal/entries?tags=sleep', { headers })).json;
    expect(sleep.entries.map((e: { session_id: string }) => e.session_id)).toEqual([sessionIds[3]]);
    const sister = (await call('GET', '/v1/journal/entries?search=sister', { headers })).json;
    expect(sister.entries.map((e: { session_id: string }) => e.session_id)).toEqual([sessionIds[2]]);
    const entry = (await call('GET', `/v1/journal/entry/${sessionIds[2]}`, { headers })).json;
    expect(entry.duration_minutes).toBe(26);
    expect(entry.highlights[0].note).toBe('Call her this weekend');
    // Each session's opening mood lands on its own day.
    const moods = (await call('GET', '/v1/analytics/mood', { headers })).json;
    expect(moods.mood_scores.map((m: { date: string }) => daysBefore(`${m.date}T15:00:00Z`))).toEqual([2, 6, 13, 20]);
    const insights = (await call('GET', '/v1/analytics/insights', { headers })).json;
    expect(insights.insight_frequency.by_week.length).toBeGreaterThanOrEqual(3);
  });
});
