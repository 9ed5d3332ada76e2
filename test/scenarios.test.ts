// Named scenarios on both transports: listed with their descriptions, loaded by the control
// endpoint (and `stubs.scenario` in MSW), answered with headers that act as their user, and
// the API in exactly the state they promise (checked through the API itself).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apis } from '../handlers/index.ts';
import { createStubs } from '../src/core/stubs.ts';
import { clientFor } from './support/client.ts';
import { stageDefinition } from './support/stage-fixture.ts';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

const control = async (t: Transport, method: string, path: string) => {
  const response = await fetch(`${t.origin}/__stubs${path}`, { method });
  return { status: response.status, json: await response.json() };
};

describe.each([
  ['HTTP', startHttp],
  ['MSW', startMsw],
])('scenarios over %s', (_name, start) => {
  let t: Transport;
  beforeAll(async () => {
    t = await start();
  });
  afterAll(() => t.close());

  it('lists every API scenario with its description and how to load it', async () => {
    const { status, json } = await control(t, 'GET', '/scenarios');
    expect(status).toBe(200);
    expect(json.scenarios).toEqual(
      expect.arrayContaining([
        {
          api: 'microsite',
          name: 'call-unlocked',
          description: expect.stringContaining('unlock'),
          load: `POST ${t.origin}/__stubs/scenarios/microsite/call-unlocked`,
        },
      ]),
    );
  });

  it('microsite call-unlocked: its headers act as a user whose call is unlocked', async () => {
    const { status, json } = await control(t, 'POST', '/scenarios/microsite/call-unlocked');
    expect(status).toBe(200);
    expect(json).toMatchObject({
      api: 'microsite',
      scenario: 'call-unlocked',
      headers: { authorization: expect.stringMatching(/^Bearer /) },
    });
    const call = clientFor(t, 'microsite');
    expect((await call('GET', '/api/unlock-status', { headers: json.headers })).json).toEqual({ callUnlocked: true });
    const progress = (await call('GET', '/api/progress', { headers: json.headers })).json;
    expect(progress.pointsTotal).toBeGreaterThanOrEqual(60);
    expect(progress.missions.filter((m: { status: string }) => m.status === 'completed').map((m: { id: string }) => m.id)).toEqual(
      json.missionsCompleted,
    );
  });

  it('microsite missions-in-progress: one mission done, the call still locked; each load adds a new user', async () => {
    const first = (await control(t, 'POST', '/scenarios/microsite/missions-in-progress')).json;
    const second = (await control(t, 'POST', '/scenarios/microsite/missions-in-progress')).json;
    expect(second.sessionId).not.toBe(first.sessionId);
    const call = clientFor(t, 'microsite');
    for (const loaded of [first, second]) {
      const progress = (await call('GET', '/api/progress', { headers: loaded.headers })).json;
      expect(progress.callUnlocked).toBe(false);
      expect(progress.missions.filter((m: { status: string }) => m.status === 'completed')).toHaveLength(1);
      expect(progress.pointsTotal).toBe(loaded.pointsTotal);
    }
  });

  it('answers 404 listing what exists for an unknown API or scenario', async () => {
    const unknownName = await control(t, 'POST', '/scenarios/microsite/nope');
    expect(unknownName.status).toBe(404);
    expect(unknownName.json.error).toContain('No scenario "nope" in microsite');
    expect(unknownName.json.scenarios.microsite).toEqual(expect.arrayContaining(['call-unlocked', 'missions-in-progress']));
    const unknownApi = await control(t, 'POST', '/scenarios/nope/call-unlocked');
    expect(unknownApi.status).toBe(404);
    expect(unknownApi.json.error).toContain('No API "nope"');
  });

  it('leaves the requests a scenario sends out of the journal', async () => {
    await control(t, 'DELETE', '/requests');
    await control(t, 'POST', '/scenarios/microsite/call-unlocked');
    expect((await control(t, 'GET', '/requests')).json.requests).toEqual([]);
  });
});

describe('stubs.scenario (the MSW twin of the control)', () => {
  it('returns what the control answers, and rejects an unknown scenario listing what exists', async () => {
    const stubs = createStubs(apis);
    const loaded = await stubs.scenario('microsite', 'call-unlocked');
    expect(loaded).toMatchObject({
      api: 'microsite',
      scenario: 'call-unlocked',
      headers: { authorization: expect.stringMatching(/^Bearer /) },
    });
    const unlock = await stubs.fetch(new Request('http://x/microsite/api/unlock-status', { headers: loaded.headers }));
    expect(await unlock.json()).toEqual({ callUnlocked: true });
    await expect(stubs.scenario('microsite', 'nope')).rejects.toMatchObject({
      available: { microsite: expect.arrayContaining(['missions-in-progress', 'call-unlocked']) },
    });
  });
});

describe('scenarios under injected latency and faults', () => {
  it('load untouched: the settings in force are for the app under test, not for the stub building a state', async () => {
    const stubs = createStubs(apis, { latency: '5000', faultRate: 1, faultKinds: ['error'] });
    const loaded = await stubs.scenario('microsite', 'call-unlocked');
    expect(loaded.pointsTotal).toBeGreaterThanOrEqual(60);
    const answer = await stubs.fetch(
      new Request('http://x/microsite/api/unlock-status', { headers: { ...loaded.headers, prefer: 'delay=0' } }),
    );
    expect(answer.status).toBeGreaterThanOrEqual(500);
  });
});

describe('a scenario whose build fails', () => {
  it('answers 500 saying which and why, with no stack trace, on the transport MSW uses', async () => {
    const broken = {
      ...stageDefinition,
      scenarios: [
        {
          name: 'broken',
          description: 'Always fails',
          build: async () => {
            throw new Error('the fixture is missing');
          },
        },
      ],
    };
    const stubs = createStubs([broken]);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const answer = await stubs.fetch(new Request('http://x/__stubs/scenarios/stage/broken', { method: 'POST' }));
      expect(answer.status).toBe(500);
      const text = await answer.text();
      expect(JSON.parse(text)).toEqual({ error: 'POST /__stubs/scenarios/stage/broken failed: the fixture is missing' });
      expect(text).not.toMatch(/\bat \S+ \(/);
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
  });
});
