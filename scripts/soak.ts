// `npm run soak`: 60 s at 50 connections across every registered API against the CLI server
// (a child process on 127.0.0.1), then checks: no connection errors, no timeouts, no 5xx, and
// memory flat. The run is two identical halves, each from a reset and the same callers: the
// state they build is bounded and the same, so a leak (anything outside it that grows with
// traffic) shows as a higher RSS after the second half than after the first (allowed: 5 % or
// 10 MiB). Within one half RSS does grow: state fills up towards its caps.
// Traffic per API, from its document: every operation without path parameters except DELETE
// (which would end the callers' sessions), with a valid request, and the reads of resources
// the API's robustness fixture creates; authenticated with 50 callers signed in beforehand.
// Never part of `npm test`. Options: --seconds <n> --connections <n>.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { apis } from '../handlers/index.ts';
import { indexOperations } from '../src/core/document.ts';
import type { Credentials } from '../test/robustness/fixture.ts';
import { fixtures } from '../test/robustness/fixtures.ts';
import { sender } from '../test/robustness/fuzz.ts';
import { validRequest } from '../test/robustness/requests.ts';
import { type AutocannonRequest, startLoad } from './bench-autocannon.ts';

const { values: flags } = parseArgs({
  options: { seconds: { type: 'string', default: '60' }, connections: { type: 'string', default: '50' } },
});
const SECONDS = Number(flags.seconds);
const CONNECTIONS = Number(flags.connections);
const CALLERS = 50;
const MIB = 1024 * 1024;

function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return Number(line?.[1] ?? 0) * 1024;
}

async function startServer() {
  const bin = new URL('../bin/contract-stubs.js', import.meta.url).pathname;
  const child = spawn(process.execPath, [bin, 'start', '--port', '0', '--stream-delay', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  for (let i = 0; i < 200 && !/^\s+controls\s/m.test(output); i++) await new Promise((r) => setTimeout(r, 50));
  const origin = /listening on (\S+)/.exec(output)?.[1];
  if (!origin || child.pid === undefined) throw new Error(`server did not start:\n${output}`);
  return { child, pid: child.pid, origin };
}

const server = await startServer();
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
    if (op.method === 'delete' || op.path.includes('{')) continue;
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

console.log(`soak: ${SECONDS} s at ${CONNECTIONS} connections across ${apis.map((a) => a.id).join(', ')}, two halves with a reset between`);
const samples: number[] = [];
const timer = setInterval(() => samples.push(rssOf(server.pid)), 1000);
const results = [];
const halfEnds: number[] = [];
for (let half = 0; half < 2; half++) {
  await (await fetch(`${server.origin}/__stubs/reset`, { method: 'POST' })).text();
  await Promise.all(populations.map((populate) => populate()));
  const { done } = startLoad({ url: server.origin, connections: CONNECTIONS, duration: SECONDS / 2, timeout: 10, requests });
  results.push(await done);
  halfEnds.push(rssOf(server.pid));
  console.log(`  half ${half + 1}: RSS ${((halfEnds.at(-1) ?? 0) / MIB).toFixed(1)} MiB`);
}
clearInterval(timer);
server.child.kill('SIGTERM');

const total = results.reduce((n, r) => n + r.requests.total, 0);
const errors = results.reduce((n, r) => n + r.errors, 0);
const timeouts = results.reduce((n, r) => n + r.timeouts, 0);
const serverErrors = Object.entries(statuses).filter(([key]) => Number(key.split(' ').at(-1)) >= 500);
const [firstEnd = 0, secondEnd = 0] = halfEnds;
const growth = secondEnd - firstEnd;
const flat = growth <= Math.max(10 * MIB, firstEnd * 0.05);
console.log(JSON.stringify(statuses, null, 2));
console.log(
  [
    `requests: ${total} (${(total / SECONDS).toFixed(0)}/s), latency p99 ${Math.max(...results.map((r) => r.latency.p99))} ms`,
    `connection errors: ${errors}, timeouts: ${timeouts}, 5xx: ${serverErrors.reduce((n, [, c]) => n + c, 0)}`,
    `RSS after each half: ${(firstEnd / MIB).toFixed(1)} → ${(secondEnd / MIB).toFixed(1)} MiB (${growth >= 0 ? '+' : ''}${(growth / MIB).toFixed(1)} MiB); peak ${(Math.max(...samples) / MIB).toFixed(1)} MiB`,
  ].join('\n'),
);
const ok = errors === 0 && timeouts === 0 && serverErrors.length === 0 && flat;
console.log(ok ? 'soak: PASS' : 'soak: FAIL');
process.exit(ok ? 0 : 1);
