// A path with dot segments (`/chats/.`, `/chats/%2e`, `/x/..`) is routed and judged as the path
// it resolves to, on every transport. Express used to route the raw path: express-openapi-validator
// judged `POST /ally/api/chats/.` as "stream a reply to chat `.`" while the core ran "create a
// chat" with that body, and answered 500. A client library resolves dot segments before sending
// (fetch does), so HTTP requests here go out with node:http, given the path as written;
// through MSW the Request itself resolves them, as a browser does.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';
import { indexOperations } from '../../src/core/document.ts';
import { assertContract, type Exchange } from '../support/contract.ts';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';
import { validRequest } from './requests.ts';

interface Sent {
  method: string;
  /** Inside the API, as written: `/api/chats/%2e`. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Sends the path exactly as written (node:http leaves a `path` option alone; a URL it would resolve). */
function sendLiteral(origin: string, prefix: string, { method, path, headers = {}, body }: Sent): Promise<Exchange> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: `${prefix}${path}`, method, headers }, async (res) => {
      let text = '';
      for await (const chunk of res) text += chunk;
      const answerHeaders = new Headers();
      for (const [name, value] of Object.entries(res.headers)) {
        for (const v of Array.isArray(value) ? value : [value ?? '']) answerHeaders.append(name, v);
      }
      resolve({ status: res.statusCode ?? 0, headers: answerHeaders, body: text ? JSON.parse(text) : undefined, text });
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function send(transport: Transport, apiId: string, sent: Sent): Promise<Exchange> {
  if (transport.name === 'http') return sendLiteral(transport.origin, `/${apiId}`, sent);
  const response = await fetch(`${transport.base(apiId)}${sent.path}`, {
    method: sent.method,
    ...(sent.headers ? { headers: sent.headers } : {}),
    ...(sent.body !== undefined ? { body: sent.body } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined, text };
}

/** What the path resolves to, as the WHATWG URL parser reads it. */
const resolved = (path: string) => new URL(`http://stub${path}`).pathname;

const JSON_TYPE = { 'content-type': 'application/json' };
const REPLY_BODY = JSON.stringify({ messages: [{ role: 'user', content: 'hi' }] });
const SPELLINGS = ['/api/chats/.', '/api/chats/%2e', '/api/chats/%2E', '/api/chats/./', '/api/chats/x/..', '/api/./chats/%2e'];

const starts: Array<[string, () => Promise<Transport>]> = [
  ['HTTP, the core validator', () => startHttp()],
  ['HTTP, --validator express-openapi-validator', () => startHttp({ validator: 'express-openapi-validator' })],
  ['MSW', () => startMsw()],
];

for (const [name, start] of starts) {
  describe(`dot segments are resolved before routing and validation (${name})`, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await start();
    });
    afterAll(() => transport.close());

    for (const path of SPELLINGS) {
      it(`ally POST ${path} is "create a chat": a reply's body is refused for lacking a prompt`, async () => {
        const answer = await send(transport, 'ally', { method: 'POST', path, headers: JSON_TYPE, body: REPLY_BODY });
        assertContract('ally', 'POST', resolved(path), answer);
        expect(answer.status, answer.text).toBe(400);
        expect(answer.text).toContain('body.prompt: is required');
      });
    }

    it('ally POST /api/chats/%2e with a prompt creates a chat the caller can read back', async () => {
      const created = await send(transport, 'ally', {
        method: 'POST',
        path: '/api/chats/%2e',
        headers: JSON_TYPE,
        body: '{"prompt":"hi"}',
      });
      assertContract('ally', 'POST', '/api/chats', created);
      expect(created.status, created.text).toBe(201);
      const cookie = created.headers.get('set-cookie')?.split(';')[0] ?? '';
      const chat = created.body as { id: string };
      const read = await send(transport, 'ally', { method: 'GET', path: `/api/chats/./${chat.id}`, headers: { cookie } });
      assertContract('ally', 'GET', `/api/chats/${chat.id}`, read);
      expect(read.status).toBe(200);
    });

    // Every operation of every API, sent its own valid request with `/.` or `/%2e` appended:
    // whatever the resolved path reaches, the answer is never a 5xx and keeps the contract.
    for (const api of apis) {
      it(`${api.id}: every operation's valid request, sent to <path>/%2e and <path>/x/.., is never a 5xx`, async () => {
        for (const op of indexOperations(api.document)) {
          const valid = validRequest(api.document, op);
          const [pathOnly = '', query] = valid.url.split('?');
          for (const suffix of ['/%2e', '/x/..']) {
            const path = `${pathOnly}${suffix}${query ? `?${query}` : ''}`;
            const answer = await send(transport, api.id, {
              method: valid.method,
              path,
              headers: valid.headers,
              ...(valid.body !== undefined ? { body: valid.body } : {}),
            });
            expect(answer.status, `${valid.method} ${path}: ${answer.text}`).toBeLessThan(500);
            assertContract(api.id, valid.method, resolved(path), answer);
          }
        }
      });
    }
  });
}
