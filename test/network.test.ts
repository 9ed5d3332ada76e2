// Slow and failing networks on both transports (docs/network.md): every fault kind, delays, the
// client's controls refused in the API's envelope, `/__stubs/settings` narrowed by API and
// operation, the seed's determinism, and requests that hang while others are served. Time is
// only ever checked by a generous lower bound, never an upper one.
import { once } from 'node:events';
import { get as httpGet, type Server } from 'node:http';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import type { JournalEntry } from '../src/core/journal.ts';
import { CONTROL_HEADER } from '../src/core/stages/forced-answer.ts';
import type { Stubs, StubsOptions } from '../src/core/stubs.ts';
import { createMswStubs } from '../src/msw/index.ts';
import { serve } from '../src/node/index.ts';
import { CLOSE_GRACE_MS } from '../src/node/server.ts';
import { assertContract } from './support/contract.ts';
import { recordCoverage } from './support/coverage.ts';
import { MSW_ORIGIN } from './support/transports.ts';

interface Harness {
  name: 'http' | 'msw';
  origin: string;
  stubs: Stubs;
  /** Resolves when the next request reaches the stubs. */
  arrival(): Promise<void>;
  close(): Promise<void>;
}

const TESTING: StubsOptions = { strict: true, onRequest: recordCoverage };

async function overHttp(options: StubsOptions = {}): Promise<Harness> {
  const running = await serve(apis, { port: 0, ...TESTING, ...options });
  return {
    name: 'http',
    origin: running.origin,
    stubs: running.stubs,
    arrival: async () => {
      await once(running.server, 'request');
    },
    close: () => running.close(),
  };
}

async function throughMsw(options: StubsOptions = {}): Promise<Harness> {
  const { handlers, stubs } = createMswStubs(apis, { origin: MSW_ORIGIN, ...TESTING, ...options });
  const server = setupServer(...handlers);
  server.listen({ onUnhandledFrame: 'bypass' });
  return {
    name: 'msw',
    origin: MSW_ORIGIN,
    stubs,
    arrival: () =>
      new Promise((resolve) => {
        const listener = () => {
          server.events.removeListener('request:start', listener);
          resolve();
        };
        server.events.on('request:start', listener);
      }),
    close: async () => server.close(),
  };
}

/** The status, or `network error` where fetch rejects as it does when a connection fails. */
async function outcome(url: string, init: RequestInit = {}): Promise<number | 'network error'> {
  try {
    const response = await fetch(url, init);
    await response.arrayBuffer();
    return response.status;
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return 'network error';
  }
}

async function settle(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'answered',
    (error: Error) => error.name,
  );
}

