// `npm run soak`: 60 s at 50 connections across every registered API, over HTTP on
// 127.0.0.1, then checks: no connection errors, no timeouts, no 5xx, and memory flat. The run is
// two identical halves, each from a reset and the same callers: the state they build is bounded
// and the same, so a leak (anything outside it that grows with traffic) shows as a larger heap
// after a full GC at the end of the second half than at the end of the first (allowed: 5 % or
// 5 MiB). The server runs in this process (`--expose-gc`) so its heap can be collected and
// measured exactly; RSS is reported too but is not judged (it rarely shrinks and swings with GC
// timing). Traffic per API, from its document: every operation without path parameters except
// DELETE and the session-ending `…/logout` and `…/clear-session` (which would leave every later
// request of that caller a 401), with a valid request, and a read of what the
// API's robustness fixture creates; 50 signed-in callers per API. Rate limits are off (the
// server's `--no-rate-limits`): the documented limits (10 assessment starts an hour, 5 registers
// a minute...) cannot hold 50 connections for a minute, so a 429 here is counted as an error
// rather than passed over. Then the hostile part (soak-hostile.ts, `--hostile-seconds`, 0 skips
// it): the largest valid bodies and many exports from fresh identities; it passes when nothing
// is refused with a 5xx or dropped, every store is within its byte budget
// (docs/state-budgets.md) and the heap after a full GC grew by less than the budgets add up to.
// Never part of `npm test`.
// Options: --seconds <n> --connections <n> --hostile-seconds <n> --hostile-workers <n>.
import { parseArgs } from 'node:util';
import { apis } from '../handlers/index.ts';
import { BoundedMap } from '../src/core/bounded-map.ts';
import { indexOperations } from '../src/core/document.ts';
import { JOURNAL_MAX_BYTES } from '../src/core/journal.ts';
import { serve } from '../src/node/index.ts';
import type { Credentials } from '../test/robustness/fixture.ts';
import { fixtures } from '../test/robustness/fixtures.ts';
import { sender } from '../test/robustness/fuzz.ts';
import { validRequest } from '../test/robustness/requests.ts';
import { type AutocannonRequest, startLoad } from './bench-autocannon.ts';
import { hostileSoak } from './soak-hostile.ts';

const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '50' },
    'hostile-seconds': { type: 'string', default: '30' },
    'hostile-workers': { type: 'string', default: '8' },
  },
});
const SECONDS = Number(flags.seconds);
const CONNECTIONS = Number(flags.connections);
const HOSTILE_SECONDS = Number(flags['hostile-seconds']);
const HOSTILE_WORKERS = Number(flags['hostile-workers']);
const CALLERS = 50;
const MIB = 1024 * 1024;
/** Operations that end the caller's session (sage's logout, scorecard's clear-session). */
const ENDS_SESSION = /\/(logout|clear-session)$/;

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run soak does)');

