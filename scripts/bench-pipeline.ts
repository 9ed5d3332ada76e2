// The core pipeline alone: each plan's GET and POST in a sequential in-process loop (no
// sockets, no Express, no MSW), reported as µs per request. Profile it with
// `node --cpu-prof scripts/bench-pipeline.ts`. `--entry` picks the entry point:
//   fetch    `stubs.fetch(Request)` → `Response`, read whole (MSW's path; the default)
//   answer   `stubs.answer(parts)` → `StubReply`, the core's own validator judging (the Node
//            transport's path without express-openapi-validator)
//   verdict  `stubs.answer(parts, { verdict })` as after express-openapi-validator passed it
// Each figure is the best of `--rounds` runs: on a shared machine the best is the least disturbed.
// Beside wall time per request it gives the process's CPU time per request, which time spent
// waiting for a core others hold does not inflate.
// `--context <name>` sends every request (the plan's session too) with `contract-stubs-context`,
// in that context's own world, as the bench's context rows do.
//   node scripts/bench-pipeline.ts [--seconds 1] [--rounds 3] [--api microsite] [--entry fetch] [--context bench]
import { parseArgs } from 'node:util';
import { apis } from '../handlers/index.ts';
import { CONTEXT_HEADER } from '../src/core/contexts.ts';
import type { IncomingRequest } from '../src/core/incoming.ts';
import type { TransportVerdict } from '../src/core/request-body.ts';
import { createStubs } from '../src/core/stubs.ts';
import { type BenchRequest, benchPlans } from './bench-plans.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '3' },
    api: { type: 'string' },
    entry: { type: 'string', default: 'fetch' },
    context: { type: 'string' },
  },
});
const ENTRIES = ['fetch', 'answer', 'verdict'];
if (!ENTRIES.includes(values.entry)) throw new Error(`--entry must be one of ${ENTRIES.join(', ')}`);
const seconds = Number(values.seconds);
const rounds = Math.max(1, Number(values.rounds));
const ORIGIN = 'http://stubs.bench';
const contextHeaders: Record<string, string> = values.context === undefined ? {} : { [CONTEXT_HEADER]: values.context };

// As the bench runs the server: rate limits lifted so the loop measures 2xx answers.
const stubs = createStubs(apis, { rateLimits: false });
// The plans create their sessions with `fetch`; here it reaches the stubs in-process.
globalThis.fetch = (input, init) => stubs.fetch(new Request(input, init));

/** One request sent and its answer read whole; true for a 2xx. */
type Send = () => Promise<boolean>;

function senderFor(base: string, plan: BenchRequest, auth: Record<string, string>): Send {
  const headers: Record<string, string> = {
    ...(plan.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...plan.headers,
    ...auth,
  };
  const body = plan.body !== undefined ? JSON.stringify(plan.body) : undefined;
  const url = base + plan.path;
  const make = () => new Request(url, { method: plan.method, headers, ...(body !== undefined ? { body } : {}) });
  if (values.entry === 'fetch') {
    return async () => {
      const response = await stubs.fetch(make());
      await response.arrayBuffer();
      return response.ok;
    };
  }
  // As src/node/fetch-bridge.ts hands a request over: Node's header record, the Request on demand.
  const withLength = body !== undefined ? { ...headers, 'content-length': String(Buffer.byteLength(body)) } : headers;
  const parts = (): IncomingRequest => {
    let request: Request | undefined;
    return {
      method: plan.method,
      url,
      headers: { ...withLength },
      toRequest: () => (request ??= make()),
    };
  };
  const verdict = (): TransportVerdict | undefined =>
    values.entry === 'verdict'
      ? { kind: 'valid', body: body === undefined ? undefined : JSON.parse(body), hasBody: body !== undefined }
      : undefined;
  return async () => {
    const v = verdict();
    const reply = await stubs.answer(parts(), { clientAddress: '127.0.0.1', ...(v ? { verdict: v } : {}) });
    // What sendReply reads off the reply before writing it.
    reply.headers.forEach(() => {});
    if (typeof reply.body === 'string') Buffer.byteLength(reply.body);
    else if (reply.body !== null) await reply.toResponse().arrayBuffer();
    return reply.status >= 200 && reply.status < 300;
  };
}

async function measure(send: Send) {
  const warmUntil = performance.now() + Math.max(300, (seconds * 1000) / 10);
  while (performance.now() < warmUntil) await send();
  let requests = 0;
  let failures = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    if (await send()) requests++;
    else failures++;
  }
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const total = requests + failures;
  return {
    requests,
    failures,
    usPerRequest: (elapsedMs * 1000) / total,
    cpuUsPerRequest: (cpu.user + cpu.system) / total,
  };
}

const rows: string[] = [];
for (const definition of apis) {
  const plan = benchPlans[definition.id];
  if (!plan || (values.api && values.api !== definition.id)) continue;
  const base = `${ORIGIN}/${definition.id}`;
  const auth = { ...(await plan.prepare(base, contextHeaders)), ...contextHeaders };
  for (const request of [plan.get, plan.post]) {
    const send = senderFor(base, request, auth);
    const runs = [];
    for (let round = 0; round < rounds; round++) runs.push(await measure(send));
    const result = runs.reduce((best, run) => (run.cpuUsPerRequest < best.cpuUsPerRequest ? run : best));
    const flag = result.failures > 0 ? ` (${result.failures} non-2xx)` : '';
    rows.push(
      `${definition.id.padEnd(13)} ${`${request.method} ${request.path}`.padEnd(36)} ${result.usPerRequest.toFixed(1).padStart(6)} µs wall ${result.cpuUsPerRequest.toFixed(1).padStart(6)} µs CPU${flag}`,
    );
  }
}
process.stdout.write(`${rows.join('\n')}\n`);
