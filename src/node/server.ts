// Starts the HTTP server for a set of API definitions and stops it gracefully.

import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { RuntimeApiDefinition } from '../core/definition.ts';
import { createStubs, type Stubs, type StubsOptions } from '../core/stubs.ts';
import { type AppOptions, createApp, loadEovRouter } from './app.ts';
import { answerClientError, refuseTooManyHeaders } from './client-error.ts';
import { isHanging } from './fetch-bridge.ts';
import { answerDirectly } from './forward.ts';
import { type HostPolicy, hostPolicy, refuseHost, routedPath } from './host-check.ts';
import { attachSockets } from './sockets.ts';

export interface ServeOptions extends StubsOptions, AppOptions {
  port?: number;
  host?: string;
  /** A request (headers and body) must arrive within this (default 30 s); then 408. */
  requestTimeoutMs?: number;
  /** Runs before the server listens (restoring state), so no request sees the state before it. */
  prepare?: (stubs: Stubs) => Promise<void>;
  /**
   * Host names served beyond localhost, *.localhost, IP addresses and `host` (`.example.com`
   * for it and its subdomains, `all` for any): a guard against DNS rebinding (host-check.ts).
   */
  allowedHosts?: string[];
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
  // With the core's validator, API and control requests skip Express (forward.ts).
  const direct = options.validator === 'express-openapi-validator' ? undefined : answerDirectly(stubs);
  if (options.validator === 'express-openapi-validator') await loadEovRouter();
  const host = options.host ?? DEFAULT_HOST;
  // Built (and the list checked) before listening; rebuilt for the address bound, before any request.
  const allowedHosts = options.allowedHosts ? { allowedHosts: options.allowedHosts } : {};
  let hosts: HostPolicy = hostPolicy({ boundAddress: host, host, ...allowedHosts });
  const server = createServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      requestTimeout,
      headersTimeout: Math.min(10_000, requestTimeout),
      connectionsCheckingInterval: Math.min(1000, requestTimeout / 4),
    },
    (req, res) => {
      if (refuseTooManyHeaders(req, res) || refuseHost(req, res, hosts, stubs)) return;
      if (!direct?.(req, res)) app(req, res);
    },
  );
  // Header fields are counted by refuseTooManyHeaders, so a 431 can say which cap was hit.
  server.maxHeadersCount = 0;
  server.on('clientError', answerClientError);
  const sockets = attachSockets(server, stubs, (req) => hosts.allows(req.headers.host, routedPath(req.url)));
  // Open connections, so that shutdown can find those a hanging fault holds.
  const connections = new Set<Socket>();
  server.on('connection', (socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  const cutHanging = () => {
    for (const socket of connections) if (isHanging(socket)) socket.destroy();
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  hosts = hostPolicy({ boundAddress: address.address, host, ...allowedHosts });
  const bound = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    stubs,
    server,
    origin: `http://${bound}:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        // Keep-alive sockets that go idle (their answer done) are closed as they do, so
        // close() ends with the last answer; in-flight answers and streams get CLOSE_GRACE_MS
        // to finish, then their sockets are cut. Hanging faults never finish: they are cut at once.
        sockets.close();
        cutHanging();
        const sweep = setInterval(() => {
          server.closeIdleConnections();
          cutHanging();
        }, 50);
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
