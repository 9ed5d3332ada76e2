// Contexts on both transports: a `contract-stubs-context` header gives a request a world of its
// own, so parallel tests share one server without seeing each other's data; bounded, reset by
// context, honoured by scenarios and WebSockets (`?context=`), allowed by CORS, and refused in
// the API's own envelope when the name is bad.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket as WsClient } from 'ws';
import { CONTROL_HEADER } from '../src/core/stages/forced-answer.ts';
import { converse, type SocketLike } from './sage/websocket-conversation.ts';
import { clientFor } from './support/client.ts';
import { control } from './support/controls.ts';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

const CONTEXT = 'contract-stubs-context';

/** One Playwright-style worker: its own session, its own goal, read back. */
async function worker(t: Transport, context: string, input: string) {
  const call = clientFor(t, 'microsite');
  const headers = { [CONTEXT]: context };
  const tokens = (await call('POST', '/api/auth/session', { headers })).json;
  const auth = { ...headers, authorization: `Bearer ${tokens.accessToken}` };
  expect((await call('POST', '/api/goal', { headers: auth, body: { input } })).status).toBe(200);
  const session = (await call('GET', '/api/session', { headers: auth })).json;
  return { token: tokens.accessToken as string, session };
}

describe.each([
  ['HTTP', startHttp],
  ['MSW', startMsw],
])('contexts over %s', (_name, start) => {
  let t: Transport;
  beforeAll(async () => {
    // Seeded: the test compares what two worlds issued for the same requests.
    t = await start({ maxContexts: 3, seed: 1 });
  });
  afterAll(() => t.close());

  it('two parallel workers each see only their own data, and the default world neither', async () => {
    await control(t, 'POST', '/reset');
    const [a, b] = await Promise.all([
      worker(t, 'worker-a', 'I want to build an AI agent for restaurants'),
      worker(t, 'worker-b', 'I want to open a bakery in Lisbon'),
    ]);
    expect(a.session.goal.raw).toBe('I want to build an AI agent for restaurants');
    expect(b.session.goal.raw).toBe('I want to open a bakery in Lisbon');
    // Same seed, same requests: each world issued the same token, and each holds its own data.
    expect(a.token).toBe(b.token);
    const call = clientFor(t, 'microsite');
    expect((await call('GET', '/api/session', { token: a.token, headers: { [CONTEXT]: 'worker-a' } })).json.goal.raw).toContain(
      'restaurants',
    );
    // Its token means nothing outside its context: microsite's 404, the session unknown there.
    expect((await call('GET', '/api/session', { token: a.token })).status).toBe(404);
    const journal = await control(t, 'GET', '/requests?context=worker-a');
    expect(journal.json.requests.map((r: { operation: string }) => r.operation)).toEqual([
      'POST /api/auth/session',
      'POST /api/goal',
      'GET /api/session',
      'GET /api/session',
    ]);
    expect(journal.json.requests.every((r: { context: string }) => r.context === 'worker-a')).toBe(true);
  });

  it('resets one context alone; a reset without context resets the default world and forgets every context', async () => {
    const a = (await control(t, 'POST', '/scenarios/microsite/call-unlocked?context=reset-a')).json;
    const b = (await control(t, 'POST', '/scenarios/microsite/call-unlocked?context=reset-b')).json;
    expect(a.headers[CONTEXT]).toBe('reset-a');
    const call = clientFor(t, 'microsite');
    const unlocked = async (headers: Record<string, string>) => (await call('GET', '/api/unlock-status', { headers })).status;
    expect([await unlocked(a.headers), await unlocked(b.headers)]).toEqual([200, 200]);
    expect(await control(t, 'POST', '/reset?context=reset-a')).toEqual({
      status: 200,
      json: { reset: expect.arrayContaining(['microsite']), context: 'reset-a' },
    });
    expect([await unlocked(a.headers), await unlocked(b.headers)]).toEqual([404, 200]);
    await control(t, 'POST', '/reset?api=sage&context=reset-b');
    expect(await unlocked(b.headers)).toBe(200);
    await control(t, 'POST', '/reset');
    expect(await unlocked(b.headers)).toBe(404);
  });

  it('loads a scenario into a context only, its headers carrying the context', async () => {
    await control(t, 'POST', '/reset');
    const loaded = (await control(t, 'POST', '/scenarios/microsite/call-unlocked?context=scenario-x')).json;
    expect(loaded.headers).toEqual({ authorization: expect.stringMatching(/^Bearer /), [CONTEXT]: 'scenario-x' });
    const call = clientFor(t, 'microsite');
    expect((await call('GET', '/api/unlock-status', { headers: loaded.headers })).json).toEqual({ callUnlocked: true });
    expect((await call('GET', '/api/unlock-status', { headers: { authorization: loaded.headers.authorization } })).status).toBe(404);
  });

  it('keeps at most its cap of contexts, dropping the least recently used', async () => {
    await control(t, 'POST', '/reset');
    const loaded: { headers: Record<string, string> }[] = [];
    for (const name of ['lru-1', 'lru-2', 'lru-3'])
      loaded.push((await control(t, 'POST', `/scenarios/microsite/call-unlocked?context=${name}`)).json);
    const call = clientFor(t, 'microsite');
    const status = async (i: number) => (await call('GET', '/api/unlock-status', { headers: loaded[i]?.headers })).status;
    expect(await status(0)).toBe(200); // lru-1 is now the most recently used
    await control(t, 'POST', '/scenarios/microsite/call-unlocked?context=lru-4'); // lru-2 goes
    expect([await status(0), await status(2)]).toEqual([200, 200]);
    // Asking a dropped context starts it afresh (the session is gone).
    expect(await status(1)).toBe(404);
  });

  it('refuses a bad context name in each API’s own envelope, naming the header, and journals it', async () => {
    const paths: Record<string, string> = {
      microsite: '/api/progress',
      ally: '/api/health',
      sage: '/api/health',
      scorecard: '/api/health',
      'shadow-coach': '/v1/health',
    };
    for (const [api, path] of Object.entries(paths)) {
      const response = await fetch(`${t.base(api)}${path}`, { headers: { [CONTEXT]: 'two words' } });
      expect(response.status, api).toBe(400);
      expect(response.headers.get(CONTROL_HEADER)).toBe('context-refused');
      expect(await response.text(), api).toContain('contract-stubs-context');
    }
    const microsite = await (await fetch(`${t.base('microsite')}/api/progress`, { headers: { [CONTEXT]: 'x'.repeat(129) } })).json();
    expect(microsite).toEqual({
      error: { code: 400, message: expect.stringMatching(/^header\.contract-stubs-context: must be 1 to 128/) },
    });
    const last = (await control(t, 'GET', '/requests?api=microsite&limit=1')).json.requests[0];
    expect(last).toMatchObject({ status: 400, context: null, issues: [{ in: 'header', field: 'contract-stubs-context' }] });
  });

  it('refuses a bad context on the controls with a 400 saying why', async () => {
    for (const path of [
      '/reset?context=a%20b',
      '/scenarios/microsite/call-unlocked?context=a%2Fb',
      '/state?context=',
      '/requests?context=%C3%BC',
    ]) {
      const method = path.startsWith('/state') || path.startsWith('/requests') ? 'GET' : 'POST';
      const answer = await control(t, method, path);
      expect(answer.status, path).toBe(400);
      expect(answer.json.error, path).toMatch(/context must be 1 to 128/);
    }
  });

  it('lets a browser send the header across origins where the API has CORS', async () => {
    const response = await fetch(`${t.base('ally')}/api/chats`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'GET', 'access-control-request-headers': CONTEXT },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')?.split(', ')).toContain(CONTEXT);
  });

  it('puts a WebSocket in the context its URL names (?context=), and closes one naming a bad context with 4400', async () => {
    const open = (query: string): SocketLike => {
      const url = `${t.origin.replace(/^http/, 'ws')}/sage/ws${query}`;
      return (t.name === 'msw' ? new WebSocket(url) : new WsClient(url)) as SocketLike;
    };
    // Registered in the context only: the default world does not know the account.
    const registered = await fetch(`${t.base('sage')}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT]: 'socket-ctx' },
      body: JSON.stringify({ email: 'context@sage.test', password: 'password123', displayName: 'Context' }),
    });
    const token = ((await registered.json()) as { data: { session: { accessToken: string } } }).data.session.accessToken;
    const inContext = await converse(open('?context=socket-ctx'));
    inContext.send({ type: 'auth', token });
    expect(await inContext.next()).toMatchObject({ type: 'authenticated' });
    inContext.close();
    const outside = await converse(open(''));
    outside.send({ type: 'auth', token });
    expect(await outside.next()).toMatchObject({ type: 'error', code: 'AUTHENTICATION_ERROR' });
    expect((await outside.closed).code).toBe(4401);
    const bad = await converse(open('?context=a%20b'));
    expect(await bad.closed).toEqual({ code: 4400, reason: expect.stringContaining('context must be 1 to 128') });
  });
});
