// State snapshots on both transports: `GET /__stubs/state?api=<id>` answers an API's state in
// the state file's format, `PUT` restores it exactly (state and faker position), per context
// too; a body that is not a snapshot is a 400 saying why, and nothing changes. In process, the
// same through `stubs.state.get` / `put` and a context's view.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMswStubs } from '../src/msw/index.ts';
import { apis } from './support/apis.ts';
import { clientFor } from './support/client.ts';
import { control } from './support/controls.ts';
import { MSW_ORIGIN, startHttp, startMsw, type Transport } from './support/transports.ts';

/** A fixed clock: a token carries its issue time, so the same faker position gives the same token. */
const NOW = new Date('2025-08-05T10:00:00Z');

describe.each([
  ['HTTP', startHttp],
  ['MSW', startMsw],
])('state snapshots over %s', (_name, start) => {
  let t: Transport;
  beforeAll(async () => {
    t = await start({ now: NOW });
  });
  afterAll(() => t.close());

  const unlockStatus = async (headers: Record<string, string>) =>
    (await clientFor(t, 'microsite')('GET', '/api/unlock-status', { headers })).status;
  const newToken = async (headers: Record<string, string> = {}) =>
    (await clientFor(t, 'microsite')('POST', '/api/auth/session', { headers })).json.accessToken as string;

  it('answers one API’s state in the state file’s format, or every API’s', async () => {
    const one = await control(t, 'GET', '/state?api=microsite');
    expect(one.status).toBe(200);
    expect(one.json).toEqual({
      format: 'contract-stubs-state',
      version: 1,
      seed: 1,
      apis: { microsite: { state: expect.any(Object), fakerDraws: expect.any(Number) } },
    });
    const all = await control(t, 'GET', '/state');
    expect(Object.keys(all.json.apis).sort()).toEqual(apis.map((a) => a.id).sort());
    expect((await control(t, 'GET', '/state?api=nope')).status).toBe(404);
  });

  it('restores a snapshot exactly: the scenario’s user back, the same state, the faker where it was', async () => {
    await control(t, 'POST', '/reset');
    const loaded = (await control(t, 'POST', '/scenarios/microsite/call-unlocked')).json;
    const saved = (await control(t, 'GET', '/state?api=microsite')).json;
    const next = await newToken();
    await control(t, 'POST', '/reset');
    expect(await unlockStatus(loaded.headers)).toBe(404);
    expect(await control(t, 'PUT', '/state?api=microsite', saved)).toEqual({ status: 200, json: { restored: ['microsite'] } });
    // Before any request reads it (a read marks a session as used: its time is in the state).
    expect((await control(t, 'GET', '/state?api=microsite')).json).toEqual(saved);
    expect(await unlockStatus(loaded.headers)).toBe(200);
    // The faker continues where the snapshot left it: the next session is the one made after it before.
    expect(await newToken()).toBe(next);
  });

  it('refuses what is not a snapshot with a 400 saying why, the state untouched', async () => {
    await control(t, 'POST', '/reset');
    const loaded = (await control(t, 'POST', '/scenarios/microsite/call-unlocked')).json;
    const saved = (await control(t, 'GET', '/state?api=microsite')).json;
    const microsite = saved.apis.microsite;
    const cases: [unknown, RegExp][] = [
      ['{"format":', /not JSON/],
      [{ ...saved, format: 'other' }, /not a contract-stubs-state version 1 file/],
      [{ ...saved, seed: 2 }, /written with --seed 2, now with --seed 1/],
      [{ ...saved, apis: { sage: microsite } }, /no state for microsite in it/],
      [{ ...saved, apis: { microsite: { ...microsite, fakerDraws: -1 } } }, /microsite: fakerDraws is missing or invalid/],
      [{ ...saved, apis: { microsite: { ...microsite, state: 'x' } } }, /microsite: string ≠ object/],
      [
        { ...saved, apis: { microsite: { ...microsite, state: { ...microsite.state, sessions: { $t: 'Nope', v: 1 } } } } },
        /unknown tag Nope/,
      ],
    ];
    for (const [body, message] of cases) {
      const answer = await control(t, 'PUT', '/state?api=microsite', body);
      expect(answer.status, String(message)).toBe(400);
      expect(answer.json.error, String(message)).toMatch(message);
    }
    expect((await control(t, 'GET', '/state?api=microsite')).json).toEqual(saved);
    expect(await unlockStatus(loaded.headers)).toBe(200);
  });

  it('reads and restores a context’s state, leaving the default world and other contexts alone', async () => {
    await control(t, 'POST', '/reset');
    const loaded = (await control(t, 'POST', '/scenarios/microsite/call-unlocked?context=snap-a')).json;
    const saved = (await control(t, 'GET', '/state?api=microsite&context=snap-a')).json;
    expect(saved).not.toEqual((await control(t, 'GET', '/state?api=microsite')).json);
    expect(await control(t, 'PUT', '/state?api=microsite&context=snap-b', saved)).toEqual({
      status: 200,
      json: { restored: ['microsite'], context: 'snap-b' },
    });
    const { authorization } = loaded.headers;
    expect(await unlockStatus({ authorization, 'contract-stubs-context': 'snap-b' })).toBe(200);
    expect(await unlockStatus({ authorization })).toBe(404);
    expect(await unlockStatus({ authorization, 'contract-stubs-context': 'snap-c' })).toBe(404);
  });
});

describe('stubs.state and a context’s view (MSW, in process)', () => {
  const { stubs, handlers } = createMswStubs(apis, { origin: MSW_ORIGIN });
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'bypass' }));
  afterAll(() => server.close());
  const unlocked = async (headers: Record<string, string>) =>
    (await fetch(`${MSW_ORIGIN}/microsite/api/unlock-status`, { headers })).status;

  it('get gives what GET /__stubs/state answers; put restores it; a bad one rejects, changing nothing', async () => {
    const loaded = await stubs.scenario('microsite', 'call-unlocked');
    const saved = stubs.state.get('microsite');
    expect(saved).toEqual((await control({ origin: MSW_ORIGIN }, 'GET', '/state?api=microsite')).json);
    stubs.reset();
    expect(await unlocked(loaded.headers)).toBe(404);
    await stubs.state.put('microsite', saved);
    expect(stubs.state.get('microsite')).toEqual(saved);
    await expect(stubs.state.put('microsite', { ...saved, seed: 9 })).rejects.toThrow('written with --seed 9');
    await expect(stubs.state.put('sage', saved)).rejects.toThrow('no state for sage in it');
    expect(() => stubs.state.get('nope')).toThrow('Unknown API "nope"');
    expect(stubs.state.get('microsite')).toEqual(saved);
    expect(await unlocked(loaded.headers)).toBe(200);
  });

  it('a context’s view loads, reads, restores and resets that context alone, and names the header to send', async () => {
    stubs.reset();
    const first = stubs.context('view-1');
    const second = stubs.context('view-2');
    expect(first.headers).toEqual({ 'contract-stubs-context': 'view-1' });
    const loaded = await first.scenario('microsite', 'call-unlocked');
    expect(loaded.headers['contract-stubs-context']).toBe('view-1');
    expect(await unlocked(loaded.headers)).toBe(200);
    await second.state.put('microsite', first.state.get('microsite'));
    expect(await unlocked({ ...loaded.headers, ...second.headers })).toBe(200);
    first.reset();
    expect(await unlocked(loaded.headers)).toBe(404);
    expect(await unlocked({ ...loaded.headers, ...second.headers })).toBe(200);
    expect(() => stubs.context('two words')).toThrow('context "two words" must be 1 to 128');
  });
});
