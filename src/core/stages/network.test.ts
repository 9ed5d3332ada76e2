import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import { NetworkSettings, type SettingsLayer } from '../network-settings.ts';
import { fakerDraws } from '../seeded-faker.ts';
import { CONTROL_HEADER } from './forced-answer.ts';
import { networkConditions } from './network.ts';

function runtime(startup: SettingsLayer = {}) {
  return stageRuntime({ network: new NetworkSettings(startup) });
}

function run(api: ReturnType<typeof runtime>, url: string, headers: Record<string, string> = {}) {
  const x = exchangeFor(api, new Request(url, { headers }));
  const operation = api.operationFor('GET', '/things') as Operation;
  x.operation = operation;
  return { x, reply: networkConditions(api, x, operation) };
}

/** What each of `n` requests gets: its delay and fault. */
function outcomes(api: ReturnType<typeof runtime>, n: number) {
  return Array.from({ length: n }, () => {
    const { x } = run(api, 'http://stub/things');
    return `${x.delayMs} ${x.fault?.kind ?? '-'}`;
  });
}

describe('networkConditions', () => {
  it('leaves a request with no control and nothing set untouched', () => {
    const { x, reply } = run(runtime(), 'http://stub/things?name=a_b');
    expect(reply).toBeUndefined();
    expect(x.delayMs).toBe(0);
    expect(x.fault).toBeUndefined();
    expect(x.forced).toBe(false);
  });

  it('takes the delay and the fault a client asks for, from Prefer or else the __ query', () => {
    const api = runtime();
    expect(run(api, 'http://stub/things', { prefer: 'delay=150' }).x.delayMs).toBe(150);
    expect(run(api, 'http://stub/things?__delay=150').x.delayMs).toBe(150);
    expect(run(api, 'http://stub/things?__delay=150', { prefer: 'delay=20' }).x.delayMs).toBe(20);
    const { x } = run(api, 'http://stub/things?%5F%5Ffault=reset');
    expect(x.fault).toEqual({ kind: 'reset' });
    expect(x.forced).toBe(true);
  });

  it('waits for nothing before a hang', () => {
    const { x } = run(runtime({ latency: { min: 300, max: 300 } }), 'http://stub/things', { prefer: 'fault=hang, delay=100' });
    expect(x.fault).toEqual({ kind: 'hang' });
    expect(x.delayMs).toBe(0);
  });

  it('refuses a delay that is not whole milliseconds from 0 to 60000, and an unknown fault, in the envelope', () => {
    for (const [url, headers, message] of [
      ['http://stub/things?__delay=abc', {}, '__delay=abc: the delay must be a whole number of milliseconds from 0 to 60000'],
      ['http://stub/things?__delay=-1', {}, '__delay=-1: the delay must be a whole number of milliseconds from 0 to 60000'],
      [
        'http://stub/things',
        { prefer: 'delay=60001' },
        'Prefer delay=60001: the delay must be a whole number of milliseconds from 0 to 60000',
      ],
      ['http://stub/things', { prefer: 'delay=1.5' }, 'Prefer delay=1.5: the delay must be a whole number of milliseconds from 0 to 60000'],
      ['http://stub/things?__fault=boom', {}, '__fault=boom: the kinds are error, reset, empty, malformed, hang'],
    ] as const) {
      const { x, reply } = run(runtime(), url, headers);
      expect(reply?.status, url).toBe(400);
      expect(reply?.json).toMatchObject({ error: { status: 400, message } });
      expect(reply?.headers.get(CONTROL_HEADER)).toBe('prefer-refused');
      expect(x.operation).toBeNull();
    }
  });

  it('applies the latency in force, a range drawn from the seed: the same on every run, again after a reset', () => {
    const api = runtime({ latency: { min: 100, max: 600 } });
    const first = outcomes(api, 30);
    expect(new Set(first).size).toBeGreaterThan(5);
    for (const outcome of first) expect(Number(outcome.split(' ')[0])).toBeGreaterThanOrEqual(100);
    for (const outcome of first) expect(Number(outcome.split(' ')[0])).toBeLessThanOrEqual(600);
    expect(outcomes(runtime({ latency: { min: 100, max: 600 } }), 30)).toEqual(first);
    api.reset();
    expect(outcomes(api, 30)).toEqual(first);
  });

  it('fails the share of requests the fault rate says, with kinds drawn from the seed, and never moves the faker', () => {
    const startup: SettingsLayer = { faultRate: 0.5, faultKinds: ['error', 'reset', 'malformed'] };
    const api = runtime(startup);
    const first = outcomes(api, 200);
    const failed = first.filter((o) => !o.endsWith('-'));
    expect(failed.length).toBeGreaterThan(70);
    expect(failed.length).toBeLessThan(130);
    expect(new Set(failed)).toEqual(new Set(['0 error', '0 reset', '0 malformed']));
    expect(outcomes(runtime(startup), 200)).toEqual(first);
    expect(fakerDraws(api.world.faker)).toBe(0);
  });

  it('lets the client’s own controls override the settings', () => {
    const api = runtime({ latency: { min: 300, max: 300 }, faultRate: 1 });
    const { x } = run(api, 'http://stub/things', { prefer: 'delay=0, fault=empty' });
    expect(x.delayMs).toBe(0);
    expect(x.fault).toEqual({ kind: 'empty' });
  });

  it('reads the settings narrowed to the API and the operation', () => {
    const network = new NetworkSettings();
    network.set({ api: 'stage', operation: 'GET /things' }, { faultRate: 1, faultKinds: ['hang'] });
    network.set({ api: 'other' }, { latency: { min: 999, max: 999 } });
    const api = stageRuntime({ network });
    const { x } = run(api, 'http://stub/things');
    expect(x.fault).toEqual({ kind: 'hang' });
    const other = exchangeFor(api, new Request('http://stub/things', { method: 'POST' }));
    expect(networkConditions(api, other, api.operationFor('POST', '/things') as Operation)).toBeUndefined();
    expect(other.fault).toBeUndefined();
    expect(other.delayMs).toBe(0);
  });
});
