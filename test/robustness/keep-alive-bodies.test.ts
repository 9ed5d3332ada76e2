// A body the server refuses (over the size cap, a media type the operation does not take) is
// read off the wire before the answer goes out, so the client gets the answer and its
// keep-alive connection carries the next request. Raw sockets: one connection, two requests,
// under either validator, for the first operation with a body of every API. On a connection
// the client closes after the answer (`Connection: close`), a body left unread would have the
// kernel reset the connection, and the client lose the answer: every kind of answer that does
// not read the body is checked there too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOperations } from '../../src/core/document.ts';
import { MAX_BODY_BYTES } from '../../src/core/read-body.ts';
import { REQUEST_VALIDATORS } from '../../src/node/app.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';
import { apis } from '../support/apis.ts';
import { rawRequest, statusesOf } from '../support/raw-socket.ts';

/** Sends `request`, then a GET on the same connection; the statuses of every answer received. */
async function twoRequests(origin: string, request: string): Promise<number[]> {
  return statusesOf(await rawRequest(origin, [request, 'GET /__stubs/apis HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n']));
}

const oversized = JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES) });

for (const validator of REQUEST_VALIDATORS) {
  describe(`refused bodies keep the connection (--validator ${validator})`, () => {
    let running: RunningServer;
    beforeAll(async () => {
      running = await serve(apis, { port: 0, validator });
    });
    afterAll(() => running.close());

    for (const api of apis) {
      const operation = indexOperations(api.document).find((op) => op.requestBody);
      if (!operation) continue;
      const target = `${operation.method.toUpperCase()} /${api.id}${operation.path.replace(/\{[^}]+\}/g, 'x')} HTTP/1.1\r\nHost: 127.0.0.1\r\n`;
      it(`${api.id}: over the cap with a Content-Length → 413, then the next request`, async () => {
        const request = `${target}Content-Type: application/json\r\nContent-Length: ${oversized.length}\r\n\r\n${oversized}`;
        expect(await twoRequests(running.origin, request)).toEqual([413, 200]);
      });
      it(`${api.id}: over the cap, chunked → 413, then the next request`, async () => {
        const chunk = `${oversized.length.toString(16)}\r\n${oversized}\r\n0\r\n\r\n`;
        const request = `${target}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunk}`;
        expect(await twoRequests(running.origin, request)).toEqual([413, 200]);
      });
      it(`${api.id}: a media type it does not take → 415 unread, then the next request`, async () => {
        const request = `${target}Content-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello`;
        expect(await twoRequests(running.origin, request)).toEqual([415, 200]);
      });
    }

    describe('Connection: close, 8 MiB left unread: the answer arrives, the connection is not reset', () => {
      const big = 'x'.repeat(8 * 1024 * 1024);
      const api = apis.find((a) => indexOperations(a.document).some((op) => op.requestBody && !op.path.includes('{')));
      const operation = api && indexOperations(api.document).find((op) => op.requestBody && !op.path.includes('{'));
      if (!api || !operation) throw new Error('no operation with a body');
      const post = (target: string, headers: string, body: string) =>
        `${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n${body}`;
      const json = (length: number) => `Content-Type: application/json\r\nContent-Length: ${length}\r\n`;
      const documented = `${operation.method.toUpperCase()} /${api.id}${operation.path}`;
      const cases: Array<[string, string, number]> = [
        ['over the cap with a Content-Length → 413', post(documented, json(big.length), big), 413],
        [
          'over the cap, chunked → 413',
          post(
            documented,
            'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n',
            `${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`,
          ),
          413,
        ],
        [
          'a media type it does not take → 415',
          post(documented, `Content-Type: text/plain\r\nContent-Length: ${big.length}\r\n`, big),
          415,
        ],
        ['an unknown path → 404', post(`POST /${api.id}/no/such/path`, json(big.length), big), 404],
        ['a Prefer-forced answer → 400', post(`${documented}?__code=400`, json(big.length), big), 400],
        ['a control → 200', post('POST /__stubs/reset', `Content-Type: text/plain\r\nContent-Length: ${big.length}\r\n`, big), 200],
      ];
      for (const [name, request, status] of cases) {
        it(name, async () => {
          expect(statusesOf(await rawRequest(running.origin, request))).toEqual([status]);
        });
      }
    });
  });
}
