// MSW in-process throughput, run by scripts/bench.ts as a child process: loops of requests
// for N seconds against each API's bench-plan GET, through every in-process path, so MSW's
// share and ours can be told apart:
//   setupServer        `fetch` → undici → MSW's mock socket (what `contract-stubs/msw` documents
//                      for Node tests), sequentially and with `--concurrency` requests in flight
//   fetch interceptor  `fetch` patched in-process by `@mswjs/interceptors/fetch/web` under
//                      `defineNetwork` from `msw/experimental`: no socket, only global `fetch`
//   getResponse        MSW's `getResponse(handlers, request)`: our handlers, no interception
//   stubs.fetch        the core pipeline without MSW
// A bare MSW handler answering `{}` on the same URL gives each MSW path's own floor for that
// request, measured right before ours. Every row also gives the process CPU time per request
// (user + system), which moves less than req/s when other work shares the cores. Prints one
// JSON line: [{ api, via, bare, concurrency, requests, seconds, rps, cpuMicros, failures }].
//   node scripts/bench-msw.ts --seconds 10 [--concurrency 10]
import { setImmediate as nextTask } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { HttpRequestEventMap, Interceptor } from '@mswjs/interceptors';
import { FetchInterceptor } from '@mswjs/interceptors/fetch/web';
import { type AnyHandler, getResponse, HttpHandler, HttpResponse, http } from 'msw';
import { defineNetwork, InterceptorSource } from 'msw/experimental';
import { setupServer } from 'msw/node';
import { apis } from '../handlers/index.ts';
import { createMswStubs } from '../src/msw/index.ts';
import { benchPlans } from './bench-plans.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '10' } },
});
const seconds = Number(values.seconds);
const concurrency = Math.max(1, Number(values.concurrency));
// A name under `.test` (RFC 6761, never resolvable): MSW's socket interceptor answers the
// lookup itself, so no DNS query is made on any path.
const ORIGIN = 'http://stubs.test';

// Rate limits lifted as for the server (`--no-rate-limits`): the loops must measure 2xx answers.
const { handlers, stubs } = createMswStubs(apis, { origin: ORIGIN, rateLimits: false });

type Send = (url: string, init: RequestInit) => Promise<Response>;
interface Path {
  via: string;
  send: Send;
  concurrency: number;
  /** Starts the interception this path needs with these handlers; returns how to stop it. */
  start(handlers: AnyHandler[]): () => void;
}
const viaFetch: Send = (url, init) => fetch(url, init);
const paths: Path[] = [
  ...[1, concurrency].map((n) => ({
    via: 'setupServer',
    send: viaFetch,
    concurrency: n,
    start(handlers: AnyHandler[]) {
      const server = setupServer(...handlers);
      server.listen({ onUnhandledFrame: 'error' });
      return () => server.close();
    },
  })),
  {
    via: 'fetch interceptor',
    send: viaFetch,
    concurrency: 1,
    start(handlers: AnyHandler[]) {
      // The `/web` build's class is declared apart from the Node build's (`#private` differs):
      // the same runtime interface, so only the type is widened.
      const fetchInterceptor = new FetchInterceptor() as unknown as Interceptor<HttpRequestEventMap>;
      const network = defineNetwork({
        sources: [new InterceptorSource({ interceptors: [fetchInterceptor] })],
        handlers,
        onUnhandledFrame: 'error',
        context: { quiet: true },
      });
      network.enable();
      return () => network.disable();
    },
  },
];
// `getResponse` runs HTTP handlers only (it fails on a WebSocket handler).
let httpHandlers: HttpHandler[] = [];
paths.push({
  via: 'getResponse',
  send: async (url, init) => (await getResponse(httpHandlers, new Request(url, init))) ?? new Response(null, { status: 404 }),
  concurrency: 1,
  start(handlers: AnyHandler[]) {
    httpHandlers = handlers.filter((handler) => handler instanceof HttpHandler);
    return () => {};
  },
});

const results: {
  api: string;
  via: string;
  bare: boolean;
  concurrency: number;
  requests: number;
  seconds: number;
  rps: number;
  cpuMicros: number;
  failures: number;
}[] = [];

// Paths that never touch a socket settle every request in microtasks, so a loop over them never
// lets a task run: undici's FinalizationRegistry clean-up of each `Request.clone()` (MSW clones
// every request) never ran, the heap grew by ~0.5 KiB a request to gigabytes, and GC pauses
// landed on whichever row was running. An application yields between requests; the loops do too.
const TASK_EVERY = 64;

async function measure(api: string, bare: boolean, via: string, n: number, send: Send, url: string, init: RequestInit) {
  // Warm-up: a tenth of the time, at least half a second.
  const warmUntil = performance.now() + Math.max(500, (seconds * 1000) / 10);
  for (let i = 1; performance.now() < warmUntil; i++) {
    await (await send(url, init)).arrayBuffer();
    if (i % TASK_EVERY === 0) await nextTask();
  }
  let requests = 0;
  let failures = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let i = 1; performance.now() < until; i++) {
        const response = await send(url, init);
        await response.arrayBuffer();
        if (response.ok) requests++;
        else failures++;
        if (i % TASK_EVERY === 0) await nextTask();
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuMicros = (used.user + used.system) / Math.max(1, requests + failures);
  results.push({ api, via, bare, concurrency: n, requests, seconds: elapsed, rps: requests / elapsed, cpuMicros, failures });
}

// Credentials first (through `stubs.fetch`, no interception needed): one session per API.
const targets: { api: string; url: string; init: RequestInit }[] = [];
const realFetch = globalThis.fetch;
globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) => stubs.fetch(new Request(input, init))) as typeof fetch;
try {
  for (const definition of apis) {
    const plan = benchPlans[definition.id];
    if (!plan) continue;
    const base = `${ORIGIN}/${definition.id}`;
    const auth = await plan.prepare(base);
    targets.push({
      api: definition.id,
      url: base + plan.get.path,
      init: { method: plan.get.method, headers: { ...plan.get.headers, ...auth } },
    });
  }
} finally {
  globalThis.fetch = realFetch;
}

// Each path and request runs twice: with only a bare handler on its URL, then with only ours,
// so neither walks the other.
async function run(path: Path, using: AnyHandler[], work: () => Promise<void>) {
  const stop = path.start(using);
  try {
    await work();
  } finally {
    stop();
  }
}
for (const path of paths)
  for (const { api, url, init } of targets) {
    const bare: AnyHandler[] = [http.get(url, () => HttpResponse.json({}))];
    await run(path, bare, () => measure(api, true, path.via, path.concurrency, path.send, url, init));
    await run(path, handlers, () => measure(api, false, path.via, path.concurrency, path.send, url, init));
  }
const direct: Send = (url, init) => stubs.fetch(new Request(url, init));
for (const { api, url, init } of targets) await measure(api, false, 'stubs.fetch', 1, direct, url, init);
process.stdout.write(`${JSON.stringify(results)}\n`);
