// microsite's named scenarios, over HTTP and MSW: each is in the state its description
// promises, checked through the API with the headers it returned (call-unlocked and
// missions-in-progress are proven in test/scenarios.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/client.ts';
import type { Transport } from '../support/transports.ts';
import { loadScenario, TRANSPORTS } from './load.ts';

const CHAT = { context: { page: 'mission-dashboard', section: 'chat' } };

describe.each(TRANSPORTS)('microsite scenarios over %s', (_name, start) => {
  let t: Transport;
  let call: ReturnType<typeof clientFor>;
  beforeAll(async () => {
    t = await start();
    call = clientFor(t, 'microsite');
  });
  afterAll(() => t.close());

  const completed = (progress: { missions: { id: string; status: string }[] }) =>
    progress.missions.filter((m) => m.status === 'completed').map((m) => m.id);

  it('fresh-session: a session without a goal, no missions, no personalised content', async () => {
    const { headers, sessionId } = await loadScenario(t, 'microsite', 'fresh-session');
    const session = await call('GET', '/api/session', { headers });
    expect(session.status).toBe(200);
    expect(session.json).toEqual({ sessionId, pointsTotal: 0, missions: [], callUnlocked: false });
    expect((await call('GET', '/api/personalised', { headers })).status).toBe(404);
  });

  it('goal-set: the goal and every mission pending, no points', async () => {
    const { headers, missions } = await loadScenario(t, 'microsite', 'goal-set');
    const personalised = (await call('GET', '/api/personalised', { headers })).json;
    expect(personalised.goal.raw).toContain('restaurants');
    const progress = (await call('GET', '/api/progress', { headers })).json;
    expect(progress.missions.map((m: { id: string }) => m.id)).toEqual(missions);
    expect(completed(progress)).toEqual([]);
    expect(progress).toMatchObject({ pointsTotal: 0, callUnlocked: false });
  });

  it('all-missions-complete: every mission done, all points, the assistant points to the call', async () => {
    const { headers, missionsCompleted, pointsTotal } = await loadScenario(t, 'microsite', 'all-missions-complete');
    const progress = (await call('GET', '/api/progress', { headers })).json;
    expect(completed(progress)).toEqual(progress.missions.map((m: { id: string }) => m.id));
    expect(completed(progress)).toEqual(missionsCompleted);
    expect(progress.pointsTotal).toBe(progress.missions.reduce((sum: number, m: { points: number }) => sum + m.points, 0));
    expect(progress).toMatchObject({ pointsTotal, callUnlocked: true });
    const chat = (await call('POST', '/api/chat', { headers, body: { message: 'What should I do next on my project?', ...CHAT } })).json;
    expect(chat.followUpMissions).toEqual([]);
    expect(chat.reply).toContain('completed every mission');
  });

  it('chat-history: the next chat answer carries the earlier exchanges', async () => {
    const { headers, historyTurns, missionsCompleted } = await loadScenario(t, 'microsite', 'chat-history');
    expect(historyTurns).toBe(6);
    expect(missionsCompleted).toHaveLength(1);
    const { json } = await call('POST', '/api/chat', { headers, body: { message: 'And after that?', ...CHAT } });
    expect(json.history).toHaveLength(historyTurns + 2);
    expect(json.history.map((turn: { role: string }) => turn.role)).toEqual(Array.from({ length: 4 }, () => ['user', 'assistant']).flat());
    expect(json.history[0].message).toBe('Hi there!');
    expect(json.history.at(-2).message).toBe('And after that?');
  });
});
