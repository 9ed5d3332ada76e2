// `start --spec` on GitHub's REST description (@octokit/openapi: 13 MB, ≈1,200 operations)
// beside `prism mock` on the same file: time from spawn to the first 2xx answer (`GET /`, the
// API's root), and the process's peak RSS (VmHWM) once it has answered it and a few more GETs.
// One server alive at a time, alternating. A row of `npm run bench`; alone:
// `node scripts/bench-spec.ts [--runs <n>]` prints its table.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { freePort, prismBin } from '../src/node/prism.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const HOST = '127.0.0.1';
const MIB = 1024 * 1024;
export const GITHUB_DESCRIPTION = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
/** Answered after the first request, before peak RSS is read: a root, a list, an item, a search. */
const FOLLOW_UPS = ['/repos/octocat/hello-world', '/repos/octocat/hello-world/issues', '/users/octocat', '/search/repositories?q=stubs'];

export interface SpecStart {
  firstAnswerMs: number;
  peakRssBytes: number;
}

function peakRss(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match?.[1] ? Number(match[1]) * 1024 : 0;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function ok(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

async function measure(args: string[], origin: string): Promise<SpecStart> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString('utf8')).slice(-2000);
  });
  try {
    while (!(await ok(`${origin}/`))) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited (${child.exitCode}): ${errors}`);
      if (performance.now() - started > 120_000) throw new Error(`${args.join(' ')}: no answer within 120 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const firstAnswerMs = performance.now() - started;
    for (const path of FOLLOW_UPS) await ok(origin + path);
    return { firstAnswerMs, peakRssBytes: peakRss(child.pid) };
  } finally {
    await stop(child);
  }
}

export async function startOursOnSpec(bin: string): Promise<SpecStart> {
  const port = await freePort();
  return measure(
    [bin, 'start', '--spec', GITHUB_DESCRIPTION, '--host', HOST, '--port', String(port), '--log', 'off'],
    `http://${HOST}:${port}`,
  );
}

export async function startPrismOnSpec(): Promise<SpecStart> {
  const port = await freePort();
  return measure([prismBin(), 'mock', '-h', HOST, '-p', String(port), '-v', 'silent', GITHUB_DESCRIPTION], `http://${HOST}:${port}`);
}

export interface SpecBench {
  runs: number;
  ours: SpecStart;
  prism: SpecStart;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** `runs` alternating starts of each; the medians. */
export async function benchSpec(
  runs: number,
  bin = 'bin/contract-stubs.js',
  log: (line: string) => void = console.log,
): Promise<SpecBench> {
  const ours: SpecStart[] = [];
  const prism: SpecStart[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await startOursOnSpec(bin));
    prism.push(await startPrismOnSpec());
    const [o, p] = [ours.at(-1), prism.at(-1)];
    log(
      `  GitHub description: ours ${o?.firstAnswerMs.toFixed(0)} ms, ${((o?.peakRssBytes ?? 0) / MIB).toFixed(0)} MiB; prism ${p?.firstAnswerMs.toFixed(0)} ms, ${((p?.peakRssBytes ?? 0) / MIB).toFixed(0)} MiB`,
    );
  }
  const pick = (xs: SpecStart[]) => ({
    firstAnswerMs: median(xs.map((x) => x.firstAnswerMs)),
    peakRssBytes: median(xs.map((x) => x.peakRssBytes)),
  });
  return { runs, ours: pick(ours), prism: pick(prism) };
}

/** The rows of `npm run bench`'s measure table, and its two targets. */
export function specRows(result: SpecBench) {
  const fmt = (n: number, digits = 0) => (Number.isNaN(n) ? '–' : n.toFixed(digits));
  const { ours, prism, runs } = result;
  const time = ours.firstAnswerMs / prism.firstAnswerMs;
  const rss = ours.peakRssBytes / prism.peakRssBytes;
  return {
    lines: [
      `| GitHub description (13 MB, \`start --spec\` vs \`prism mock\`): first 2xx (ms, median of ${runs}) | ${fmt(ours.firstAnswerMs)} | ${fmt(prism.firstAnswerMs)} | ${fmt(time, 2)} |`,
      `| GitHub description: peak RSS after ${FOLLOW_UPS.length + 1} GETs, VmHWM (MiB) | ${fmt(ours.peakRssBytes / MIB, 1)} | ${fmt(prism.peakRssBytes / MIB, 1)} | ${fmt(rss, 2)} |`,
    ],
    checks: [
      { name: 'GitHub description: first answer in ≤ ½ of Prism’s time', pass: time <= 0.5, measured: `${fmt(time, 2)}×` },
      { name: 'GitHub description: peak RSS ≤ ½ of Prism’s', pass: rss <= 0.5, measured: `${fmt(rss, 2)}×` },
    ],
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, bin: { type: 'string', default: 'bin/contract-stubs.js' } },
  });
  const result = await benchSpec(Number(values.runs), values.bin);
  const { lines, checks } = specRows(result);
  console.log(['| measure | ours | Prism | ours ÷ Prism |', '| --- | --: | --: | --: |', ...lines].join('\n'));
  for (const check of checks) console.log(`${check.name}: ${check.measured} ${check.pass ? 'PASS' : 'FAIL'}`);
}
