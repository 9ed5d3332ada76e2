// What a hostile or broken client can do to the HTTP server below the contract: bytes that
// are not HTTP, headers over the cap, slow and truncated requests, many concurrent streams,
// clients that leave mid-stream, header injection. Raw sockets, so nothing is tidied up by
// a client library. Every refusal is JSON, and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOperations } from '../../src/core/document.ts';
import { CONTROL_HEADER } from '../../src/core/stages/forced-answer.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';
import { apis } from '../support/apis.ts';
import { parseRawResponse, rawRequest } from '../support/raw-socket.ts';
import type { Transport } from '../support/transports.ts';
import { fixtures } from './fixtures.ts';
import { sender } from './fuzz.ts';

const REQUEST_TIMEOUT_MS = 1500;

let running: RunningServer;
let transport: Transport;
beforeAll(async () => {
  running = await serve(apis, { port: 0, requestTimeoutMs: REQUEST_TIMEOUT_MS, streamDelayMs: 5 });
  transport = { name: 'http', origin: running.origin, base: (id) => `${running.origin}/${id}`, close: () => running.close() };
});
afterAll(() => running.close());

/** Writes `chunks` (pausing `pauseMs` between them) and collects everything until the server closes. */
const raw = (chunks: string[], pauseMs = 0) => rawRequest(running.origin, chunks, { pauseMs });

async function stillServing() {
  const answer = await fetch(`${running.origin}/__stubs/apis`);
  expect(answer.status).toBe(200);
  await answer.body?.cancel();
}

const firstApi = apis[0]?.id ?? '';

describe('bytes and sizes', () => {
  it('bytes that are not HTTP get a JSON 400', async () => {
    const answer = parseRawResponse(await raw(['HELLO THERE\r\n\r\n']));
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(answer.body)).toMatchObject({ status: 400 });
    await stillServing();
  });

  it('URL and headers over 64 KiB get a JSON 431, marked as a transport refusal', async () => {
    const answer = parseRawResponse(
      await raw([`GET /${firstApi}/api/x HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'a'.repeat(70 * 1024)}\r\n\r\n`]),
    );
    expect(answer.status).toBe(431);
    expect(answer.headers.get(CONTROL_HEADER)).toBe('transport-refused');
    expect(JSON.parse(answer.body)).toEqual({ error: 'The URL and headers exceed 64 KiB', status: 431 });
    await stillServing();
  });

  it('more than 1,000 header fields get a JSON 431 naming that cap, not the 64 KiB one; 1,000 pass', async () => {
    const request = (count: number) =>
      `GET /__stubs/apis HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${Array.from({ length: count - 2 }, (_, i) => `X-H${i}: 1\r\n`).join('')}\r\n`;
    expect(parseRawResponse(await raw([request(1000)])).status).toBe(200);
    const answer = parseRawResponse(await raw([request(1001)]));
    expect(answer.status).toBe(431);
    expect(answer.headers.get(CONTROL_HEADER)).toBe('transport-refused');
    expect(JSON.parse(answer.body)).toEqual({ error: 'The request has more than 1,000 header fields', status: 431 });
    await stillServing();
  });

  it('a URL of 40 KiB is under the cap and reaches the validator', async () => {
    const answer = await fetch(`${running.origin}/${firstApi}/api/${'a'.repeat(40 * 1024)}`);
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    await answer.body?.cancel();
  });
});

describe('slow and truncated clients', () => {
  it('headers sent too slowly are cut off with a JSON 408 after the request timeout', async () => {
    const chunks = `GET /${firstApi}/api/x HTTP/1.1\r\nHost: 127.0.0.1\r\n`.split('');
    const answer = parseRawResponse(await raw([...chunks, 'X-Slow: 1\r\n'], (REQUEST_TIMEOUT_MS * 2) / chunks.length));
    expect(answer.status).toBe(408);
    expect(answer.headers.get('content-type')).toBe('application/json');
    await stillServing();
  });

  it('a body shorter than its Content-Length is cut off with a JSON 408, not held forever', async () => {
    // The first operation of any API that reads a JSON body.
    const [api, op] = apis
      .flatMap((a) => indexOperations(a.document).map((o) => [a.id, o] as const))
      .find(([, o]) => o.requestBody?.content.has('application/json') && !o.path.includes('{')) ?? ['', undefined];
    if (!op) return;
    const request = `${op.method.toUpperCase()} /${api}${op.path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"inp`;
    const answer = parseRawResponse(await raw([request]));
    expect(answer.status).toBe(408);
    await stillServing();
  });
});

