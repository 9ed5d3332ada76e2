// The journal a test asserts on, on both transports: each entry with the request's headers and
// body, the answer's status, headers and body, and its context; `GET /__stubs/requests` and
// `/count` filtered by api, operation, status, context and since; in process, the typed
// `stubs.journal.find` and `waitFor`.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import type { paths as MicrositePaths } from '../src/generated/microsite.ts';
import { createMswStubs } from '../src/msw/index.ts';
import { CookieJar, clientFor } from './support/client.ts';
import { control } from './support/controls.ts';
import { MSW_ORIGIN, startHttp, startMsw, type Transport } from './support/transports.ts';

const NOW = new Date('2025-08-05T10:00:00Z');

describe.each([
  ['HTTP', startHttp],
  ['MSW', startMsw],
])('the journal over %s', (_name, start) => {
  let t: Transport;
  beforeAll(async () => {
    t = await start({ now: NOW });
  });
  afterAll(() => t.close());

  /** A session, a goal, a progress read and a refused goal, in the default world or a context. */
  async function traffic(headers: Record<string, string> = {}) {
    const call = clientFor(t, 'microsite');
    const tokens = (await call('POST', '/api/auth/session', { headers })).json;
    const auth = { ...headers, authorization: `Bearer ${tokens.accessToken}` };
    const goal = await call('POST', '/api/goal', { headers: auth, body: { input: 'I want to build an AI agent for restaurants' } });
    const progress = await call('GET', '/api/progress', { headers: auth });
    const refused = await call('POST', '/api/goal', { headers: auth, body: { input: 42 } });
    return { auth, goal, progress, refused };
  }

  it('keeps what was sent and what was answered, and the context', async () => {
    await control(t, 'DELETE', '/requests');
    const { auth, goal } = await traffic({ 'contract-stubs-context': 'journal-a' });
    const { json } = await control(t, 'GET', '/requests?api=microsite&operation=POST%20/api/goal&status=200');
    expect(json.requests).toEqual([
      expect.objectContaining({
        api: 'microsite',
        method: 'POST',
        path: '/microsite/api/goal',
        operation: 'POST /api/goal',
        status: 200,
        context: 'journal-a',
        request: {
          headers: expect.objectContaining({
            authorization: auth.authorization,
            'content-type': 'application/json',
            'contract-stubs-context': 'journal-a',
          }),
          body: { input: 'I want to build an AI agent for restaurants' },
        },
        response: { status: 200, headers: expect.objectContaining({ 'content-type': 'application/json' }), body: goal.json },
      }),
    ]);
    const [refused] = (await control(t, 'GET', '/requests?status=400')).json.requests;
    expect(refused).toMatchObject({
      request: { body: { input: 42 } },
      response: { body: { error: { code: 400 } } },
      issues: [{ field: 'input' }],
    });
  });

  it('filters and counts by api, operation, status or class, context and since', async () => {
    await control(t, 'DELETE', '/requests');
    await traffic({ 'contract-stubs-context': 'count-a' });
    await traffic({ 'contract-stubs-context': 'count-b' });
    await traffic();
    const count = async (query: string) => (await control(t, 'GET', `/requests/count${query}`)).json;
    expect(await count('')).toEqual({ count: 12 });
    expect(await count('?api=microsite&operation=POST%20/api/goal')).toEqual({ count: 6 });
    expect(await count('?operation=post%20/api/goal&status=200')).toEqual({ count: 3 });
    expect(await count('?status=4xx')).toEqual({ count: 3 });
    expect(await count('?context=count-b')).toEqual({ count: 4 });
    expect(await count('?context=count-b&status=400')).toEqual({ count: 1 });
    expect(await count('?api=sage')).toEqual({ count: 0 });
    const all = (await control(t, 'GET', '/requests')).json.requests;
    expect(await count(`?since=${all[7].id}`)).toEqual({ count: 4 });
    // The clock is fixed: every entry is at NOW, none after it.
    expect(await count(`?since=${NOW.toISOString()}`)).toEqual({ count: 12 });
    expect(await count('?since=2025-08-05T10:00:01Z')).toEqual({ count: 0 });
    expect((await control(t, 'GET', `/requests?since=${all[9].id}&limit=1`)).json.requests.map((r: { id: number }) => r.id)).toEqual([
      all[11].id,
    ]);
    await control(t, 'DELETE', '/requests?context=count-a');
    expect(await count('')).toEqual({ count: 8 });
  });

  it('refuses a filter that could only ever match nothing, saying why', async () => {
    const cases: [string, string][] = [
      ['?api=microsite&operation=POST%20/api/goals', 'no operation POST /api/goals in microsite'],
      ['?operation=goal', 'operation must be "<METHOD> <path template>"'],
      ['?status=teapot', 'status must be a status code (201) or a class (4xx)'],
      ['?since=yesterday', 'since must be an entry id (42) or an ISO time'],
      ['?limit=-1', 'limit must be a positive integer'],
    ];
    for (const [query, message] of cases) {
      for (const path of ['/requests', '/requests/count']) {
        const answer = await control(t, 'GET', `${path}${query}`);
        expect(answer, `${path}${query}`).toEqual({ status: 400, json: { error: expect.stringContaining(message) } });
      }
    }
  });

  it('says a streamed answer was not recorded', async () => {
    await control(t, 'DELETE', '/requests');
    const call = clientFor(t, 'ally');
    const jar = new CookieJar();
    const chat = (await call('POST', '/api/chats', { jar, body: { prompt: 'Create Phishing Awareness Training' } })).json;
    const streamed = await call('POST', `/api/chats/${chat.id}`, {
      jar,
      body: { model: 'gpt-oss-120b', messages: [{ role: 'user', content: 'Create Phishing Awareness Training' }], conversationId: chat.id },
    });
    expect(streamed.events?.length).toBeGreaterThan(1);
    const [created, stream] = (await control(t, 'GET', '/requests?api=ally')).json.requests;
    expect(created.response.body).toEqual(chat);
    expect(stream.response).toMatchObject({ status: 200, body: null, bodyNote: 'streamed (text/event-stream): not recorded' });
    expect(stream.request.body.conversationId).toBe(chat.id);
  });
});

