// `npm run bench`: our server (every API in handlers/index.ts, validation on, stateful
// handlers; as `start` runs it, with requests in a context too, and with
// `--validator express-openapi-validator`) against `prism mock` (static and dynamic) on the same
// documents, on loopback, one server alive at a time, driven by autocannon; bare node:http and
// Express answering a fixed body as the machine's ceiling, which the targets are set against;
// plus cold start, peak RSS, MSW in-process throughput, the browser bundles' size
// (bench-bundle.ts), and `start --spec` beside `prism mock` on GitHub's 13 MB description
// (bench-spec.ts). `npm run bench:soak`: a long run with fresh sessions throughout,
// RSS sampled as it goes. Writes bench-results/bench.{md,svg,json} (or soak.*). Never part of `npm test`.
//
//   node scripts/bench.ts [--quick] [--duration <s>] [--api <id>] [--profile]
//   node scripts/bench.ts --soak [--requests <n>] [--connections <n>]
//   either with [--bin <launcher>]: ours from another launcher than this checkout's, e.g. the
//   package as a user installs it (docs/performance.md, "Fourth pass": `npm pack`, install the
//   tarball in a scratch directory, pass its node_modules/.bin/contract-stubs).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { apis } from '../handlers/index.ts';
import { freePort, prismBin } from '../src/node/prism.ts';
import { runLoad, startLoad } from './bench-autocannon.ts';
import { bundleChecks, bundleTable, measureBundles } from './bench-bundle.ts';
import { type AnswerHeaders, type BenchPlan, type BenchRequest, benchPlans } from './bench-plans.ts';
import { summariseProfile } from './bench-profile.ts';
import { benchSpec, specRows } from './bench-spec.ts';
import { renderChart } from './bench-svg.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'bench-results');
const HOST = '127.0.0.1';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    soak: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    duration: { type: 'string' },
    requests: { type: 'string', default: '1000000' },
    connections: { type: 'string', default: '50' },
    api: { type: 'string' },
    bin: { type: 'string', default: 'bin/contract-stubs.js' },
  },
});
const DURATION = Number(flags.duration ?? (flags.quick ? 3 : 10));
const WARMUP = flags.quick ? 1 : 3;
const CONNECTIONS = [10, 50];
const COLD_STARTS = flags.quick ? 1 : 3;
const MIB = 1024 * 1024;
/** The 1, 5 and 15 minute load averages: figures from a loaded machine are not comparable. */
const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const LOAD_AT_START = loadAverage();

// ---------------------------------------------------------------- processes

interface Server {
  name: string;
  origin: string;
  child: ChildProcess;
  /** ms from spawn to the first 2xx of every probe. */
  coldStartMs: number;
  stop(): Promise<void>;
}

