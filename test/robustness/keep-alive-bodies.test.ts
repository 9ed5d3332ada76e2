// A body the server refuses (over the size cap, a media type the operation does not take) is
// read off the wire before the answer goes out, so the client gets the answer and its
// keep-alive connection carries the next request. Raw sockets: one connection, two requests,
// under either validator, for the first operation with a body of every API.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOperations } from '../../src/core/document.ts';
import { MAX_BODY_BYTES } from '../../src/core/read-body.ts';
import { REQUEST_VALIDATORS } from '../../src/node/app.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';
import { apis } from '../support/apis.ts';

/** Sends `request`, then a GET on the same connection; the statuses of every answer received. */
function twoRequests(origin: string, request: string): Promise<number[]> {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (data) => {
      received += data;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve([...received.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]))));
    socket.on('connect', () => {
      socket.write(request);
      socket.write('GET /__stubs/apis HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
  });
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
      const target = `${operation.method.toUpperCase()} /${api.id}${operation.path.replace(/\{[^}]+\}/g, 'x')} HTTP/1.1\r\nHost: x\r\n`;
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
  });
}