describe('injection into response headers', () => {
  for (const api of apis) {
    it(`${api.id}: CR/LF in path ids and query values never becomes a header (Set-Cookie, Location)`, async () => {
      const injected = '%0D%0ASet-Cookie:%20injected=1%0D%0ALocation:%20http://evil.test';
      for (const path of Object.keys(api.document.paths)) {
        const target = `/${api.id}${path.replace(/\{[^}]+\}/g, `x${injected}`)}?q=${injected}`;
        const answer = parseRawResponse(await raw([`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`]));
        expect(answer.status, target).toBeGreaterThanOrEqual(200);
        expect(answer.lines.filter((line) => /^(set-cookie:.*injected|location:)/i.test(line))).toEqual([]);
      }
    });
  }

  it('a raw CR inside a header value is refused by the parser with a JSON 400', async () => {
    const answer = parseRawResponse(
      await raw([`GET /${firstApi}/api/x HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: a=1\rSet-Cookie: b=2\r\n\r\n`]),
    );
    expect(answer.status).toBe(400);
    expect(answer.lines.some((line) => /^set-cookie/i.test(line))).toBe(false);
  });
});

/**
 * Streaming operations of every API: the fixture's owned requests answered as SSE, each on a
 * fresh resource of a fresh owner (probing runs every owned request, deletes included).
 */
async function streamRequests() {
  const found: Array<{ api: string; method: string; path: string; headers: Record<string, string>; body: unknown }> = [];
  for (const api of apis) {
    const fixture = fixtures.get(api.id);
    if (!fixture?.owned) continue;
    const send = sender(transport, api.id);
    const prober = await fixture.signIn(send);
    const probes = await fixture.owned(send, prober);
    const streaming: number[] = [];
    for (const [index, request] of probes.entries()) {
      const answer = await send(request.method, request.path, { headers: prober, body: request.body });
      if (answer.headers.get('content-type')?.startsWith('text/event-stream')) streaming.push(index);
    }
    const owner = await fixture.signIn(send);
    const fresh = await fixture.owned(send, owner);
    for (const index of streaming) {
      const request = fresh[index];
      if (request) found.push({ api: api.id, ...request, headers: owner, body: request.body });
    }
  }
  return found;
}

describe('streams', () => {
  it('50 concurrent streams all run to their end', async () => {
    const streams = await streamRequests();
    expect(streams.length).toBeGreaterThan(0);
    for (const stream of streams) {
      const texts = await Promise.all(
        Array.from({ length: 50 }, async () => {
          const answer = await fetch(`${transport.base(stream.api)}${stream.path}`, {
            method: stream.method,
            headers: { ...stream.headers, 'content-type': 'application/json' },
            body: JSON.stringify(stream.body),
          });
          expect(answer.status).toBe(200);
          return answer.text();
        }),
      );
      // Every stream ended with the same complete sequence of events.
      const events = (text: string) => text.split('\n').filter((line) => line.startsWith('event:'));
      for (const text of texts) expect(events(text)).toEqual(events(texts[0] ?? ''));
    }
  });

  it('clients that leave mid-stream free their sockets, and the server keeps serving', async () => {
    const streams = await streamRequests();
    for (const stream of streams) {
      await Promise.all(
        Array.from({ length: 30 }, async () => {
          const controller = new AbortController();
          const answer = await fetch(`${transport.base(stream.api)}${stream.path}`, {
            method: stream.method,
            headers: { ...stream.headers, 'content-type': 'application/json' },
            body: JSON.stringify(stream.body),
            signal: controller.signal,
          });
          const reader = answer.body?.getReader();
          await reader?.read();
          controller.abort();
        }),
      );
    }
    // Sockets of the abandoned streams close (this test's keep-alive ones are idle and cut).
    running.server.closeIdleConnections();
    await expect
      .poll(() => new Promise<number>((resolve) => running.server.getConnections((_e, n) => resolve(n))), { timeout: 5000 })
      .toBe(0);
    await stillServing();
  });
});
