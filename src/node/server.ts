// Starts the HTTP server for a set of API definitions and stops it gracefully.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RuntimeApiDefinition } from '../core/definition.ts';
import { createStubs, type Stubs, type StubsOptions } from '../core/stubs.ts';
import { createApp } from './app.ts';

export interface ServeOptions extends StubsOptions {
  port?: number;
  host?: string;
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

export async function serve(definitions: RuntimeApiDefinition[], options: ServeOptions = {}): Promise<RunningServer> {
  const stubs = createStubs(definitions, options);
  const server = createServer(createApp(stubs));
  // A client that never finishes its request is cut off instead of holding a socket.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
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
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; open streams get a moment to end.
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}
