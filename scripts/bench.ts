// `npm run bench`: our server (every API in handlers/index.ts, validation on, stateful
// handlers; with express-openapi-validator and with `--validator core`) against `prism mock`
// (static and dynamic) on the same documents, on loopback, one server alive at a time, driven
// by autocannon; bare node:http and Express answering a fixed body as the machine's ceiling;
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
import { cpus, totalmem } from 'node:os';
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

/** Ours as `npm start` runs it (express-openapi-validator), or with `--validator core`. */
async function startOurs(plans: BenchPlan[], options: { profileDir?: string; validator?: 'core' } = {}): Promise<Server> {
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
  return { name: options.validator ? 'ours-core' : 'ours', origin, child, coldStartMs, stop: () => stopChild(child) };
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
async function load(base: string, request: BenchRequest, headers: Record<string, string>, connections: number, duration: number) {
  const url = new URL(base);
  const result = await runLoad({
    url: url.origin,
    connections,
    duration,
    timeout: 10,
    requests: [{ ...toAutocannon(request, headers), path: url.pathname.replace(/\/$/, '') + request.path }],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  } satisfies Measurement;
}

// ---------------------------------------------------------------- the comparison

type Target = 'ours' | 'ours-core' | 'prism-static' | 'prism-dynamic';
const TARGETS: Target[] = ['ours', 'ours-core', 'prism-static', 'prism-dynamic'];
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

async function measureServer(server: Server, plan: BenchPlan, headers: Record<string, string>, base: string, rows: Row[]) {
  const target = server.name as Target;
  for (const kind of ['get', 'post'] as const) {
    const request = plan[kind];
    // Warm-up (JIT, caches, Prism's lazy set-up), not recorded.
    await load(base, request, headers, 10, WARMUP);
    for (const connections of CONNECTIONS) {
      const m = await load(base, request, headers, connections, DURATION);
      let row = rows.find((r) => r.api === plan.api && r.kind === kind && r.connections === connections);
      if (!row) {
        row = { api: plan.api, kind, endpoint: `${request.method} ${request.path}`, connections, results: {} };
        rows.push(row);
      }
      row.results[target] = m;
      const bad = m.non2xx + m.errors > 0 ? `  (non-2xx ${m.non2xx}, errors ${m.errors})` : '';
      log(
        `  ${target.padEnd(13)} ${plan.api} ${row.endpoint.padEnd(22)} c=${String(connections).padEnd(2)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms${bad}`,
      );
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
  api: string;
  /** `setupServer`, `fetch interceptor`, `getResponse` or `stubs.fetch` (see bench-msw.ts). */
  via: string;
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

  // Throughput: one server alive at a time; ours, then Prism static, then Prism dynamic.
  const profileDir = flags.profile ? join(OUT, `profile-${Date.now()}`) : undefined;
  for (const target of TARGETS) {
    if (target === 'ours' || target === 'ours-core') {
      const server = await startOurs(plans, target === 'ours-core' ? { validator: 'core' } : profileDir ? { profileDir } : {});
      for (const plan of plans) {
        const base = `${server.origin}/${plan.api}`;
        await measureServer(server, plan, await plan.prepare(base), base, rows);
      }
      peakRss[target] = procStatus(server.child.pid, 'VmHWM');
      await server.stop();
    } else {
      for (const plan of plans) {
        const server = await startPrism(plan, target === 'prism-dynamic');
        await measureServer(server, plan, plan.prismHeaders, server.origin, rows);
        peakRss[target] = Math.max(peakRss[target] ?? 0, procStatus(server.child.pid, 'VmHWM'));
        await server.stop();
      }
    }
  }

  // The ceiling: a fixed answer to the first plan's GET, same load generator, same connections.
  const yardsticks: { kind: Yardstick; connections: number; m: Measurement }[] = [];
  const firstGet = (plans[0] as BenchPlan).get;
  for (const kind of YARDSTICKS) {
    const server = await startYardstick(kind, firstGet);
    await load(server.origin, firstGet, {}, 10, WARMUP);
    for (const connections of CONNECTIONS) {
      const m = await load(server.origin, firstGet, {}, connections, DURATION);
      yardsticks.push({ kind, connections, m });
      log(
        `  bare ${kind.padEnd(8)} fixed answer c=${String(connections).padEnd(2)} ${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms`,
      );
    }
    await server.stop();
  }

  const msw = await runMsw(DURATION);
  const mswOurs = msw.filter((m) => m.via === 'setupServer' && m.concurrency === 1 && plans.some((p) => p.api === m.api));
  for (const m of msw)
    log(
      `  ${m.via.padEnd(17)} c=${String(m.concurrency).padEnd(3)} ${m.api} in-process GET ${m.rps.toFixed(0)} req/s, ${m.cpuMicros.toFixed(0)} µs CPU each${m.failures ? ` (${m.failures} failures)` : ''}`,
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

  // ------------------------------------------------------------ report
  const lines: string[] = [];
  lines.push(`# contract-stubs benchmark — ${new Date().toISOString()}`, '');
  lines.push(
    `Machine: ${machine.cpus}, ${machine.memory}. Node ${machine.node}; Prism ${machine.prism}; contract-stubs ${machine.ours}; autocannon ${machine.autocannon}.`,
    `${DURATION} s per measurement after ${WARMUP} s warm-up; one server alive at a time; load generator on the same machine.`,
    '',
  );
  const flag = (m: Measurement | undefined) => (m && m.non2xx + m.errors > 0 ? ` ⚠ ${m.non2xx + m.errors} non-2xx` : '');
  lines.push(
    '"ours": `npm start` as it ships (express-openapi-validator judges each request); "core": `--validator core` (the',
    "core's compiled validator, the one MSW runs, judges it). Both with `start`'s memory flags, rate limits off, log off.",
    '',
    '| API | endpoint | conns | ours req/s | core req/s | Prism static req/s | Prism dynamic req/s | ours / core ÷ static | ours / core ÷ dynamic |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: |',
  );
  for (const row of rows) {
    const { ours: o, 'ours-core': c, 'prism-static': s, 'prism-dynamic': d } = row.results;
    lines.push(
      `| ${row.api} | ${row.endpoint} | ${row.connections} | ${fmt(o?.rps)}${flag(o)} | ${fmt(c?.rps)}${flag(c)} | ${fmt(s?.rps)}${flag(s)} | ${fmt(d?.rps)}${flag(d)} | ${fmt(ratio(o?.rps, s?.rps), 1)}× / ${fmt(ratio(c?.rps, s?.rps), 1)}× | ${fmt(ratio(o?.rps, d?.rps), 1)}× / ${fmt(ratio(c?.rps, d?.rps), 1)}× |`,
    );
  }
  lines.push(
    '',
    '| API | endpoint | conns | ours p50 / p99 ms | core p50 / p99 ms | static p50 / p99 ms | dynamic p50 / p99 ms |',
    '| --- | --- | --: | --: | --: | --: | --: |',
  );
  const latency = (m: Measurement | undefined) => `${fmt(m?.p50)} / ${fmt(m?.p99)}`;
  for (const row of rows) {
    const r = row.results;
    lines.push(
      `| ${row.api} | ${row.endpoint} | ${row.connections} | ${latency(r.ours)} | ${latency(r['ours-core'])} | ${latency(r['prism-static'])} | ${latency(r['prism-dynamic'])} |`,
    );
  }
  lines.push(
    '',
    `The ceiling on this machine under the same load generator: a server that only answers a fixed ${YARDSTICK_BODY_BYTES}-byte`,
    `JSON body to \`${firstGet.method} ${firstGet.path}\` (scripts/bench-yardstick.ts). No mock server here can beat these figures;`,
    "a target above them measures the machine, not the stubs. Ours' best GET (any API) is set beside them.",
    '',
    '| bare server | conns | req/s | p50 / p99 ms | best GET, ours ÷ it | best GET, core ÷ it |',
    '| --- | --: | --: | --: | --: | --: |',
  );
  const bestGet = (target: Target, connections: number) =>
    Math.max(0, ...rows.filter((r) => r.kind === 'get' && r.connections === connections).map((r) => r.results[target]?.rps ?? 0));
  for (const { kind, connections, m } of yardsticks)
    lines.push(
      `| ${kind === 'node' ? 'node:http' : 'Express 5'} | ${connections} | ${fmt(m.rps)} | ${latency(m)} | ${fmt(ratio(bestGet('ours', connections), m.rps), 2)} | ${fmt(ratio(bestGet('ours-core', connections), m.rps), 2)} |`,
    );
  lines.push('');
  lines.push(
    '| measure | ours | Prism | ours ÷ Prism |',
    '| --- | --: | --: | --: |',
    `| cold start to first 2xx (ms, median of ${COLD_STARTS}; ours: all ${selected.length} APIs, Prism: ${plans[0]?.api}) | ${fmt(oursCold)} | ${fmt(prismCold)} | ${fmt(ratio(oursCold, prismCold), 2)} |`,
    `| peak RSS, VmHWM (MiB; ours / core; Prism: static / dynamic) | ${fmt((peakRss.ours ?? 0) / MIB, 1)} / ${fmt((peakRss['ours-core'] ?? 0) / MIB, 1)} | ${fmt((peakRss['prism-static'] ?? 0) / MIB, 1)} / ${fmt((peakRss['prism-dynamic'] ?? 0) / MIB, 1)} | ${fmt(ratio(peakRss.ours, peakRss['prism-static']), 2)} |`,
    ...spec.lines,
    '',
    '## In-process GET (scripts/bench-msw.ts)',
    '',
    "`setupServer`: `fetch` through MSW's mock socket; `fetch interceptor`: `fetch` patched in-process",
    "(`@mswjs/interceptors/fetch/web` under `msw/experimental` `defineNetwork`); `getResponse`: MSW's",
    'handler resolution without interception; `stubs.fetch`: the core without MSW. CPU is the',
    "process's user + system time per request.",
    '',
    '| path | requests in flight | API | req/s | CPU µs per request |',
    '| --- | --: | --- | --: | --: |',
    ...msw.map(
      (m) =>
        `| ${m.via} | ${m.concurrency} | ${m.api} | ${fmt(m.rps)}${m.failures ? ` (${m.failures} failures)` : ''} | ${fmt(m.cpuMicros)} |`,
    ),
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

  // Targets: PASS/FAIL, never asserted.
  // Each target judged for ours as shipped and for `--validator core` where it applies.
  type Verdict = { pass: boolean | undefined; measured: string };
  const checks: { name: string; ours: Verdict; core?: Verdict }[] = [];
  const atLeast = (value: number | undefined, min: number): Verdict => ({
    pass: value === undefined ? undefined : value >= min,
    measured: `${fmt(value, 1)}×`,
  });
  for (const plan of plans) {
    const at = (kind: Kind, c: number) => rows.find((r) => r.api === plan.api && r.kind === kind && r.connections === c)?.results;
    for (const c of CONNECTIONS) {
      const g = at('get', c);
      const p = at('post', c);
      const each = (min: number, of: Partial<Record<Target, Measurement>> | undefined, prism: Target) => ({
        ours: atLeast(ratio(of?.ours?.rps, of?.[prism]?.rps), min),
        core: atLeast(ratio(of?.['ours-core']?.rps, of?.[prism]?.rps), min),
      });
      checks.push({ name: `${plan.api}: validated GET ≥ 30× Prism dynamic (c=${c})`, ...each(30, g, 'prism-dynamic') });
      checks.push({ name: `${plan.api}: validated GET ≥ 3× Prism static (c=${c})`, ...each(3, g, 'prism-static') });
      checks.push({ name: `${plan.api}: validated POST ≥ 20× Prism dynamic (c=${c})`, ...each(20, p, 'prism-dynamic') });
    }
    for (const kind of ['get', 'post'] as const) {
      const p99 = (target: Target): Verdict => {
        const ms = at(kind, 50)?.[target]?.p99;
        return { pass: ms === undefined ? undefined : ms <= 10, measured: `${fmt(ms)} ms` };
      };
      checks.push({ name: `${plan.api}: ${kind.toUpperCase()} p99 ≤ 10 ms at 50 connections`, ours: p99('ours'), core: p99('ours-core') });
    }
  }
  checks.push({
    name: 'all APIs ready before Prism serves one document',
    ours: { pass: oursCold < prismCold, measured: `${fmt(oursCold)} vs ${fmt(prismCold)} ms` },
  });
  const rss = (target: Target): Verdict => ({
    pass: (peakRss[target] ?? Infinity) <= 150 * MIB,
    measured: `${fmt((peakRss[target] ?? 0) / MIB, 1)} MiB`,
  });
  checks.push({ name: 'peak RSS ≤ 150 MiB, all APIs (this run; the soak is the real test)', ours: rss('ours'), core: rss('ours-core') });
  for (const { name, pass, measured } of spec.checks) checks.push({ name, ours: { pass, measured } });
  // Through MSW's mock socket (setupServer) and through its handler resolution alone
  // (getResponse), each beside what a bare MSW handler answering `{}` reaches on that path.
  for (const via of ['setupServer', 'getResponse'])
    for (const m of msw.filter((r) => r.via === via && plans.some((p) => p.api === r.api))) {
      const bare = msw.find((r) => r.via === via && r.concurrency === m.concurrency && !plans.some((p) => p.api === r.api));
      checks.push({
        name: `MSW ${via} in-process ≥ 10,000 req/s (${m.api} GET, ${m.concurrency} in flight)`,
        ours: { pass: m.rps >= 10_000, measured: `${fmt(m.rps)} req/s (bare MSW ${fmt(bare?.rps)})` },
      });
    }
  for (const check of bundleChecks(bundles)) checks.push({ name: check.name, ours: { pass: check.pass, measured: check.measured } });
  lines.push('| target | ours | result | core | result |', '| --- | --: | --- | --: | --- |');
  for (const { name, ours, core } of checks)
    lines.push(`| ${name} | ${ours.measured} | ${mark(ours.pass)} | ${core?.measured ?? '–'} | ${core ? mark(core.pass) : ''} |`);
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
    '',
    '| target | measured | result |',
    '| --- | --: | --- |',
    `| peak RSS ≤ 150 MiB after the soak, ${served} | ${fmt(peak / MIB, 1)} MiB | ${mark(peak <= 150 * MIB)} |`,
    `| no growth trend over the second half (≤ max(5 MiB, 5 %) extrapolated) | ${fmt(secondGrowth, 1)} MiB | ${mark(flat)} |`,
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
  writeFileSync(join(OUT, 'soak.json'), JSON.stringify({ machine, total, connections, samples, peak, slope }, null, 2));
  process.stdout.write(`${markdown}\nWrote ${join(OUT, 'soak.md')}\n`);
}

await (flags.soak ? soak() : bench());
process.exit(0);