function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}
const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) kill(child, 'SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

function launch(args: string[], env: NodeJS.ProcessEnv = process.env): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  children.add(child);
  let tail = '';
  const take = (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  // Keep draining: Prism logs per request and a full pipe would stall it.
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  child.once('exit', () => children.delete(child));
  return { child, output: () => tail };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  kill(child, 'SIGTERM');
  const timer = setTimeout(() => kill(child, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function tryRequest(origin: string, request: BenchRequest, headers: Record<string, string>): Promise<boolean> {
  try {
    const response = await fetch(origin + request.path, {
      method: request.method,
      headers: { ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}), ...request.headers, ...headers },
      ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
      signal: AbortSignal.timeout(2000),
    });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Polls every probe until each answered 2xx once; returns ms since `started`. */
async function waitReady(
  started: number,
  child: ChildProcess,
  output: () => string,
  probes: { origin: string; request: BenchRequest; headers: Record<string, string> }[],
): Promise<number> {
  const pending = new Set(probes);
  const deadline = started + 60_000;
  while (pending.size > 0) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output()}`);
    if (performance.now() > deadline) throw new Error(`server not ready within 60 s:\n${output()}`);
    for (const probe of [...pending]) if (await tryRequest(probe.origin, probe.request, probe.headers)) pending.delete(probe);
    if (pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return performance.now() - started;
}

/** Ours as `npm start` runs it (the core's validator), or with `--validator express-openapi-validator`. */
async function startOurs(
  plans: BenchPlan[],
  options: { profileDir?: string; validator?: 'express-openapi-validator' } = {},
): Promise<Server> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const started = performance.now();
  const nodeArgs = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir] : [];
  const { child, output } = launch([
    ...nodeArgs,
    flags.bin,
    'start',
    '--host',
    HOST,
    '--port',
    String(port),
    '--no-rate-limits',
    // The default pretty log writes a line per request to a pipe: ~8 % of the profile, not the stub's work.
    '--log',
    'off',
    ...(options.validator ? ['--validator', options.validator] : []),
  ]);
  const coldStartMs = await waitReady(
    started,
    child,
    output,
    plans.map((plan) => ({ origin: `${origin}/${plan.api}`, request: plan.probe, headers: {} })),
  );
  return { name: options.validator ? 'ours-eov' : 'ours', origin, child, coldStartMs, stop: () => stopChild(child) };
}

/** Bytes of the yardsticks' fixed answer: about ours' GET answers. */
const YARDSTICK_BODY_BYTES = 300;

async function startYardstick(kind: Yardstick, request: BenchRequest): Promise<Server> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const started = performance.now();
  const { child, output } = launch(['scripts/bench-yardstick.ts', kind, String(port), String(YARDSTICK_BODY_BYTES)]);
  const coldStartMs = await waitReady(started, child, output, [{ origin, request, headers: {} }]);
  return { name: kind, origin, child, coldStartMs, stop: () => stopChild(child) };
}

async function startPrism(plan: BenchPlan, dynamic: boolean): Promise<Server> {
  const port = await freePort();
  const origin = `http://${HOST}:${port}`;
  const started = performance.now();
  const args = [prismBin(), 'mock', '-h', HOST, '-p', String(port), '-v', 'silent', ...(dynamic ? ['-d'] : []), `openapi/${plan.api}.yaml`];
  const { child, output } = launch(args);
  const coldStartMs = await waitReady(started, child, output, [{ origin, request: plan.probe, headers: plan.prismHeaders }]);
  return { name: dynamic ? 'prism-dynamic' : 'prism-static', origin, child, coldStartMs, stop: () => stopChild(child) };
}

/** CPU time (user + system) the process has used, in µs; 0 where /proc cannot tell. */
function cpuTime(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    // Fields 14 and 15 (utime, stime) in clock ticks, after the command name in parentheses.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function procStatus(pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number {
  if (pid === undefined) return 0;
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

// ---------------------------------------------------------------- load

interface Measurement {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** The server's CPU time (user + system) per answered request, µs: moves less than req/s on shared cores. */
  cpuMicros?: number;
}

function toAutocannon(request: BenchRequest, headers: Record<string, string>) {
  return {
    method: request.method,
    path: request.path,
    headers: { ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}), ...request.headers, ...headers },
    ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
  };
}

/** `base` = origin + mount prefix; autocannon's request `path` replaces the URL's path, so the prefix goes into it. */
async function load(
  base: string,
  request: BenchRequest,
  headers: Record<string, string>,
  connections: number,
  duration: number,
  pid?: number,
): Promise<Measurement> {
  const url = new URL(base);
  const cpuBefore = cpuTime(pid);
  const result = await runLoad({
    url: url.origin,
    connections,
    duration,
    timeout: 10,
    requests: [{ ...toAutocannon(request, headers), path: url.pathname.replace(/\/$/, '') + request.path }],
  });
  const cpu = cpuTime(pid) - cpuBefore;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    ...(pid !== undefined && cpu > 0 ? { cpuMicros: cpu / Math.max(1, result.requests.total) } : {}),
  };
}

// ---------------------------------------------------------------- the comparison

/**
 * `ours`: `start` as it ships; `ours-context`: the same server, every request in a context
 * (`contract-stubs-context`, its own world, journalled with its bodies like every request);
 * `ours-eov`: `--validator express-openapi-validator`.
 */
type Target = 'ours' | 'ours-context' | 'ours-eov' | 'prism-static' | 'prism-dynamic';
const SERVERS = ['ours', 'ours-eov', 'prism-static', 'prism-dynamic'] as const;
const CONTEXT = { 'contract-stubs-context': 'bench' };
type Yardstick = 'node' | 'express';
const YARDSTICKS: Yardstick[] = ['node', 'express'];
type Kind = 'get' | 'post';

interface Row {
  api: string;
  kind: Kind;
  endpoint: string;
  connections: number;
  results: Partial<Record<Target, Measurement>>;
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/**
 * Each of the plan's requests under every variant (a target with its headers), one after the
 * other per connection count, so that two variants of one server are measured side by side.
 */
async function measureServer(
  server: Server,
  plan: BenchPlan,
  variants: { target: Target; headers: Record<string, string> }[],
  base: string,
  rows: Row[],
) {
  const pid = server.child.pid;
  for (const kind of ['get', 'post'] as const) {
    const request = plan[kind];
    // Warm-up (JIT, caches, Prism's lazy set-up), not recorded.
    for (const { headers } of variants) await load(base, request, headers, 10, WARMUP);
    for (const connections of CONNECTIONS) {
      for (const { target, headers } of variants) {
        const m = await load(base, request, headers, connections, DURATION, pid);
        let row = rows.find((r) => r.api === plan.api && r.kind === kind && r.connections === connections);
        if (!row) {
          row = { api: plan.api, kind, endpoint: `${request.method} ${request.path}`, connections, results: {} };
          rows.push(row);
        }
        row.results[target] = m;
        const bad = m.non2xx + m.errors > 0 ? `  (non-2xx ${m.non2xx}, errors ${m.errors})` : '';
        const cpu = m.cpuMicros === undefined ? '' : `  ${m.cpuMicros.toFixed(0)} µs CPU`;
        log(
          `  ${target.padEnd(13)} ${plan.api} ${row.endpoint.padEnd(22)} c=${String(connections).padEnd(2)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms${cpu}${bad}`,
        );
      }
    }
  }
}

function versions() {
  const read = (path: string) => (JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { version: string }).version;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // not a checkout
  }
  const cpuList = cpus();
  return {
    node: process.versions.node,
    prism: read('node_modules/@stoplight/prism-cli/package.json'),
    ours: `${read('package.json')} (${commit})${flags.bin === 'bin/contract-stubs.js' ? '' : `, run by ${flags.bin}`}`,
    autocannon: read('node_modules/autocannon/package.json'),
    cpus: `${cpuList.length} × ${cpuList[0]?.model.trim() ?? 'unknown'}`,
    memory: `${(totalmem() / MIB / 1024).toFixed(1)} GiB`,
  };
}

interface MswResult {
  /** The API whose bench-plan GET was sent. */
  api: string;
  /** `setupServer`, `fetch interceptor`, `getResponse` or `stubs.fetch` (see bench-msw.ts). */
  via: string;
  /** A bare MSW handler answering `{}` on the API's GET path, in place of ours. */
  bare: boolean;
  concurrency: number;
  rps: number;
  /** Process CPU time per request, µs. */
  cpuMicros: number;
  failures: number;
}

async function runMsw(seconds: number): Promise<MswResult[]> {
  const { child, output } = launch(['scripts/bench-msw.ts', '--seconds', String(seconds)]);
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  if (code !== 0) throw new Error(`bench-msw exited ${code}:\n${output()}`);
  return JSON.parse(stdout.trim().split('\n').pop() ?? '[]');
}

const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
const mark = (pass: boolean | undefined) => (pass === undefined ? 'n/a' : pass ? '**PASS**' : '**FAIL**');

/** One target: what was measured, its ratio to the yardstick, the bound, and whether it holds. */
interface Check {
  name: string;
  measured: string;
  ratio?: string;
  pass: boolean | undefined;
}

/** `value ÷ of ≥ min` (or `≤ max`), written as `0.62× (≥ 0.5×)`. */
function ratioCheck(
  name: string,
  measured: string,
  value: number | undefined,
  of: number | undefined,
  bound: { min: number } | { max: number },
): Check {
  const r = ratio(value, of);
  const pass = r === undefined ? undefined : 'min' in bound ? r >= bound.min : r <= bound.max;
  const wanted = 'min' in bound ? `≥ ${bound.min}×` : `≤ ${bound.max}×`;
  return { name, measured, ratio: `${fmt(r, 2)}× (${wanted})`, pass };
}

async function bench() {
  const machine = versions();
  log(`machine: ${machine.cpus}, ${machine.memory}; node ${machine.node}, prism ${machine.prism}, ours ${machine.ours}`);
  const selected = apis.filter((a) => !flags.api || a.id === flags.api);
  for (const definition of selected)
    if (!benchPlans[definition.id]) log(`${definition.id}: no bench plan (add one to scripts/bench-plans.ts)`);
  const plans = selected.map((a) => benchPlans[a.id]).filter((p): p is BenchPlan => p !== undefined);
  if (plans.length === 0) throw new Error('no API with a bench plan');
  const started = performance.now();
  mkdirSync(OUT, { recursive: true });
  const rows: Row[] = [];
  const peakRss: Partial<Record<Target, number>> = {};
  const coldStarts: Record<'ours' | 'prism', number[]> = { ours: [], prism: [] };

  // Cold starts, alternating: ours serving every API vs Prism serving the first plan's document.
  for (let i = 0; i < COLD_STARTS; i++) {
    const ours = await startOurs(plans);
    coldStarts.ours.push(ours.coldStartMs);
    await ours.stop();
    const prism = await startPrism(plans[0] as BenchPlan, false);
    coldStarts.prism.push(prism.coldStartMs);
    await prism.stop();
  }
  log(
    `cold start: ours ${coldStarts.ours.map((n) => n.toFixed(0)).join(', ')} ms; prism ${coldStarts.prism.map((n) => n.toFixed(0)).join(', ')} ms`,
  );
  // Any document: GitHub's REST description, `start --spec` beside `prism mock` (bench-spec.ts).
  const spec = specRows(await benchSpec(COLD_STARTS, flags.bin, log));

  // The ceiling, right before ours: a fixed answer to the first plan's GET, same load generator,
  // same connections. The throughput targets are ratios to bare Express 5.
  const yardsticks: { kind: Yardstick; connections: number; m: Measurement }[] = [];
  const firstGet = (plans[0] as BenchPlan).get;
  for (const kind of YARDSTICKS) {
    const server = await startYardstick(kind, firstGet);
    await load(server.origin, firstGet, {}, 10, WARMUP);
    for (const connections of CONNECTIONS) {
      const m = await load(server.origin, firstGet, {}, connections, DURATION, server.child.pid);
      yardsticks.push({ kind, connections, m });
      log(
        `  bare ${kind.padEnd(8)} fixed answer c=${String(connections).padEnd(2)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms`,
      );
    }
    await server.stop();
  }

  // Throughput: one server alive at a time; ours (plain and in a context, side by side), ours
  // with express-openapi-validator, then Prism static, then Prism dynamic.
  const profileDir = flags.profile ? join(OUT, `profile-${Date.now()}`) : undefined;
  for (const target of SERVERS) {
    if (target === 'ours' || target === 'ours-eov') {
      const eov = target === 'ours-eov';
      const server = await startOurs(plans, eov ? { validator: 'express-openapi-validator' } : profileDir ? { profileDir } : {});
      for (const plan of plans) {
        const base = `${server.origin}/${plan.api}`;
        const variants = [{ target: target as Target, headers: await plan.prepare(base) }];
        if (!eov) variants.push({ target: 'ours-context', headers: { ...(await plan.prepare(base, CONTEXT)), ...CONTEXT } });
        await measureServer(server, plan, variants, base, rows);
      }
      peakRss[target] = procStatus(server.child.pid, 'VmHWM');
      await server.stop();
    } else {
      for (const plan of plans) {
        const server = await startPrism(plan, target === 'prism-dynamic');
        await measureServer(server, plan, [{ target, headers: plan.prismHeaders }], server.origin, rows);
        peakRss[target] = Math.max(peakRss[target] ?? 0, procStatus(server.child.pid, 'VmHWM'));
        await server.stop();
      }
    }
  }

  const msw = await runMsw(DURATION);
  const mswOurs = msw.filter((m) => m.via === 'setupServer' && m.concurrency === 1 && !m.bare);
  for (const m of msw)
    log(
      `  ${m.via.padEnd(17)} c=${String(m.concurrency).padEnd(3)} ${m.bare ? 'bare MSW handler on ' : ''}${m.api} in-process GET ${m.rps.toFixed(0)} req/s, ${m.cpuMicros.toFixed(0)} µs CPU each${m.failures ? ` (${m.failures} failures)` : ''}`,
    );

  const bundles = await measureBundles((plans[0] as BenchPlan).api);
  for (const b of bundles)
    log(
      `  browser bundle ${b.name.padEnd(12)} ${(b.minifiedBytes / 1000).toFixed(1)} kB minified, ${(b.gzipBytes / 1000).toFixed(1)} kB gzip`,
    );

  const profile = profileDir ? summariseProfile(readdirSync(profileDir).map((f) => join(profileDir, f))) : undefined;

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const oursCold = median(coldStarts.ours);
  const prismCold = median(coldStarts.prism);
  const express = (connections: number) => yardsticks.find((y) => y.kind === 'express' && y.connections === connections)?.m;

  // ------------------------------------------------------------ report
  const lines: string[] = [];
  lines.push(`# contract-stubs benchmark — ${new Date().toISOString()}`, '');
  lines.push(
    `Machine: ${machine.cpus}, ${machine.memory}. Node ${machine.node}; Prism ${machine.prism}; contract-stubs ${machine.ours}; autocannon ${machine.autocannon}.`,
    `${DURATION} s per measurement after ${WARMUP} s warm-up; one server alive at a time; load generator on the same machine.`,
    `Load average when the run began: ${LOAD_AT_START}; when it ended: ${loadAverage()}.`,
    '',
  );
  const flag = (m: Measurement | undefined) => (m && m.non2xx + m.errors > 0 ? ` ⚠ ${m.non2xx + m.errors} non-2xx` : '');
  lines.push(
    '"ours": `npm start` as it ships (the core\'s compiled validator judges each request, memory flags as `start` sets them,',
    'rate limits off, log off); "context": the same server, each request carrying `contract-stubs-context` (its own world,',
    'journalled with its bodies, as every request is); "eov": `--validator express-openapi-validator`. "÷ Express": ours ÷ bare',
    'Express 5 answering a fixed body at the same connection count (scripts/bench-yardstick.ts).',
    '',
    '| API | endpoint | conns | ours req/s | ÷ Express | context req/s | eov req/s | Prism static req/s | Prism dynamic req/s | ours ÷ static | ours ÷ dynamic |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  );
  for (const row of rows) {
    const { ours: o, 'ours-context': x, 'ours-eov': e, 'prism-static': s, 'prism-dynamic': d } = row.results;
    lines.push(
      `| ${row.api} | ${row.endpoint} | ${row.connections} | ${fmt(o?.rps)}${flag(o)} | ${fmt(ratio(o?.rps, express(row.connections)?.rps), 2)}× | ${fmt(x?.rps)}${flag(x)} | ${fmt(e?.rps)}${flag(e)} | ${fmt(s?.rps)}${flag(s)} | ${fmt(d?.rps)}${flag(d)} | ${fmt(ratio(o?.rps, s?.rps), 1)}× | ${fmt(ratio(o?.rps, d?.rps), 1)}× |`,
    );
  }
  lines.push(
    '',
    "The servers' CPU time (user + system) per answered request, µs, and latency, ms:",
    '',
    '| API | endpoint | conns | ours CPU µs | context CPU µs | eov CPU µs | ours p50 / p99 | context p50 / p99 | eov p50 / p99 | static p50 / p99 | dynamic p50 / p99 |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  );
  const latency = (m: Measurement | undefined) => `${fmt(m?.p50)} / ${fmt(m?.p99)}`;
  for (const row of rows) {
    const r = row.results;
    lines.push(
      `| ${row.api} | ${row.endpoint} | ${row.connections} | ${fmt(r.ours?.cpuMicros)} | ${fmt(r['ours-context']?.cpuMicros)} | ${fmt(r['ours-eov']?.cpuMicros)} | ${latency(r.ours)} | ${latency(r['ours-context'])} | ${latency(r['ours-eov'])} | ${latency(r['prism-static'])} | ${latency(r['prism-dynamic'])} |`,
    );
  }
  lines.push(
    '',
    `The ceiling on this machine under the same load generator: a server that only answers a fixed ${YARDSTICK_BODY_BYTES}-byte`,
    `JSON body to \`${firstGet.method} ${firstGet.path}\` (scripts/bench-yardstick.ts). No mock server here can beat these figures.`,
    '',
    '| bare server | conns | req/s | p50 / p99 ms | CPU µs per request |',
    '| --- | --: | --: | --: | --: |',
  );
  for (const { kind, connections, m } of yardsticks)
    lines.push(`| ${kind === 'node' ? 'node:http' : 'Express 5'} | ${connections} | ${fmt(m.rps)} | ${latency(m)} | ${fmt(m.cpuMicros)} |`);
  lines.push('');
  lines.push(
    '| measure | ours | Prism | ours ÷ Prism |',
    '| --- | --: | --: | --: |',
    `| cold start to first 2xx (ms, median of ${COLD_STARTS}; ours: all ${apis.length} APIs, Prism: ${plans[0]?.api}) | ${fmt(oursCold)} | ${fmt(prismCold)} | ${fmt(ratio(oursCold, prismCold), 2)} |`,
    `| peak RSS, VmHWM (MiB; ours / eov; Prism: static / dynamic) | ${fmt((peakRss.ours ?? 0) / MIB, 1)} / ${fmt((peakRss['ours-eov'] ?? 0) / MIB, 1)} | ${fmt((peakRss['prism-static'] ?? 0) / MIB, 1)} / ${fmt((peakRss['prism-dynamic'] ?? 0) / MIB, 1)} | ${fmt(ratio(peakRss.ours, peakRss['prism-static']), 2)} |`,
    ...spec.lines,
    '',
    '## In-process GET (scripts/bench-msw.ts)',
    '',
    "`setupServer`: `fetch` through MSW's mock socket; `fetch interceptor`: `fetch` patched in-process",
    "(`@mswjs/interceptors/fetch/web` under `msw/experimental` `defineNetwork`); `getResponse`: MSW's",
    'handler resolution without interception; `stubs.fetch`: the core without MSW. "bare": an MSW handler',
    "answering `{}` on the same URL, in place of ours. CPU is the process's user + system time per request.",
    '',
    '| path | requests in flight | API | ours req/s | bare req/s | ours ÷ bare | ours CPU µs | bare CPU µs |',
    '| --- | --: | --- | --: | --: | --: | --: | --: |',
    ...msw
      .filter((m) => !m.bare)
      .map((m) => {
        const bare = msw.find((b) => b.bare && b.api === m.api && b.via === m.via && b.concurrency === m.concurrency);
        return `| ${m.via} | ${m.concurrency} | ${m.api} | ${fmt(m.rps)}${m.failures ? ` (${m.failures} failures)` : ''} | ${fmt(bare?.rps)} | ${fmt(ratio(m.rps, bare?.rps), 2)} | ${fmt(m.cpuMicros)} | ${fmt(bare?.cpuMicros)} |`;
      }),
    '',
  );

  lines.push(
    '## Browser bundles (scripts/bench-bundle.ts)',
    '',
    "Vite's production build of a page that starts MSW's worker (`msw/browser`) with one API, and with every API;",
    'MSW itself, faker and Ajv included.',
    '',
    ...bundleTable(bundles),
    '',
  );

  // Targets (issue 22): PASS/FAIL, never asserted; ratios within this run.
  const checks: Check[] = [];
  for (const plan of plans) {
    const at = (kind: Kind, c: number) => rows.find((r) => r.api === plan.api && r.kind === kind && r.connections === c)?.results;
    for (const c of CONNECTIONS) {
      const bare = express(c)?.rps;
      const g = at('get', c)?.ours;
      const p = at('post', c)?.ours;
      checks.push(
        ratioCheck(`${plan.api}: validated GET ≥ 0.5× bare Express 5 (c=${c})`, `${fmt(g?.rps)} vs ${fmt(bare)} req/s`, g?.rps, bare, {
          min: 0.5,
        }),
      );
      checks.push(
        ratioCheck(`${plan.api}: validated POST ≥ 0.33× bare Express 5 (c=${c})`, `${fmt(p?.rps)} vs ${fmt(bare)} req/s`, p?.rps, bare, {
          min: 0.33,
        }),
      );
    }
    for (const kind of ['get', 'post'] as const) {
      const ms = at(kind, 50)?.ours?.p99;
      checks.push({
        name: `${plan.api}: ${kind.toUpperCase()} ${plan[kind].path} p99 ≤ 10 ms at 50 connections`,
        measured: `${fmt(ms)} ms`,
        pass: ms === undefined ? undefined : ms <= 10,
      });
    }
    // What contexts and the journal's bodies cost a request: the context row beside the plain
    // one, by the server's CPU per request (req/s moves more with the machine's other work).
    for (const kind of ['get', 'post'] as const)
      for (const c of CONNECTIONS) {
        const r = at(kind, c);
        checks.push(
          ratioCheck(
            `${plan.api}: ${kind.toUpperCase()} c=${c} in a context costs ≤ 5 % more CPU per request (${fmt(r?.['ours-context']?.rps)} vs ${fmt(r?.ours?.rps)} req/s)`,
            `${fmt(r?.['ours-context']?.cpuMicros)} vs ${fmt(r?.ours?.cpuMicros)} µs`,
            r?.['ours-context']?.cpuMicros,
            r?.ours?.cpuMicros,
            { max: 1.05 },
          ),
        );
      }
  }
  checks.push(
    ratioCheck(
      `cold start, all ${apis.length} APIs ≤ 0.5× Prism's with one document`,
      `${fmt(oursCold)} vs ${fmt(prismCold)} ms`,
      oursCold,
      prismCold,
      { max: 0.5 },
    ),
  );
  checks.push(
    ratioCheck(
      "peak RSS in this run ≤ 0.5× Prism static's (the soak is the real test: npm run bench:soak)",
      `${fmt((peakRss.ours ?? 0) / MIB, 1)} vs ${fmt((peakRss['prism-static'] ?? 0) / MIB, 1)} MiB`,
      peakRss.ours,
      peakRss['prism-static'],
      { max: 0.5 },
    ),
  );
  for (const { name, pass, measured } of spec.checks) checks.push({ name, measured, pass });
  // Through MSW's handler resolution alone (getResponse) and through its mock socket
  // (setupServer), each beside a bare MSW handler answering `{}` on the same URL.
  const mswBounds = { getResponse: 0.8, setupServer: 0.9 } as const;
  for (const via of ['getResponse', 'setupServer'] as const)
    for (const m of msw.filter((r) => r.via === via && !r.bare)) {
      const bare = msw.find((b) => b.bare && b.api === m.api && b.via === via && b.concurrency === m.concurrency);
      checks.push(
        ratioCheck(
          `MSW ${via}: ${m.api} GET ≥ ${mswBounds[via]}× a bare MSW handler on the same path (${m.concurrency} in flight)`,
          `${fmt(m.rps)} vs ${fmt(bare?.rps)} req/s`,
          m.rps,
          bare?.rps,
          { min: mswBounds[via] },
        ),
      );
    }
  for (const check of bundleChecks(bundles)) checks.push({ name: check.name, measured: check.measured, pass: check.pass });
  const held = checks.filter((c) => c.pass === true).length;
  lines.push(`## Targets: ${held} of ${checks.length} hold`, '', '| target | measured | ratio | result |', '| --- | --: | --: | --- |');
  for (const check of checks) lines.push(`| ${check.name} | ${check.measured} | ${check.ratio ?? '–'} | ${mark(check.pass)} |`);
  lines.push('');
  if (profile) lines.push('## CPU profile of our server under this run (self time)', '', profile, '');
  lines.push(`Total bench time: ${((performance.now() - started) / 1000).toFixed(0)} s.`, '');

  const markdown = lines.join('\n');
  writeFileSync(join(OUT, 'bench.md'), markdown);
  writeFileSync(join(OUT, 'bench.svg'), renderChart(rows, mswOurs));
  writeFileSync(join(OUT, 'bench.json'), JSON.stringify({ machine, rows, yardsticks, coldStarts, peakRss, msw, bundles, checks }, null, 2));
  process.stdout.write(`${markdown}\nWrote ${join(OUT, 'bench.md')}, bench.svg, bench.json\n`);
}

// ---------------------------------------------------------------- soak

async function soak() {
  const machine = versions();
  const total = Number(flags.requests);
  const connections = Number(flags.connections);
  log(`machine: ${machine.cpus}, ${machine.memory}; node ${machine.node}, ours ${machine.ours}`);
  const selected = apis.filter((a) => !flags.api || a.id === flags.api);
  for (const definition of selected) if (!benchPlans[definition.id]) log(`${definition.id}: no bench plan`);
  const plans = selected.map((a) => benchPlans[a.id]).filter((p): p is BenchPlan => p !== undefined);
  if (plans.length === 0) throw new Error('no API with a bench plan');
  mkdirSync(OUT, { recursive: true });
  const server = await startOurs(plans);

  // Every connection loops: for each API, a fresh session then the plan's calls with it.
  type Ctx = Record<string, Record<string, string>>;
  let fresh = 0;
  const requests = plans.flatMap((plan) =>
    plan.soak.map((step) => ({
      ...toAutocannon(step, {}),
      path: `/${plan.api}${step.path}`,
      ...(step.authenticated || step.bodyFor
        ? {
            setupRequest: (req: { headers?: Record<string, string>; body?: string }, context: Ctx) => ({
              ...req,
              ...(step.authenticated ? { headers: { ...req.headers, ...context[plan.api] } } : {}),
              ...(step.bodyFor ? { body: JSON.stringify(step.bodyFor(++fresh)) } : {}),
            }),
          }
        : {}),
      ...(step.capture
        ? {
            onResponse: (status: number, body: string, context: Ctx, headers: AnswerHeaders) => {
              if (status >= 200 && status < 300 && step.capture) context[plan.api] = step.capture(JSON.parse(body), headers);
            },
          }
        : {}),
    })),
  );
  const samples: { t: number; done: number; rss: number }[] = [];
  let done = 0;
  const t0 = performance.now();
  const sample = () => samples.push({ t: (performance.now() - t0) / 1000, done, rss: procStatus(server.child.pid, 'VmRSS') });
  sample();
  const timer = setInterval(() => {
    sample();
    const last = samples[samples.length - 1];
    if (last) log(`  ${last.t.toFixed(0)} s: ${done} requests, RSS ${(last.rss / MIB).toFixed(1)} MiB`);
  }, 3000);
  const { instance, done: finished } = startLoad({ url: server.origin, connections, amount: total, timeout: 10, requests });
  instance.on('response', () => {
    done++;
  });
  const result = await finished;
  clearInterval(timer);
  sample();
  const peak = procStatus(server.child.pid, 'VmHWM');
  await server.stop();

  // The yardstick: Prism static's peak RSS, as `npm run bench` measures it: each plan's document
  // alone, under its GET and POST at the soak's connection count (the largest of the five).
  let prismPeak = 0;
  for (const plan of plans) {
    const prism = await startPrism(plan, false);
    for (const kind of ['get', 'post'] as const) await load(prism.origin, plan[kind], plan.prismHeaders, connections, DURATION);
    prismPeak = Math.max(prismPeak, procStatus(prism.child.pid, 'VmHWM'));
    await prism.stop();
  }
  log(`  Prism static peak RSS: ${(prismPeak / MIB).toFixed(1)} MiB`);

  const half = samples.filter((s) => s.done >= total / 2);
  const first = samples.filter((s) => s.done < total / 2);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  // Least-squares slope of RSS against requests over the second half, in MiB per 100k requests.
  const slope = (() => {
    const xs = half.map((s) => s.done);
    const ys = half.map((s) => s.rss / MIB);
    const mx = mean(xs);
    const my = mean(ys);
    const num = xs.reduce((acc, x, i) => acc + (x - mx) * ((ys[i] ?? 0) - my), 0);
    const den = xs.reduce((acc, x) => acc + (x - mx) ** 2, 0);
    return den === 0 ? 0 : (num / den) * 100_000;
  })();
  const firstMean = mean(first.map((s) => s.rss / MIB));
  const secondMean = mean(half.map((s) => s.rss / MIB));
  const secondGrowth = slope * (total / 2 / 100_000);
  const flat = secondGrowth <= Math.max(5, secondMean * 0.05);

  // The target is for every API; a run driving fewer says so rather than passing for all.
  const served = plans.length === apis.length ? 'all APIs' : `only ${plans.map((p) => p.api).join(', ')} (not the target's all APIs)`;
  const lines = [
    `# contract-stubs soak — ${new Date().toISOString()}`,
    '',
    `Machine: ${machine.cpus}, ${machine.memory}. Node ${machine.node}; contract-stubs ${machine.ours}.`,
    `${total} requests over ${connections} connections; each loop per API: ${plans.map((p) => `${p.api}: ${p.soak.map((s) => `${s.method} ${s.path}`).join(' → ')}`).join('; ')}.`,
    '',
    '| measure | value |',
    '| --- | --: |',
    `| requests done / 2xx / non-2xx / errors | ${result.requests.total} / ${result['2xx']} / ${result.non2xx} / ${result.errors + result.timeouts} |`,
    `| duration (s) | ${fmt(result.duration, 1)} |`,
    `| mean req/s | ${fmt(result.requests.average)} |`,
    `| latency p50 / p99 (ms) | ${fmt(result.latency.p50)} / ${fmt(result.latency.p99)} |`,
    `| RSS mean, first half / second half (MiB) | ${fmt(firstMean, 1)} / ${fmt(secondMean, 1)} |`,
    `| RSS slope over the second half (MiB per 100k requests) | ${fmt(slope, 2)} |`,
    `| peak RSS, VmHWM (MiB) | ${fmt(peak / MIB, 1)} |`,
    `| Prism static's peak RSS, VmHWM (MiB; each plan's document under its GET and POST, ${DURATION} s each) | ${fmt(prismPeak / MIB, 1)} |`,
    `| load average at the start / at the end | ${LOAD_AT_START} / ${loadAverage()} |`,
    '',
    '| target | measured | ratio | result |',
    '| --- | --: | --: | --- |',
    `| peak RSS after the soak ≤ 0.5× Prism static's, ${served} | ${fmt(peak / MIB, 1)} vs ${fmt(prismPeak / MIB, 1)} MiB | ${fmt(ratio(peak, prismPeak), 2)}× (≤ 0.5×) | ${mark(prismPeak > 0 ? peak <= 0.5 * prismPeak : undefined)} |`,
    `| no growth trend over the second half (≤ max(5 MiB, 5 %) extrapolated) | ${fmt(secondGrowth, 1)} MiB | – | ${mark(flat)} |`,
    '',
    'RSS samples (s, requests, MiB):',
    '',
    '```',
    ...samples.map((s) => `${s.t.toFixed(1).padStart(7)} ${String(s.done).padStart(9)} ${(s.rss / MIB).toFixed(1).padStart(7)}`),
    '```',
    '',
  ];
  const markdown = lines.join('\n');
  writeFileSync(join(OUT, 'soak.md'), markdown);
  writeFileSync(join(OUT, 'soak.json'), JSON.stringify({ machine, total, connections, samples, peak, prismPeak, slope }, null, 2));
  process.stdout.write(`${markdown}\nWrote ${join(OUT, 'soak.md')}\n`);
}

await (flags.soak ? soak() : bench());
process.exit(0);