/** Polls until `find` returns something (the test's own timeout bounds it). */
async function eventually<T>(find: () => T | undefined | Promise<T | undefined>): Promise<T> {
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const lastEntry = (t: Harness): JournalEntry | undefined => t.stubs.journal.list({ limit: 1 })[0];

describe.each([
  ['http', overHttp],
  ['msw', throughMsw],
] as const)('slow and failing networks over %s', (_name, start) => {
  let t: Harness;
  const health = () => `${t.origin}/scorecard/api/health`;
  const settings = (method: string, body?: unknown) =>
    fetch(`${t.origin}/__stubs/settings`, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });

  beforeAll(async () => {
    t = await start();
  });
  afterAll(() => t.close());
  afterEach(async () => {
    await settings('DELETE');
    await fetch(`${t.origin}/__stubs/reset`, { method: 'POST' });
  });

  it('error: answers a 5xx the operation declares, in the API’s envelope, within the contract', async () => {
    for (const [url, init] of [
      [health(), { headers: { prefer: 'fault=error' } }],
      [`${health()}?__fault=error`, {}],
    ] as const) {
      const response = await fetch(url, init);
      const text = await response.text();
      expect(response.status).toBe(503);
      const body = JSON.parse(text);
      expect(body).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Service Unavailable (injected fault)' } });
      assertContract('scorecard', 'GET', '/api/health', { status: response.status, headers: response.headers, body, text });
      expect(lastEntry(t)).toMatchObject({ status: 503, fault: { kind: 'error' }, forced: true });
    }
  });

  it('error: answers 503 in the envelope where the operation declares no 5xx, and the journal says so', async () => {
    const response = await fetch(`${t.origin}/microsite/api/unlock-status`, { headers: { prefer: 'fault=error' } });
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ error: { code: 503, message: 'Service Unavailable (injected fault)' } });
    expect(lastEntry(t)?.fault).toEqual({
      kind: 'error',
      note: "GET /api/unlock-status declares no 5xx status: 503 in the API's envelope",
    });
  });

  it('reset and empty: the client sees a network error; the journal says no answer went out', async () => {
    for (const kind of ['reset', 'empty']) {
      expect(await outcome(health(), { headers: { prefer: `fault=${kind}` } })).toBe('network error');
      expect(lastEntry(t)).toMatchObject({ status: 0, fault: { kind } });
      expect(await outcome(`${health()}?__fault=${kind}`)).toBe('network error');
    }
    // The next client is served as ever.
    expect(await outcome(health())).toBe(200);
  });

  it('malformed: the declared status and content type, with a body that is not JSON', async () => {
    const response = await fetch(health(), { headers: { prefer: 'fault=malformed' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    const text = await response.text();
    expect(text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
    expect(lastEntry(t)).toMatchObject({ status: 200, fault: { kind: 'malformed' } });
  });

  it('hang: no answer until the client gives up, while other clients are served', async () => {
    const leave = new AbortController();
    const hanging = settle(fetch(health(), { headers: { prefer: 'fault=hang' }, signal: leave.signal }));
    const alsoHanging = new AbortController();
    const second = settle(fetch(`${health()}?__fault=hang`, { signal: alsoHanging.signal }));
    await eventually(() => (t.stubs.journal.list().filter((e) => e.fault?.kind === 'hang').length === 2 ? true : undefined));
    for (let i = 0; i < 3; i++) expect(await outcome(`${t.origin}/ally/api/health`)).toBe(200);
    expect(await Promise.race([hanging, second, Promise.resolve('pending')])).toBe('pending');
    leave.abort();
    alsoHanging.abort();
    expect(await hanging).toBe('AbortError');
    expect(await second).toBe('AbortError');
    expect(lastEntry(t)).toMatchObject({ status: 200 });
    expect(t.stubs.journal.list().filter((e) => e.fault?.kind === 'hang')).toMatchObject([{ status: 0 }, { status: 0 }]);
  });

  it('delay: Prefer: delay and __delay hold the answer at least that long', async () => {
    for (const [url, init] of [
      [health(), { headers: { prefer: 'delay=150' } }],
      [`${health()}?__delay=150`, {}],
    ] as const) {
      const started = performance.now();
      expect(await outcome(url, init)).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      expect(lastEntry(t)).toMatchObject({ status: 200, delayMs: 150, fault: null });
    }
  });

  it('delay: stops waiting when the client leaves, and answers nothing', async () => {
    const leave = new AbortController();
    const arrived = t.arrival();
    const waiting = settle(fetch(`${health()}?__delay=60000`, { signal: leave.signal }));
    await arrived;
    leave.abort();
    expect(await waiting).toBe('AbortError');
    // Within the test's timeout, not the minute the delay asked for: the wait was cut short.
    const entry = await eventually(() => t.stubs.journal.list().find((e) => e.delayMs === 60000));
    expect(entry).toMatchObject({ status: 0, fault: null });
  });

  it('refuses a delay or fault that makes no sense with a 400 in the API’s envelope that says so', async () => {
    const cases = [
      ['prefer', 'delay=abc', 'Prefer delay=abc: the delay must be a whole number of milliseconds from 0 to 60000'],
      ['prefer', 'delay=60001', 'Prefer delay=60001: the delay must be a whole number of milliseconds from 0 to 60000'],
      ['query', '__delay=-1', '__delay=-1: the delay must be a whole number of milliseconds from 0 to 60000'],
      ['query', '__delay=1.5', '__delay=1.5: the delay must be a whole number of milliseconds from 0 to 60000'],
      ['prefer', 'fault=boom', 'Prefer fault=boom: the kinds are error, reset, empty, malformed, hang'],
      ['query', '__fault=', '__fault=: the kinds are error, reset, empty, malformed, hang'],
    ] as const;
    for (const [where, control, message] of cases) {
      const response =
        where === 'prefer'
          ? await fetch(`${t.origin}/microsite/api/unlock-status`, { headers: { prefer: control } })
          : await fetch(`${t.origin}/microsite/api/unlock-status?${control}`);
      expect(response.status, control).toBe(400);
      expect(response.headers.get(CONTROL_HEADER)).toBe('prefer-refused');
      expect(await response.json()).toEqual({ error: { code: 400, message } });
    }
    const sage = await fetch(`${t.origin}/sage/api/user/profile?__delay=soon`);
    expect(sage.status).toBe(400);
    expect(await sage.json()).toMatchObject({
      success: false,
      error: { code: 'VALIDATION_ERROR', message: expect.stringContaining('__delay=soon') },
    });
  });

  it('shows, changes and restores the settings; a change narrowed to an API or an operation stays there', async () => {
    expect(await (await settings('GET')).json()).toEqual({ latency: '0', faultRate: 0, faultKinds: ['error'], overrides: [] });
    expect(await (await settings('PUT', { latency: '300' })).json()).toMatchObject({ latency: '300' });
    expect(await (await settings('PUT', { latency: '100-600' })).json()).toMatchObject({ latency: '100-600' });
    await settings('PUT', { faultRate: 0.1, faultKinds: ['error', 'reset'] });
    expect(await (await settings('PUT', { latency: '0' })).json()).toEqual({
      latency: '0',
      faultRate: 0.1,
      faultKinds: ['error', 'reset'],
      overrides: [],
    });
    await settings('DELETE');

    expect((await settings('PUT', { api: 'scorecard', operation: 'GET /api/health', faultRate: 1 })).status).toBe(200);
    await settings('PUT', { api: 'ally', latency: '150', faultRate: 1, faultKinds: ['malformed'] });
    await settings('PUT', { api: 'ally', operation: 'GET /api/health', faultRate: 0 });
    expect(await (await settings('GET')).json()).toEqual({
      latency: '0',
      faultRate: 0,
      faultKinds: ['error'],
      overrides: [
        { api: 'ally', latency: '150', faultRate: 1, faultKinds: ['malformed'] },
        { api: 'scorecard', operation: 'GET /api/health', faultRate: 1 },
        { api: 'ally', operation: 'GET /api/health', faultRate: 0 },
      ],
    });
    expect(await outcome(health())).toBe(503);
    expect(await outcome(`${t.origin}/microsite/api/unlock-status`)).toBe(401);
    expect(await outcome(`${t.origin}/scorecard/api/assessment/resume`)).not.toBe(503);
    const started = performance.now();
    expect(await outcome(`${t.origin}/ally/api/health`)).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(lastEntry(t)).toMatchObject({ delayMs: 150, fault: null });
    const malformed = await (await fetch(`${t.origin}/ally/api/chats`)).text();
    expect(() => JSON.parse(malformed)).toThrow(SyntaxError);
    expect(lastEntry(t)).toMatchObject({ fault: { kind: 'malformed' } });

    expect(await (await settings('DELETE')).json()).toEqual({ latency: '0', faultRate: 0, faultKinds: ['error'], overrides: [] });
    expect(await outcome(health())).toBe(200);
  });

  it('refuses a settings body that makes no sense with a 400 that says why, and changes nothing', async () => {
    const refusal = async (body: string) => {
      const response = await fetch(`${t.origin}/__stubs/settings`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(response.status, body).toBe(400);
      return ((await response.json()) as { error: string }).error;
    };
    expect(await refusal('latency=300')).toBe('the settings body is not JSON, such as {"latency": "100-600"}');
    expect(await refusal('[]')).toMatch(/^the settings must be a JSON object/);
    expect(await refusal('{"latency": "fast"}')).toMatch(/^latency must be "<ms>" or "<min>-<max>"/);
    expect(await refusal('{"faultRate": 1.5}')).toBe('faultRate must be a number from 0 to 1, got 1.5');
    expect(await refusal('{"faultRate": 0.5, "faultKinds": ["boom"]}')).toMatch(/"boom" is none of them/);
    expect(await refusal('{"latency": "1", "api": "nope"}')).toMatch(/^api must be one of microsite, /);
    expect(await refusal('{"latency": "1", "api": "sage", "operation": "GET /api/nothing"}')).toBe(
      'sage documents no operation GET /api/nothing',
    );
    expect(await refusal('{"delay": 5}')).toMatch(/^unknown setting "delay"/);
    expect(await refusal('{}')).toMatch(/^nothing to change/);
    expect(await (await settings('GET')).json()).toEqual({ latency: '0', faultRate: 0, faultKinds: ['error'], overrides: [] });
  });
});

describe.each([
  ['http', overHttp],
  ['msw', throughMsw],
] as const)('start-up settings over %s', (_name, start) => {
  it('applies a latency from the options to every answer, until changed at run time', async () => {
    const t = await start({ latency: 150 });
    try {
      const started = performance.now();
      expect(await outcome(`${t.origin}/ally/api/health`)).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      expect(lastEntry(t)).toMatchObject({ delayMs: 150 });
      expect(t.stubs.settings.set({ latency: '0' }).latency).toBe('0');
      expect(await outcome(`${t.origin}/ally/api/health`)).toBe(200);
      expect(lastEntry(t)).toMatchObject({ delayMs: 0 });
      expect(t.stubs.settings.reset().latency).toBe('150');
    } finally {
      await t.close();
    }
  });
});

/** What 40 requests get under a fault rate and a latency range: fault, status and delay each. */
async function faultyRun(start: typeof overHttp, seed: number): Promise<string[]> {
  const t = await start({ seed, rateLimits: false, faultRate: 0.5, faultKinds: ['error', 'reset', 'empty', 'malformed'], latency: '0-5' });
  try {
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      const url = `${t.origin}/${i % 2 ? 'ally' : 'scorecard'}/api/health`;
      const status = await outcome(url);
      const entry = lastEntry(t);
      seen.push(`${status}|${entry?.fault?.kind ?? '-'}|${entry?.delayMs}`);
    }
    return seen;
  } finally {
    await t.close();
  }
}

describe('the seed', () => {
  it('fails the same requests the same way, after the same delays, on every run and on both transports', async () => {
    const first = await faultyRun(overHttp, 7);
    const kinds = new Set(first.map((line) => line.split('|')[1]));
    expect(kinds).toEqual(new Set(['-', 'error', 'reset', 'empty', 'malformed']));
    expect(await faultyRun(overHttp, 7)).toEqual(first);
    expect(await faultyRun(throughMsw, 7)).toEqual(first);
    expect(await faultyRun(overHttp, 8)).not.toEqual(first);
  });

  it('draws delays without moving the generated data: the same bytes with and without a latency range', async () => {
    const bodies = async (options: StubsOptions) => {
      const t = await overHttp({ seed: 3, now: new Date('2025-08-05T10:00:00Z'), ...options });
      try {
        const texts: string[] = [];
        for (let i = 0; i < 3; i++) texts.push(await (await fetch(`${t.origin}/microsite/api/auth/session`, { method: 'POST' })).text());
        return texts;
      } finally {
        await t.close();
      }
    };
    expect(await bodies({ latency: '1-9' })).toEqual(await bodies({}));
  });
});

describe('a server with hanging requests', () => {
  /** A request on a connection of its own (no keep-alive pool), for counting the server's sockets. */
  function hangingRequest(origin: string) {
    const request = httpGet(`${origin}/scorecard/api/health`, { agent: false, headers: { prefer: 'fault=hang' } });
    const ended = new Promise<string>((resolve) => {
      request.once('response', () => resolve('answered'));
      request.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    });
    return { request, ended };
  }

  const connections = (server: Server) =>
    new Promise<number>((resolve, reject) => server.getConnections((error, count) => (error ? reject(error) : resolve(count))));

  it('keeps serving others, frees a hanging socket when its client leaves, and shuts down without waiting for them', {
    timeout: 8000,
  }, async () => {
    // The test's timeout is below CLOSE_GRACE_MS: a shutdown that waited for the hanging
    // requests would fail it.
    expect(CLOSE_GRACE_MS).toBeGreaterThan(8000);
    const running = await serve(apis, { port: 0 });
    const hanging = Array.from({ length: 4 }, () => hangingRequest(running.origin));
    await eventually(() => (running.stubs.journal.list().length === 4 ? true : undefined));
    for (let i = 0; i < 3; i++) {
      const other = await new Promise<number>((resolve) =>
        httpGet(`${running.origin}/ally/api/health`, { agent: false }, (res) => resolve(res.resume().statusCode ?? 0)),
      );
      expect(other).toBe(200);
    }
    await eventually(async () => ((await connections(running.server)) === 4 ? true : undefined));
    hanging[0]?.request.destroy();
    hanging[1]?.request.destroy();
    await eventually(async () => ((await connections(running.server)) === 2 ? true : undefined));
    await running.close();
    expect(await hanging[2]?.ended).toBe('ECONNRESET');
    expect(await hanging[3]?.ended).toBe('ECONNRESET');
    expect(running.server.listening).toBe(false);
  });
});
