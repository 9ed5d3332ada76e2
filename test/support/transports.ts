// The two ways a client reaches the stubs: real HTTP on loopback (Express) and MSW's
// setupServer in this process. Scenario suites take either and must not care which.
import { setupServer } from 'msw/node';
import { apis } from '../../handlers/index.ts';
import type { StubsOptions } from '../../src/core/stubs.ts';
import { createMswStubs } from '../../src/msw/index.ts';
import { serve } from '../../src/node/index.ts';

export interface Transport {
  name: 'http' | 'msw';
  /** Origin to prefix paths with: `http://127.0.0.1:<port>` or the MSW origin. */
  origin: string;
  close(): Promise<void>;
}

export const MSW_ORIGIN = 'http://stubs.test';

export async function startHttp(options: StubsOptions = {}): Promise<Transport> {
  const running = await serve(apis, { port: 0, strict: true, ...options });
  return { name: 'http', origin: running.origin, close: () => running.close() };
}

export async function startMsw(options: StubsOptions = {}): Promise<Transport> {
  const { handlers } = createMswStubs(apis, { origin: MSW_ORIGIN, strict: true, ...options });
  const server = setupServer(...handlers);
  server.listen({ onUnhandledFrame: 'bypass' });
  return {
    name: 'msw',
    origin: MSW_ORIGIN,
    close: async () => server.close(),
  };
}

export const TRANSPORTS = { http: startHttp, msw: startMsw } as const;
