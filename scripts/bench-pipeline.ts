// The core pipeline alone: each plan's GET and POST straight to `stubs.fetch(request)` in a
// sequential in-process loop (no sockets, no Express, no MSW), reported as µs per request.
// The floor both transports pay; profile it with `node --cpu-prof scripts/bench-pipeline.ts`.
// Each figure is the best of `--rounds` runs: on a shared machine the best is the least disturbed.
// Beside wall time per request it gives the process's CPU time per request, which time spent
// waiting for a core others hold does not inflate.
//   node scripts/bench-pipeline.ts [--seconds 1] [--rounds 3] [--api microsite]
import { parseArgs } from 'node:util';
import { apis } from '../handlers/index.ts';
import { createStubs } from '../src/core/stubs.ts';
import { type BenchRequest, benchPlans } from './bench-plans.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '3' },
    api: { type: 'string' },
  },
});
const seconds = Number(values.seconds);
const rounds = Math.max(1, Number(values.rounds));
const ORIGIN = 'http://stubs.bench';

// As the bench runs the server: rate limits lifted so the loop measures 2xx answers.
const stubs = createStubs(apis, { rateLimits: false });
// The plans create their sessions with `fetch`; here it reaches the stubs in-process.
globalThis.fetch = (input, init) => stubs.fetch(new Request(input, init));

function requestFor(base: string, plan: BenchRequest, auth: Record<string, string>): () => Request {
  const headers = { ...(plan.body !== undefined ? { 'content-type': 'application/json' } : {}), ...plan.headers, ...auth };
  const body = plan.body !== undefined ? JSON.stringify(plan.body) : undefined;
  return () => new Request(base + plan.path, { method: plan.method, headers, ...(body !== undefined ? { body } : {}) });
}

async function measure(make: () => Request) {
  const warmUntil = performance.now() + Math.max(300, (seconds * 1000) / 10);
  while (performance.now() < warmUntil) await (await stubs.fetch(make())).arrayBuffer();
  let requests = 0;
  let failures = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    const response = await stubs.fetch(make());
    await response.arrayBuffer();
    if (response.ok) requests++;
    else failures++;
  }
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const total = requests + failures;
  return {
    requests,
    failures,
    usPerRequest: Math.round((elapsedMs * 1000) / total),
    cpuUsPerRequest: Math.round((cpu.user + cpu.system) / total),
  };
}

const rows: string[] = [];
for (const definition of apis) {
  const plan = benchPlans[definition.id];
  if (!plan || (values.api && values.api !== definition.id)) continue;
  const base = `${ORIGIN}/${definition.id}`;
  const auth = await plan.prepare(base);
  for (const request of [plan.get, plan.post]) {
    const make = requestFor(base, request, auth);
    const runs = [];
    for (let round = 0; round < rounds; round++) runs.push(await measure(make));
    const result = runs.reduce((best, run) => (run.cpuUsPerRequest < best.cpuUsPerRequest ? run : best));
    const flag = result.failures > 0 ? ` (${result.failures} non-2xx)` : '';
    rows.push(
      `${definition.id.padEnd(13)} ${`${request.method} ${request.path}`.padEnd(36)} ${String(result.usPerRequest).padStart(6)} µs wall ${String(result.cpuUsPerRequest).padStart(6)} µs CPU${flag}`,
    );
  }
}
process.stdout.write(`${rows.join('\n')}\n`);
