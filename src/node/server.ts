// Starts the HTTP server for a set of API definitions and stops it gracefully.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RuntimeApiDefinition } from '../core/definition.ts';
import { createStubs, type Stubs, type StubsOptions } from '../core/stubs.ts';
import { type AppOptions, createApp } from './app.ts';
import { answerClientError, refuseTooManyHeaders } from './client-error.ts';
import { attachSockets } from './sockets.ts';

export interface ServeOptions extends StubsOptions, AppOptions {
  port?: number;
  host?: string;
  /** A request (headers and body) must arrive within this (default 30 s); then 408. */
  requestTimeoutMs?: number;
  /** Runs before the server listens (restoring state), so no request sees the state before it. */
  prepare?: (stubs: Stubs) => Promise<void>;
}

export interface RunningServer {
  stubs: Stubs;
  server: Server;
  /** `http://127.0.0.1:4010` */
  origin: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';
export const MAX_HEADER_BYTES = 64 * 1024;
/** How long `close()` lets open answers (streams) finish before cutting their sockets. */
export const CLOSE_GRACE_MS = 10_000;

export async function serve(definitions: RuntimeApiDefinition[], options: ServeOptions = {}): Promise<RunningServer> {
  const stubs = createStubs(definitions, options);
  await options.prepare?.(stubs);
  // 64 KiB of URL and headers (Node's default is 16): long ids and query strings reach the
  // validator and get the API's 400, as they do through MSW, instead of a transport 431.
  // A client that never finishes its request is cut off (408) instead of holding a socket;
  // Node looks for such clients every connectionsCheckingInterval.
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const app = createApp(stubs, options.validator ? { validator: options.validator } : {});
  const server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      requestTimeout,
      headersTimeout: Math.min(10_000, requestTimeout),
      connectionsCheckingInterval: Math.min(1000, requestTimeout / 4),
    },
    (req, res) => {
      if (!refuseTooManyHeaders(req, res)) app(req, res);
    },
  );
  // Header fields are counted by refuseTooManyHeaders, so a 431 can say which cap was hit.
  server.maxHeadersCount = 0;
  server.on('clientError', answerClientError);
  const sockets = attachSockets(server, stubs);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, options.host ?? DEFAULT_HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    stubs,
    server,
    origin: `http://${host}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        // Keep-alive sockets that go idle (their answer done) are closed as they do, so
        // close() ends with the last answer; in-flight answers and streams get CLOSE_GRACE_MS
        // to finish, then their sockets are cut.
        sockets.close();
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        sweep.unref();
        server.close(() => {
          clearInterval(sweep);
          resolve();
        });
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}
