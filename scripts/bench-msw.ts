// MSW `setupServer` in-process throughput, run by scripts/bench.ts as a child process:
// a loop of `fetch` against the MSW origin for N seconds, per API with a bench plan.
// Prints one JSON line: [{ api, requests, seconds, rps, failures }].
//   node scripts/bench-msw.ts --seconds 10 [--concurrency 1]
import { parseArgs } from 'node:util';
import { setupServer } from 'msw/node';
import { apis } from '../handlers/index.ts';
import { createMswStubs } from '../src/msw/index.ts';
import { benchPlans } from './bench-plans.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '1' } } });
const seconds = Number(values.seconds);
const concurrency = Math.max(1, Number(values.concurrency));
const ORIGIN = 'http://stubs.bench';

const { handlers } = createMswStubs(apis, { origin: ORIGIN });
const server = setupServer(...handlers);
server.listen();

const results: { api: string; requests: number; seconds: number; rps: number; failures: number }[] = [];
for (const definition of apis) {
  const plan = benchPlans[definition.id];
  if (!plan) continue;
  const base = `${ORIGIN}/${definition.id}`;
  const auth = await plan.prepare(base);
  const url = base + plan.get.path;
  const init = { method: plan.get.method, headers: { ...plan.get.headers, ...auth } };
  // Warm-up: a tenth of the time, at least half a second.
  const warmUntil = performance.now() + Math.max(500, (seconds * 1000) / 10);
  while (performance.now() < warmUntil) await (await fetch(url, init)).arrayBuffer();
  let requests = 0;
  let failures = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const response = await fetch(url, init);
        await response.arrayBuffer();
        if (response.ok) requests++;
        else failures++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  results.push({ api: definition.id, requests, seconds: elapsed, rps: requests / elapsed, failures });
}
server.close();
process.stdout.write(`${JSON.stringify(results)}\n`);
