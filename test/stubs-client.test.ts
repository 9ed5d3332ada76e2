// `stubsClient`, the controls of a running server shaped as `stubs` is in process, on both
// transports (its `fetch` reaches the Express server, or MSW's setupServer): one client per
// worker context, as an end-to-end suite uses it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stubsClient } from '../src/core/stubs-client.ts';
import type { paths as MicrositePaths } from '../src/generated/microsite.ts';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

describe.each([
  ['HTTP', startHttp],
  ['MSW', startMsw],
])('stubsClient over %s', (_name, start) => {
  let t: Transport;
  beforeAll(async () => {
    t = await start();
  });
  afterAll(() => t.close());

  const unlocked = async (headers: Record<string, string>) => (await fetch(`${t.base('microsite')}/api/unlock-status`, { headers })).status;

  it('loads, resets, reads and restores one worker’s context, the other’s untouched', async () => {
    const one = stubsClient(t.origin, { context: 'client-1' });
    const two = one.withContext('client-2');
    expect(one.headers).toEqual({ 'contract-stubs-context': 'client-1' });
    const user = await one.scenario('microsite', 'call-unlocked');
    expect(user.headers['contract-stubs-context']).toBe('client-1');
    const other = await two.scenario('microsite', 'call-unlocked');
    const saved = await one.state.get('microsite');
    expect(await one.reset()).toEqual(expect.arrayContaining(['microsite', 'sage']));
    expect([await unlocked(user.headers), await unlocked(other.headers)]).toEqual([404, 200]);
    await one.state.put('microsite', saved);
    expect(await unlocked(user.headers)).toBe(200);
    await expect(one.state.put('microsite', { nope: true })).rejects.toThrow('400: not a state snapshot');
    await expect(one.scenario('microsite', 'nope')).rejects.toThrow('404: No scenario "nope" in microsite');
  });

  it('finds, counts, waits for and clears its context’s requests only', async () => {
    const client = stubsClient(t.origin, { context: 'client-journal' });
    await client.reset();
    await client.journal.clear();
    const user = await client.scenario('microsite', 'missions-in-progress');
    // Another worker's request: never in this client's journal.
    await fetch(`${t.base('microsite')}/api/progress`, { headers: { ...user.headers, 'contract-stubs-context': 'someone-else' } });
    const sent = fetch(`${t.base('microsite')}/api/goal`, {
      method: 'POST',
      headers: { ...user.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ input: 'I want to open a bakery' }),
    });
    const entry = await client.journal.waitFor<MicrositePaths>({ api: 'microsite', operation: 'POST /api/goal' });
    expect(entry).toMatchObject({
      context: 'client-journal',
      request: { body: { input: 'I want to open a bakery' } },
      response: { status: 200 },
    });
    await sent;
    expect(await client.journal.count()).toBe(1);
    expect((await client.journal.find<MicrositePaths>({ operation: 'POST /api/goal', status: 200 })).map((e) => e.id)).toEqual([entry.id]);
    await expect(client.journal.waitFor({ operation: 'GET /api/progress' }, { timeoutMs: 30, intervalMs: 10 })).rejects.toThrow(
      'No GET /api/progress (context client-journal) in the journal within 30 ms',
    );
    await client.journal.clear();
    expect(await client.journal.count()).toBe(0);
    expect(await stubsClient(t.origin).journal.count({ operation: 'GET /api/progress' })).toBeGreaterThan(0);
  });
});
