// The ways a client reaches the stubs: real HTTP on loopback (Express), MSW's setupServer in
// this process, and real HTTP through Prism's validating proxy (an independent oracle on
// every answer). Scenario suites take any of them and must not care which.
import { setupServer } from 'msw/node';
import type { StubsOptions } from '../../src/core/stubs.ts';
import { createMswStubs } from '../../src/msw/index.ts';
import { type ServeOptions, serve } from '../../src/node/index.ts';
import { documentPath } from '../../src/node/package-root.ts';
import { apis } from './apis.ts';
import { recordCoverage } from './coverage.ts';
import { type PrismProxy, startPrismProxy } from './prism.ts';

export interface Transport {
  name: 'http' | 'msw' | 'prism';
  /**
   * Origin of the stubs themselves: `http://127.0.0.1:<port>` or the MSW origin. `/__stubs/*`
   * controls go here, and `${origin}/${apiId}` reaches an API directly.
   */
  origin: string;
  /** Base URL to prefix an API's paths (`/api/...`) with. */
  base(apiId: string): string;
  /** Prism transport only: the proxy in front of each API (its base), by API id. */
  prism?: ReadonlyMap<string, PrismProxy>;
  close(): Promise<void>;
}

export const MSW_ORIGIN = 'http://stubs.test';

/** Every transport validates its answers and records what it answered for contract coverage. */
const TESTING: StubsOptions = { strict: true, onRequest: recordCoverage };

/** Express with the core's validator, as `start` serves; `validator: 'express-openapi-validator'` for the second opinion. */
export async function startHttp(options: ServeOptions = {}): Promise<Transport> {
  const running = await serve(apis, { port: 0, ...TESTING, ...options });
  return { name: 'http', origin: running.origin, base: (apiId) => `${running.origin}/${apiId}`, close: () => running.close() };
}

export async function startMsw(options: StubsOptions = {}): Promise<Transport> {
  const { handlers } = createMswStubs(apis, { origin: MSW_ORIGIN, ...TESTING, ...options });
  const server = setupServer(...handlers);
  server.listen({ onUnhandledFrame: 'bypass' });
  return {
    name: 'msw',
    origin: MSW_ORIGIN,
    base: (apiId) => `${MSW_ORIGIN}/${apiId}`,
    close: async () => server.close(),
  };
}

/**
 * The Express stubs behind one `prism proxy openapi/<api>.yaml <origin>/<api>` per API: API
 * requests go through the proxy (whose paths start at `/api`, as the document's do), control
 * requests straight to the stubs. The client reads Prism's verdict off every answer.
 */
export async function startPrismProxied(options: StubsOptions = {}, only?: string[]): Promise<Transport> {
  const running = await serve(apis, { port: 0, ...TESTING, ...options });
  // One Prism per proxied API; a suite proxies only the APIs it calls (each Prism costs ~100 MiB).
  const proxied = only ? apis.filter((api) => only.includes(api.id)) : apis;
  const started = await Promise.allSettled(
    proxied.map(async (api) => [api.id, await startPrismProxy(documentPath(api.id), `${running.origin}/${api.id}`)] as const),
  );
  const proxies = new Map(started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : [])));
  const close = async () => {
    await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
    await running.close();
  };
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await close();
    throw failed.reason;
  }
  return {
    name: 'prism',
    origin: running.origin,
    base: (apiId) => {
      const proxy = proxies.get(apiId);
      if (!proxy) throw new Error(`no Prism proxy for api ${apiId}`);
      return proxy.origin;
    },
    prism: proxies,
    close,
  };
}