describe('stubs.journal (MSW, in process)', () => {
  const { stubs, handlers } = createMswStubs(apis, { origin: MSW_ORIGIN });
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'bypass' }));
  afterAll(() => server.close());

  it('finds and counts typed by the API’s paths, the same entries GET /__stubs/requests lists', async () => {
    stubs.journal.clear();
    const loaded = await stubs.scenario('microsite', 'missions-in-progress');
    await fetch(`${MSW_ORIGIN}/microsite/api/progress`, { headers: loaded.headers });
    const found = stubs.journal.find<MicrositePaths>({ api: 'microsite', operation: 'GET /api/progress' });
    expect(found).toHaveLength(1);
    expect(found[0]?.response.body).toMatchObject({ callUnlocked: false });
    expect(found).toEqual((await control({ origin: MSW_ORIGIN }, 'GET', '/requests?operation=GET%20/api/progress')).json.requests);
    expect(stubs.journal.count<MicrositePaths>({ operation: 'POST /api/goal' })).toBe(0);
  });

  it('waitFor resolves when a request the app sends later arrives, and rejects after its timeout naming what it waited for', async () => {
    const since = stubs.journal.lastId();
    const loaded = await stubs.scenario('microsite', 'missions-in-progress');
    // The app's request, not awaited: it arrives while waitFor waits.
    const sent = fetch(`${MSW_ORIGIN}/microsite/api/goal`, {
      method: 'POST',
      headers: { ...loaded.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ input: 'I want to open a bakery' }),
    });
    const entry = await stubs.journal.waitFor<MicrositePaths>({ api: 'microsite', operation: 'POST /api/goal', since });
    expect(entry.request.body).toEqual({ input: 'I want to open a bakery' });
    expect((await sent).status).toBe(200);
    await expect(stubs.journal.waitFor({ api: 'microsite', operation: 'POST /api/chat', since }, { timeoutMs: 20 })).rejects.toThrow(
      /^No POST \/api\/chat \(api microsite, since \d+\) in the journal within 20 ms; the newest it holds: .*POST \/microsite\/api\/goal 200$/,
    );
  });

  it('a context’s view finds and waits within its context only', async () => {
    const view = stubs.context('journal-view');
    const loaded = await view.scenario('microsite', 'missions-in-progress');
    await fetch(`${MSW_ORIGIN}/microsite/api/progress`, { headers: loaded.headers });
    await fetch(`${MSW_ORIGIN}/microsite/api/progress`, { headers: { authorization: loaded.headers.authorization ?? '' } });
    expect(view.journal.find<MicrositePaths>({ operation: 'GET /api/progress' }).map((e) => e.status)).toEqual([200]);
    expect((await view.journal.waitFor({ operation: 'GET /api/progress' })).context).toBe('journal-view');
  });
});
