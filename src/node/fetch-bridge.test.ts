import { once } from 'node:events';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BodyRead, readBody } from '../core/read-body.ts';
import { toIncoming } from './fetch-bridge.ts';

// Each request is read twice on the server: half through `readBytes`, half through the Request
// toFetchRequest builds; both must give the same bytes, as sent.
let server: Server;
let origin: string;
const CAP = 64;

beforeAll(async () => {
  const app = express();
  app.use(async (req, res) => {
    const incoming = toIncoming(req, true);
    const read: BodyRead =
      req.headers['x-read'] === 'request'
        ? await readBody(incoming.toRequest(), CAP)
        : await (incoming.readBytes?.(CAP) ?? Promise.reject());
    res.json(read.ok ? { ok: true, bytes: [...read.bytes] } : read);
  });
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Sends raw bytes; without a length they go chunked. */
async function send(body: Buffer, read: 'text' | 'request', withLength = true): Promise<unknown> {
  const req = httpRequest(`${origin}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-read': read, ...(withLength ? { 'content-length': body.byteLength } : {}) },
  });
  req.end(body);
  const [res] = (await once(req, 'response')) as [import('node:http').IncomingMessage];
  let text = '';
  for await (const chunk of res) text += chunk;
  return JSON.parse(text);
}

describe('toIncoming(...).readBytes reads the body as readBody reads the Request', () => {
  const cases: Array<[string, Buffer, boolean?]> = [
    ['a JSON body', Buffer.from('{"input":"ünïcode ✓"}')],
    ['an empty body', Buffer.alloc(0)],
    ['a leading byte-order mark (kept: the core decodes)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')])],
    ['invalid UTF-8 (kept as sent)', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
    ['a declared length over the cap', Buffer.alloc(CAP + 1, 0x20)],
    ['a body exactly at the cap', Buffer.alloc(CAP, 0x20)],
  ];
  for (const [name, body] of cases) {
    it(name, async () => {
      const read = await send(body, 'text');
      expect(read).toEqual(await send(body, 'request'));
      if (body.byteLength <= CAP) expect(read).toEqual({ ok: true, bytes: [...body] });
    });
  }

  it('a chunked body over the cap, with no length to refuse it by', async () => {
    const body = Buffer.alloc(CAP + 1, 0x20);
    expect(await send(body, 'text', false)).toEqual({ ok: false, reason: 'too-large' });
    expect(await send(body, 'request', false)).toEqual({ ok: false, reason: 'too-large' });
  });
});