/** Heap in use after a full collection. */
function heapAfterGc(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

const server = await serve(apis, { port: 0, host: '127.0.0.1', rateLimits: false });
const transport = { name: 'http' as const, origin: server.origin, base: (id: string) => `${server.origin}/${id}`, close: async () => {} };

// Per API: callers signed in beforehand (again after each reset), and the requests each loop sends.
const requests: AutocannonRequest[] = [];
const statuses: Record<string, number> = {};
const populations: Array<() => Promise<void>> = [];
const count = (key: string) => {
  statuses[key] = (statuses[key] ?? 0) + 1;
};
for (const api of apis) {
  const fixture = fixtures.get(api.id);
  const send = sender(transport, api.id);
  const world = { callers: [{}] as Credentials[], ownedReads: [] as string[] };
  populations.push(async () => {
    if (!fixture) return;
    world.callers = await Promise.all(Array.from({ length: CALLERS }, () => fixture.signIn(send)));
    const owned = fixture.owned ? await fixture.owned(send, world.callers[0] ?? {}) : [];
    world.ownedReads = owned.filter((r) => r.method === 'GET').map((r) => r.path);
  });
  for (const op of indexOperations(api.document)) {
    if (op.method === 'delete' || op.path.includes('{') || ENDS_SESSION.test(op.path)) continue;
    const request = validRequest(api.document, op);
    requests.push({
      method: request.method,
      path: `/${api.id}${request.url}`,
      headers: request.headers,
      ...(request.body ? { body: request.body } : {}),
      // One caller per connection.
      setupRequest: (r, context: { caller?: number }) => {
        context.caller ??= Math.floor(Math.random() * CALLERS);
        return { ...r, headers: { ...r.headers, ...world.callers[context.caller % world.callers.length] } };
      },
      onResponse: (status) => count(`${api.id} ${op.key} ${status}`),
    });
  }
  // Reads of what the fixture created for the first caller, as that caller.
  if (fixture?.owned) {
    requests.push({
      method: 'GET',
      setupRequest: (r) => ({ ...r, path: `/${api.id}${world.ownedReads[0] ?? '/openapi.json'}`, headers: { ...world.callers[0] } }),
      onResponse: (status) => count(`${api.id} GET (owned) ${status}`),
    });
  }
}

// Warm-up: every request once, in turn, before the load. Each operation's validators are
// compiled on its first request (seconds for the lot on a loaded machine, with the event loop
// held), which is start-up cost, not what a soak measures.
await Promise.all(populations.map((populate) => populate()));
for (const request of requests) {
  const { method, path = '/', headers, body } = request.setupRequest?.(request, {}) ?? request;
  await (await fetch(server.origin + path, { method, ...(headers ? { headers } : {}), ...(body ? { body } : {}) })).arrayBuffer();
}

console.log(`soak: ${SECONDS} s at ${CONNECTIONS} connections across ${apis.map((a) => a.id).join(', ')}, two halves with a reset between`);
const samples: number[] = [];
const timer = setInterval(() => samples.push(process.memoryUsage().rss), 1000);
const results = [];
const halfEnds: number[] = [];
for (let half = 0; half < 2; half++) {
  await (await fetch(`${server.origin}/__stubs/reset`, { method: 'POST' })).text();
  await Promise.all(populations.map((populate) => populate()));
  const { done } = startLoad({ url: server.origin, connections: CONNECTIONS, duration: SECONDS / 2, timeout: 10, requests });
  results.push(await done);
  halfEnds.push(heapAfterGc());
  console.log(
    `  half ${half + 1}: ${results.at(-1)?.requests.total} requests, heap after GC ${((halfEnds.at(-1) ?? 0) / MIB).toFixed(1)} MiB, RSS ${(process.memoryUsage().rss / MIB).toFixed(1)} MiB`,
  );
}

/** Every budgeted store of every API (and the journal): the bytes it holds, its budget, and which are over. */
function budgets() {
  let budget = JOURNAL_MAX_BYTES;
  let used = server.stubs.journal.bytes;
  const over: string[] = [];
  const byApi: Record<string, string> = {};
  for (const { api } of server.stubs.apis) {
    let [apiUsed, apiBudget] = [0, 0];
    for (const [name, store] of Object.entries(api.snapshot().state as Record<string, unknown>)) {
      if (!(store instanceof BoundedMap) || store.maxBytes === undefined) continue;
      apiBudget += store.maxBytes;
      apiUsed += store.bytes;
      if (store.bytes > store.maxBytes) over.push(`${api.id}.${name}`);
    }
    budget += apiBudget;
    used += apiUsed;
    byApi[api.id] = `${(apiUsed / MIB).toFixed(1)}/${(apiBudget / MIB).toFixed(0)}`;
  }
  return { budget, used, over, byApi };
}

let hostileOk = true;
if (HOSTILE_SECONDS > 0) {
  const before = heapAfterGc();
  console.log(
    `hostile: ${HOSTILE_SECONDS} s, ${HOSTILE_WORKERS} workers, largest bodies and many exports, from a heap of ${(before / MIB).toFixed(1)} MiB`,
  );
  // Every 30 s: the heap after a full GC and what the stores hold, to see it level off at the budgets.
  const progress = setInterval(() => {
    const books = budgets();
    const apis = Object.entries(books.byApi)
      .map(([id, mib]) => `${id} ${mib}`)
      .join(', ');
    console.log(
      `  heap after GC ${(heapAfterGc() / MIB).toFixed(1)} MiB; state MiB held/budget: ${apis}, journal ${(server.stubs.journal.bytes / MIB).toFixed(1)}/8`,
    );
  }, 30_000);
  const hostile = await hostileSoak(server.origin, HOSTILE_SECONDS, HOSTILE_WORKERS);
  clearInterval(progress);
  const after = heapAfterGc();
  const books = budgets();
  const fivexx = Object.entries(hostile.statuses).filter(([key]) => statusOf(key) >= 500);
  console.log(JSON.stringify({ statuses: hostile.statuses, flows: hostile.flows }, null, 2));
  for (const error of hostile.errors.slice(0, 10)) console.log(`  error: ${error}`);
  console.log(
    [
      `hostile requests: ${hostile.requests}, errors: ${hostile.errors.length}, 5xx: ${fivexx.reduce((n, [, c]) => n + c, 0)}`,
      `state: ${(books.used / MIB).toFixed(1)} MiB estimated of ${(books.budget / MIB).toFixed(1)} MiB budgets; over budget: ${books.over.join(', ') || 'none'}`,
      `heap after GC: ${(before / MIB).toFixed(1)} → ${(after / MIB).toFixed(1)} MiB; RSS ${(process.memoryUsage().rss / MIB).toFixed(1)} MiB`,
    ].join('\n'),
  );
  hostileOk = hostile.errors.length === 0 && fivexx.length === 0 && books.over.length === 0 && after - before <= books.budget;
}

clearInterval(timer);
await server.close();

function statusOf(key: string): number {
  return Number(key.split(' ').at(-1));
}
const total = results.reduce((n, r) => n + r.requests.total, 0);
const errors = results.reduce((n, r) => n + r.errors, 0);
const timeouts = results.reduce((n, r) => n + r.timeouts, 0);
const serverErrors = Object.entries(statuses).filter(([key]) => statusOf(key) >= 500);
const rateLimited = Object.entries(statuses).filter(([key]) => statusOf(key) === 429);
// Per API: answers by status.
const byApi: Record<string, Record<number, number>> = {};
for (const [key, n] of Object.entries(statuses)) {
  const api = key.split(' ')[0] ?? '';
  const tally = byApi[api] ?? {};
  tally[statusOf(key)] = (tally[statusOf(key)] ?? 0) + n;
  byApi[api] = tally;
}
const [firstEnd = 0, secondEnd = 0] = halfEnds;
const growth = secondEnd - firstEnd;
const flat = growth <= Math.max(5 * MIB, firstEnd * 0.05);
console.log(JSON.stringify(statuses, null, 2));
for (const [api, tally] of Object.entries(byApi)) {
  const sum = Object.values(tally).reduce((a, b) => a + b, 0);
  console.log(
    `  ${api}: ${sum} — ${Object.entries(tally)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ')}`,
  );
}
console.log(
  [
    `requests: ${total} (${(total / SECONDS).toFixed(0)}/s), latency p99 ${Math.max(...results.map((r) => r.latency.p99))} ms`,
    `connection errors: ${errors}, timeouts: ${timeouts}, 5xx: ${serverErrors.reduce((n, [, c]) => n + c, 0)}, 429: ${rateLimited.reduce((n, [, c]) => n + c, 0)}`,
    `heap after GC at the end of each half: ${(firstEnd / MIB).toFixed(1)} → ${(secondEnd / MIB).toFixed(1)} MiB (${growth >= 0 ? '+' : ''}${(growth / MIB).toFixed(1)} MiB); peak RSS ${(Math.max(...samples) / MIB).toFixed(1)} MiB`,
  ].join('\n'),
);
const ok = errors === 0 && timeouts === 0 && serverErrors.length === 0 && rateLimited.length === 0 && flat && hostileOk;
console.log(ok ? 'soak: PASS' : 'soak: FAIL');
process.exit(ok ? 0 : 1);
