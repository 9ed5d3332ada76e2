// The ally scenario suite, written once and run against every transport (ally.http.test.ts,
// ally.msw.test.ts, ally.prism.test.ts). Every answer is contract-checked by the client; these
// tests assert the behaviour on top. Each test keeps its own cookie jars, as browsers would.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSchemaCompiler } from '../../src/core/ajv.ts';
import type { JsonSchema } from '../../src/core/document.ts';
import { document } from '../../src/generated/ally.document.ts';
import { CookieJar, clientFor } from '../support/client.ts';
import { readSse, type SseMessage } from '../support/sse.ts';
import type { Transport } from '../support/transports.ts';

const compiler = createSchemaCompiler(document);
type StreamOperation = {
  responses: Record<string, { content: Record<string, { 'x-sse-events': Record<string, JsonSchema> }> }>;
};
const streamOperation = document.paths?.['/api/chats/{id}']?.post as unknown as StreamOperation | undefined;
const sseSchemas = streamOperation?.responses['200']?.content['text/event-stream']?.['x-sse-events'];

/** Every event is a documented type whose data matches that type's schema. */
export function assertEventsInContract(events: SseMessage[]): void {
  for (const { event, data } of events) {
    const schema = sseSchemas?.[event];
    expect(schema, `event type ${event} is documented`).toBeDefined();
    const validate = compiler.compile(schema as JsonSchema);
    expect(validate(data), `${event} ${JSON.stringify(data)}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
}

function textOf(events: SseMessage[], kind: 'text' | 'reasoning'): string {
  return events
    .filter((e) => e.event === `${kind}-delta`)
    .map((e) => (e.data as { delta: string }).delta)
    .join('');
}

function idsOf(events: SseMessage[], kind: 'text' | 'reasoning'): Set<string> {
  return new Set(events.filter((e) => e.event.startsWith(`${kind}-`)).map((e) => (e.data as { id: string }).id));
}

export function allyScenarios(start: () => Promise<Transport>): void {
  let transport: Transport;
  let call: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    transport = await start();
    call = clientFor(transport, 'ally');
  });
  afterAll(() => transport.close());
  beforeEach(async () => {
    await fetch(`${transport.origin}/__stubs/reset?api=ally`, { method: 'POST' });
  });

  async function newChat(jar: CookieJar, prompt = 'Create Phishing Awareness Training') {
    const res = await call('POST', '/api/chats', { jar, body: { prompt } });
    expect(res.status).toBe(201);
    return res.json as { id: string; title: string; userId: string; createdAt: number; messages: Array<{ id: string }> };
  }

  async function stream(jar: CookieJar, id: string, body: unknown) {
    const res = await call('POST', `/api/chats/${id}`, { jar, body });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = res.events ?? [];
    assertEventsInContract(events);
    return events;
  }

  describe('utility', () => {
    it('ping sets the app-init cookie and health answers running, both without a session', async () => {
      const jar = new CookieJar();
      const ping = await call('GET', '/api/ping', { jar });
      expect(ping.status).toBe(200);
      expect(ping.json).toBe('ok');
      expect(jar.cookies.get('app-init')).toBe('1');
      expect(jar.lastSetCookie[0]).toMatch(/^app-init=1; Path=\/; SameSite=Lax$/);
      expect(jar.cookies.has('nuxt-session')).toBe(false);
      const health = await call('GET', '/api/health');
      expect(health.status).toBe(200);
      expect(health.json).toBe('running');
    });
  });

  describe('sessions', () => {
    it('creating a chat without a session starts one: an HTTP-only, SameSite=Lax cookie on Path=/', async () => {
      const jar = new CookieJar();
      const chat = await newChat(jar);
      const setCookie = jar.lastSetCookie[0] ?? '';
      expect(setCookie).toMatch(/^nuxt-session=[a-z0-9]{32}; Path=\/; HttpOnly; SameSite=Lax$/);
      expect(setCookie).not.toMatch(/Secure/);
      expect(chat.userId).toMatch(/^user-[a-z0-9]{12}$/);
      expect(chat.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(chat.messages).toEqual([
        { id: expect.stringMatching(/^msg-[a-z0-9]{16}$/), chatId: chat.id, role: 'user', content: chat.title, createdAt: chat.createdAt },
      ]);
      expect(Number.isInteger(chat.createdAt)).toBe(true);
      expect(Math.abs(chat.createdAt - Date.now() / 1000)).toBeLessThan(120);
      // With the session, the next chat joins it: no new cookie, the same user.
      jar.lastSetCookie = [];
      const second = await newChat(jar, 'Passwords');
      expect(jar.lastSetCookie).toEqual([]);
      expect(second.userId).toBe(chat.userId);
    });

    it('lists the session’s chats newest first, without messages', async () => {
      const jar = new CookieJar();
      const first = await newChat(jar, 'First');
      const second = await newChat(jar, 'Second');
      const third = await newChat(jar, 'Third');
      const other = new CookieJar();
      await newChat(other, 'Not mine');
      const list = await call('GET', '/api/chats', { jar });
      expect(list.status).toBe(200);
      expect(list.json.map((c: { id: string }) => c.id)).toEqual([third.id, second.id, first.id]);
      expect(list.json[0]).toEqual({ id: third.id, title: 'Third', userId: third.userId, createdAt: third.createdAt });
    });

    it('answers 401 in the envelope without a session or with one the stub does not have', async () => {
      const jar = new CookieJar();
      const chat = await newChat(jar);
      const nobody = new CookieJar();
      const stale = new CookieJar();
      stale.cookies.set('nuxt-session', 'doesnotexist');
      for (const who of [nobody, stale]) {
        for (const [method, path, body] of [
          ['GET', '/api/chats'],
          ['GET', `/api/chats/${chat.id}`],
          ['POST', `/api/chats/${chat.id}`, { messages: [{ role: 'user', content: 'hi' }] }],
          ['PUT', `/api/chats/${chat.id}`, { content: 'x' }],
          ['DELETE', `/api/chats/${chat.id}`],
          ['POST', `/api/chats/${chat.id}/messages`, { role: 'user', content: 'hi' }],
        ] as const) {
          const res = await call(method, path, { jar: who, ...(body ? { body } : {}) });
          expect(res.status, `${method} ${path}`).toBe(401);
          expect(res.json).toEqual({ statusCode: 401, statusMessage: expect.stringMatching(/^cookie\.nuxt-session: /) });
        }
      }
      // A stale cookie on create starts a fresh session instead.
      const created = await call('POST', '/api/chats', { jar: stale, body: { prompt: 'Hello' } });
      expect(created.status).toBe(201);
      expect(stale.cookies.get('nuxt-session')).not.toBe('doesnotexist');
    });

    it('refuses another session’s chat with 401 and an unknown id with 404', async () => {
      const mine = new CookieJar();
      const theirs = new CookieJar();
      const chat = await newChat(mine);
      await newChat(theirs, 'Their own chat');
      for (const [method, path, body] of [
        ['GET', `/api/chats/${chat.id}`],
        ['POST', `/api/chats/${chat.id}`, { messages: [{ role: 'user', content: 'hi' }] }],
        ['PUT', `/api/chats/${chat.id}`, { content: 'stolen' }],
        ['DELETE', `/api/chats/${chat.id}`],
        ['POST', `/api/chats/${chat.id}/messages`, { role: 'user', content: 'hi' }],
      ] as const) {
        const refused = await call(method, path, { jar: theirs, ...(body ? { body } : {}) });
        expect(refused.status, `${method} ${path}`).toBe(401);
        expect(refused.json.statusMessage).toBe(`Unauthorized: chat ${chat.id} belongs to another session`);
        const unknown = await call(method, path.replace(chat.id, '00000000-0000-4000-8000-000000000000'), {
          jar: mine,
          ...(body ? { body } : {}),
        });
        expect(unknown.status, `${method} ${path}`).toBe(404);
        expect(unknown.json).toEqual({ statusCode: 404, statusMessage: 'Chat not found: 00000000-0000-4000-8000-000000000000' });
      }
      expect((await call('GET', `/api/chats/${chat.id}`, { jar: mine })).json.title).toBe(chat.title);
    });
  });

  describe('the chat lifecycle', () => {
    it('create → stream → save the reply → read it back → rename → delete (cascade)', async () => {
      const jar = new CookieJar();
      const chat = await newChat(jar, 'Create Phishing Awareness Training');
      const events = await stream(jar, chat.id, {
        model: 'gpt-oss-120b',
        messages: [{ role: 'user', content: 'Create Phishing Awareness Training' }],
        conversationId: chat.id,
      });
      const [replyId] = idsOf(events, 'text');
      const reply = textOf(events, 'text');
      // The stream stores nothing: the chat still has only the prompt.
      expect((await call('GET', `/api/chats/${chat.id}`, { jar })).json.messages).toHaveLength(1);

      const saved = await call('POST', `/api/chats/${chat.id}/messages`, { jar, body: { id: replyId, role: 'assistant', content: reply } });
      expect(saved.status).toBe(200);
      expect(saved.json).toEqual({ id: replyId, chatId: chat.id, role: 'assistant', content: reply, createdAt: expect.any(Number) });
      const question = await call('POST', `/api/chats/${chat.id}/messages`, { jar, body: { role: 'user', content: 'Make it shorter' } });
      expect(question.json.id).toMatch(/^msg-[a-z0-9]{16}$/);
      // Saving again under the same id replaces, it does not duplicate.
      await call('POST', `/api/chats/${chat.id}/messages`, { jar, body: { id: replyId, role: 'assistant', content: `${reply}\n` } });

      const got = await call('GET', `/api/chats/${chat.id}`, { jar });
      expect(got.status).toBe(200);
      expect(got.json.messages.map((m: { role: string; id: string }) => [m.role, m.id])).toEqual([
        ['user', chat.messages[0]?.id],
        ['assistant', replyId],
        ['user', question.json.id],
      ]);
      expect(got.json.messages[1].content).toBe(`${reply}\n`);

      const renamed = await call('PUT', `/api/chats/${chat.id}`, { jar, body: { content: '  New Chat Title ', role: 'assistant' } });
      expect(renamed.status).toBe(200);
      expect(renamed.json).toEqual({ id: chat.id, title: 'New Chat Title', userId: chat.userId, createdAt: chat.createdAt });
      expect((await call('GET', '/api/chats', { jar })).json[0].title).toBe('New Chat Title');

      const deleted = await call('DELETE', `/api/chats/${chat.id}`, { jar });
      expect(deleted.status).toBe(200);
      expect(deleted.json).toEqual(renamed.json);
      expect((await call('GET', `/api/chats/${chat.id}`, { jar })).status).toBe(404);
      expect((await call('POST', `/api/chats/${chat.id}/messages`, { jar, body: { role: 'user', content: 'hi' } })).status).toBe(404);
      expect((await call('GET', '/api/chats', { jar })).json).toEqual([]);
    });
  });

  describe('streamed replies', () => {
    it('streams text-start, deltas and text-end sharing one id; the deltas make a markdown answer on topic', async () => {
      const jar = new CookieJar();
      const chat = await newChat(jar, 'Create Phishing Awareness');
      const events = await stream(jar, chat.id, {
        model: 'gpt-oss-120b',
        messages: [{ role: 'user', content: 'Create Phishing Awareness' }],
      });
      const kinds = events.map((e) => e.event);
      expect(kinds[0]).toBe('text-start');
      expect(kinds.at(-1)).toBe('text-end');
      expect(kinds.slice(1, -1).every((k) => k === 'text-delta')).toBe(true);
      expect(kinds.length).toBeGreaterThan(10);
      const ids = idsOf(events, 'text');
      expect(ids.size).toBe(1);
      expect([...ids][0]).toMatch(/^msg-[a-z0-9]{16}$/);
      const text = textOf(events, 'text');
      expect(text).toMatch(/^# Phishing Awareness\n\n> Create Phishing Awareness\n\nPhishing is a type of cyber attack/);
      expect(text).toContain('## Warning signs\n\n- ');
      expect(text).toContain('## What to do\n\n1. ');
    });

    it('a reasoning model thinks first, under its own id; the topic follows the last user message', async () => {
      const jar = new CookieJar();
      const chat = await newChat(jar, 'Security questions');
      const events = await stream(jar, chat.id, {
        model: 'gpt-oss-120b-reasoning',
        messages: [
          { role: 'user', content: 'Tell me about phishing' },
          { role: 'assistant', content: 'Sure.' },
          { role: 'user', content: 'And how should we store passwords?' },
        ],
      });
      const kinds = events.map((e) => e.event);
      expect(kinds[0]).toBe('reasoning-start');
      const reasoningEnd = kinds.indexOf('reasoning-end');
      expect(kinds.slice(1, reasoningEnd).every((k) => k === 'reasoning-delta')).toBe(true);
      expect(kinds[reasoningEnd + 1]).toBe('text-start');
      expect(kinds.at(-1)).toBe('text-end');
      const [reasoningId] = idsOf(events, 'reasoning');
      expect(idsOf(events, 'reasoning').size).toBe(1);
      expect(reasoningId).toMatch(/^rs-[a-z0-9]{16}$/);
      expect(idsOf(events, 'text').has(reasoningId as string)).toBe(false);
      expect(textOf(events, 'reasoning')).toMatch(/passwords/i);
      expect(textOf(events, 'text')).toMatch(/^# Strong Passwords and Password Managers\n/);
    });

    it('without a model or a user message, answers about the chat’s title', async () => {
      const jar = new CookieJar();
      const chat = await newChat(jar, 'Ransomware drill for the finance team');
      const events = await stream(jar, chat.id, { messages: [{ role: 'system', content: 'You are Ally.' }] });
      expect(events.some((e) => e.event.startsWith('reasoning'))).toBe(false);
      expect(textOf(events, 'text')).toMatch(/^# Ransomware Prevention\n\n> Ransomware drill for the finance team/);
    });

    it('the most specific topic wins: every example of the document streams the phishing answer', async () => {
      // The document's prompts, its stream request's question and its curl question, verbatim.
      for (const prompt of ['Create Phishing Awareness Training', 'Create Phishing Awareness']) {
        for (const question of ['Create Phishing Awareness', 'Create Phishing Awareness Training', 'Hello']) {
          const jar = new CookieJar();
          const chat = await newChat(jar, prompt);
          expect(chat.title).toBe(prompt);
          const events = await stream(jar, chat.id, {
            model: 'gpt-oss-120b',
            messages: [{ role: 'user', content: question }],
            conversationId: chat.id,
          });
          const text = textOf(events, 'text');
          expect(text, `${prompt} / ${question}`).toMatch(/^# Phishing Awareness\n/);
          expect(text).toContain('Phishing is a type of cyber');
        }
      }
      // The general topic answers only when no specific one is named.
      const jar = new CookieJar();
      const chat = await newChat(jar, 'Security awareness training for new starters');
      const events = await stream(jar, chat.id, { messages: [{ role: 'user', content: 'Where do we begin?' }] });
      expect(textOf(events, 'text')).toMatch(/^# Security Awareness Essentials\n/);
    });

    it('reads the stream as it arrives with a stream reader, as a browser fetch would', async () => {
      const jar = new CookieJar();
      const chat = await newChat(jar);
      // Straight to the stubs: this reads the raw body, which the Prism proxy would only relay.
      const res = await fetch(`${transport.origin}/ally/api/chats/${chat.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: jar.header() ?? '', origin: 'http://localhost:5173' },
        body: JSON.stringify({ messages: [{ role: 'user', content: 'phishing' }] }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const events = await readSse(res);
      assertEventsInContract(events);
      expect(events.at(-1)?.event).toBe('text-end');
    });
  });

  describe('storage limits', () => {
    // 4 MiB per session, counted 2 bytes a character (env.ts): about twenty 100,000-character messages.
    it('a session over its byte budget loses its oldest chats, then the oldest messages of the chat written to', async () => {
      const jar = new CookieJar();
      const old = await newChat(jar, 'An old chat');
      const current = await newChat(jar, 'The chat being written to');
      const sent: string[] = [];
      for (let i = 0; i < 25; i++) {
        const content = `${i} `.padEnd(100_000, String.fromCharCode(97 + (i % 26)));
        const saved = await call('POST', `/api/chats/${current.id}/messages`, { jar, body: { role: 'user', content } });
        expect(saved.status).toBe(200);
        sent.push(content);
      }
      const listed = await call('GET', '/api/chats', { jar });
      expect((listed.json as Array<{ id: string }>).map((c) => c.id)).toEqual([current.id]);
      expect((await call('GET', `/api/chats/${old.id}`, { jar })).json).toEqual({
        statusCode: 404,
        statusMessage: `Chat not found: ${old.id}`,
      });
      const kept = (await call('GET', `/api/chats/${current.id}`, { jar })).json as { messages: Array<{ content: string }> };
      const contents = kept.messages.map((m) => m.content);
      // The newest messages, in order, with nothing missing between them.
      expect(contents).toEqual(sent.slice(sent.length - contents.length));
      expect(contents.length).toBeGreaterThan(15);
      expect(contents.length).toBeLessThan(21);
    });
  });

  describe('bad input gets 400 in the ally envelope, naming the field', () => {
    it('create: missing, empty or blank prompt, unknown field, malformed JSON', async () => {
      const jar = new CookieJar();
      const missing = await call('POST', '/api/chats', { jar, body: {} });
      expect(missing.status).toBe(400);
      expect(missing.json).toEqual({ statusCode: 400, statusMessage: 'body.prompt: is required' });
      const empty = await call('POST', '/api/chats', { jar, body: { prompt: '' } });
      expect(empty.json).toEqual({ statusCode: 400, statusMessage: 'body.prompt: must NOT have fewer than 1 characters' });
      const blank = await call('POST', '/api/chats', { jar, body: { prompt: '   ' } });
      expect(blank.status).toBe(400);
      expect(blank.json.statusMessage).toMatch(/^body\.prompt: /);
      const extra = await call('POST', '/api/chats', { jar, body: { prompt: 'x', mood: 'happy' } });
      expect(extra.json.statusMessage).toBe('body.mood: is not allowed');
      const malformed = await call('POST', '/api/chats', { jar, rawBody: '{"prompt": ', headers: { 'content-type': 'application/json' } });
      expect(malformed.status).toBe(400);
      expect(malformed.json).toEqual({ statusCode: 400, statusMessage: 'body: is not valid JSON' });
      const text = await call('POST', '/api/chats', { jar, rawBody: 'prompt=x', headers: { 'content-type': 'text/plain' } });
      expect(text.status).toBe(415);
      expect(jar.cookies.size).toBe(0);
    });

    it('stream, rename and save: unknown role, missing content, empty messages, a foreign conversationId', async () => {
      const jar = new CookieJar();
      const chat = await newChat(jar);
      const role = await call('POST', `/api/chats/${chat.id}`, { jar, body: { messages: [{ role: 'bot', content: 'hi' }] } });
      expect(role.status).toBe(400);
      expect(role.json.statusMessage).toMatch(/^body\.messages\.0\.role: must be equal to one of the allowed values/);
      const none = await call('POST', `/api/chats/${chat.id}`, { jar, body: { messages: [] } });
      expect(none.json.statusMessage).toMatch(/^body\.messages: /);
      const noContent = await call('POST', `/api/chats/${chat.id}`, { jar, body: { messages: [{ role: 'user' }] } });
      expect(noContent.json.statusMessage).toBe('body.messages.0.content: is required');
      const foreign = await call('POST', `/api/chats/${chat.id}`, {
        jar,
        body: { messages: [{ role: 'user', content: 'hi' }], conversationId: 'another' },
      });
      expect(foreign.status).toBe(400);
      expect(foreign.json.statusMessage).toMatch(/^body\.conversationId: must equal the chat id/);
      const title = await call('PUT', `/api/chats/${chat.id}`, { jar, body: { content: '' } });
      expect(title.json).toEqual({ statusCode: 400, statusMessage: 'body.content: must NOT have fewer than 1 characters' });
      const saveRole = await call('POST', `/api/chats/${chat.id}/messages`, { jar, body: { role: 'robot', content: 'x' } });
      expect(saveRole.status).toBe(400);
      expect(saveRole.json.statusMessage).toMatch(/^body\.role: must be equal to one of the allowed values/);
      const saveEmpty = await call('POST', `/api/chats/${chat.id}/messages`, { jar, body: { role: 'user', content: '' } });
      expect(saveEmpty.json.statusMessage).toMatch(/^body\.content: /);
      const badId = await call('POST', `/api/chats/${chat.id}/messages`, { jar, body: { id: 'no spaces', role: 'user', content: 'x' } });
      expect(badId.json.statusMessage).toMatch(/^body\.id: /);
      expect((await call('GET', `/api/chats/${chat.id}`, { jar })).json.messages).toHaveLength(1);
    });
  });

  describe('CORS for iframes', () => {
    // Straight to the stubs: preflights are answered by the stubs' pipeline, outside the
    // document's operations, and Prism's proxy would answer OPTIONS itself.
    const direct = (path: string, init: RequestInit) => fetch(`${transport.origin}/ally${path}`, init);
    const preflight = (origin: string) =>
      direct('/api/chats', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });

    it('answers a preflight from a loopback origin with 204, the echoed origin, credentials, and the methods and headers', async () => {
      for (const origin of ['http://127.0.0.1:5173', 'http://localhost:3000', 'https://app.localhost', 'http://[::1]:8080']) {
        const res = await preflight(origin);
        expect(res.status).toBe(204);
        expect(res.headers.get('access-control-allow-origin')).toBe(origin);
        expect(res.headers.get('access-control-allow-credentials')).toBe('true');
        expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, PUT, DELETE');
        expect(res.headers.get('access-control-allow-headers')).toBe('Content-Type, Authorization, contract-stubs-context');
        expect(res.headers.get('vary')).toMatch(/Origin/);
        expect(await res.text()).toBe('');
      }
    });

    it('echoes a loopback origin on answers (errors too), and adds nothing without an Origin', async () => {
      const ok = await direct('/api/health', { headers: { origin: 'http://127.0.0.1:5173' } });
      expect(ok.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
      expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
      expect(ok.headers.get('vary')).toBe('Origin');
      const denied = await direct('/api/chats', { headers: { origin: 'http://localhost:5173' } });
      expect(denied.status).toBe(401);
      expect(denied.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
      const plain = await direct('/api/health', {});
      expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('refuses null and origins it was not given: preflight 403 in the envelope, no CORS headers on answers', async () => {
      for (const origin of ['null', 'https://evil.example', 'http://127.0.0.1.evil.example', 'file://']) {
        const refused = await preflight(origin);
        expect(refused.status, origin).toBe(403);
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();
        expect(refused.headers.get('contract-stubs-control')).toBe('cors-refused');
        const body = await refused.json();
        expect(body).toEqual({ statusCode: 403, statusMessage: expect.stringContaining(`Origin ${origin} may not call this API`) });
        const answer = await direct('/api/health', { headers: { origin } });
        expect(answer.status).toBe(200);
        expect(answer.headers.get('access-control-allow-origin')).toBeNull();
        expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
      }
    });
  });
}

/** Pacing: events arrive over time, and a client that leaves mid-stream stops the stream. */
export function allyPacingScenarios(start: () => Promise<Transport>, delayMs: number): void {
  let transport: Transport;
  beforeAll(async () => {
    transport = await start();
  });
  afterAll(() => transport.close());

  async function openStream(signal?: AbortSignal) {
    const created = await fetch(`${transport.origin}/ally/api/chats`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'Phishing' }),
    });
    const { id } = (await created.json()) as { id: string };
    const cookie = (created.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    return fetch(`${transport.origin}/ally/api/chats/${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'phishing' }] }),
      ...(signal ? { signal } : {}),
    });
  }

  it(`spaces events about ${delayMs} ms apart`, async () => {
    const events = await readSse(await openStream(), { stopAfter: 6 });
    const first = events[0]?.at ?? 0;
    const last = events.at(-1)?.at ?? 0;
    expect(events).toHaveLength(6);
    expect(last - first).toBeGreaterThanOrEqual(5 * delayMs * 0.8);
  });

  it('stops the stream when the client leaves: no timer keeps running', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const baseline = timers();
    const controller = new AbortController();
    const res = await openStream(controller.signal);
    const reader = res.body?.getReader();
    await reader?.read();
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, delayMs * 5));
    expect(timers()).toBeLessThanOrEqual(baseline);
    // The server is still fine.
    expect((await fetch(`${transport.origin}/ally/api/health`)).status).toBe(200);
  });
}
