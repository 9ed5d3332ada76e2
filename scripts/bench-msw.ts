// MSW `setupServer` in-process throughput, run by scripts/bench.ts as a child process:
// a loop of `fetch` against the MSW origin for N seconds, per API with a bench plan.
// The same GET also goes straight to `stubs.fetch` (ours without MSW), and a bare MSW handler
// answering `{}` shows MSW's own floor, so MSW's share and ours can be told apart.
// Prints one JSON line: [{ api, via, requests, seconds, rps, failures }].
//   node scripts/bench-msw.ts --seconds 10 [--concurrency 1]
import { parseArgs } from 'node:util';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { apis } from '../handlers/index.ts';
import { createMswStubs } from '../src/msw/index.ts';
import { benchPlans } from './bench-plans.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '1' } } });
const seconds = Number(values.seconds);
const concurrency = Math.max(1, Number(values.concurrency));
const ORIGIN = 'http://stubs.bench';

// Rate limits lifted as for the server (`--no-rate-limits`): the loop must measure 2xx answers.
const { handlers, stubs } = createMswStubs(apis, { origin: ORIGIN, rateLimits: false });
const FLOOR = `${ORIGIN}/__bench-floor`;
const server = setupServer(
  http.get(FLOOR, () => HttpResponse.json({})),
  ...handlers,
);
server.listen();

type Send = (url: string, init: RequestInit) => Promise<Response>;
const viaMsw: Send = (url, init) => fetch(url, init);
const direct: Send = (url, init) => stubs.fetch(new Request(url, init));

async function measure(api: string, via: string, send: Send, url: string, init: RequestInit) {
  // Warm-up: a tenth of the time, at least half a second.
  const warmUntil = performance.now() + Math.max(500, (seconds * 1000) / 10);
  while (performance.now() < warmUntil) await (await send(url, init)).arrayBuffer();
  let requests = 0;
  let failures = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const response = await send(url, init);
        await response.arrayBuffer();
        if (response.ok) requests++;
        else failures++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  results.push({ api, via, requests, seconds: elapsed, rps: requests / elapsed, failures });
}

const results: { api: string; via: string; requests: number; seconds: number; rps: number; failures: number }[] = [];
await measure('bare MSW handler', 'msw', viaMsw, FLOOR, {});
for (const definition of apis) {
  const plan = benchPlans[definition.id];
  if (!plan) continue;
  const base = `${ORIGIN}/${definition.id}`;
  const auth = await plan.prepare(base);
  const init = { method: plan.get.method, headers: { ...plan.get.headers, ...auth } };
  await measure(definition.id, 'msw', viaMsw, base + plan.get.path, init);
  await measure(definition.id, 'stubs.fetch', direct, base + plan.get.path, init);
}
server.close();
process.stdout.write(`${JSON.stringify(results)}\n`);
