#!/usr/bin/env node
// Launcher. Installed from a tarball (under node_modules, where Node will not strip types)
// it runs the compiled CLI (dist/). From a checkout it runs the TypeScript sources, never a
// stale dist/, on this Node if it strips types (≥ 22.18), otherwise on the project's own
// Node 24 (the `node` devDependency), so `npx contract-stubs start` works on a machine whose
// system Node is older.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import nodeModule, { createRequire } from 'node:module';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);

// The server's memory settings (docs/performance.md, "Third pass — memory"). V8 sizes the young
// generation for throughput (32 MiB per semi-space here, 64 MiB committed while idle: more than
// the stubs' live heap) and lets the old generation grow to several times what is live; with
// these flags a server with all five APIs stays near 150 MiB through the soak instead of 300+.
// glibc's per-thread malloc arenas (crypto work runs on libuv's threads) are capped likewise.
// Heap flags only act when Node starts, so `start` (also the default command) replaces this
// process with one that has them (`process.execve`: same pid, stdio and signals, so `npm start`,
// `npx` and process managers see no difference). What the user set (flags, NODE_OPTIONS, env) wins.
// They cost throughput (about a quarter, and p99 doubles: docs/performance.md); V8 refuses
// `--no-optimize-for-size` in NODE_OPTIONS, so CONTRACT_STUBS_NODE_FLAGS replaces the list
// (empty: V8's defaults) for load tests that want speed over memory. `--no-maglev` leaves hot
// code to Sparkplug and TurboFan: Maglev's mid-tier code and compile memory raised the peak
// by ~5 MiB over the soak and ~10–20 MiB over a bench run (docs/performance.md, fourth pass).
const SERVER_V8_FLAGS = (process.env.CONTRACT_STUBS_NODE_FLAGS ?? '--max-semi-space-size=2 --optimize-for-size --no-maglev')
  .split(/\s+/)
  .filter(Boolean);
const SERVER_ENV = { MALLOC_ARENA_MAX: '2' };
const serving =
  args[0] === undefined || args[0] === 'start' || (args[0].startsWith('-') && !['--version', '-v', '--help', '-h'].includes(args[0]));
const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
const flagName = (arg) => arg.split('=')[0].replace(/^--no-/, '--');
const missingFlags = SERVER_V8_FLAGS.filter((flag) => !given.some((arg) => flagName(arg) === flagName(flag)));
const compiled = new URL('../dist/src/node/cli.js', import.meta.url);
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

async function run(entry) {
  // Node keeps what it compiled (and, from a checkout, the TypeScript it stripped of types) in a
  // cache under the temp directory, checked against each file's contents: about a fifth of a
  // cold start saved from the second run on (docs/performance.md). NODE_COMPILE_CACHE picks
  // the directory; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  nodeModule.enableCompileCache?.();
  const { main } = await import(entry);
  await main(args);
}

function fail(error) {
  console.error(`contract-stubs: ${error?.code === 'EADDRINUSE' ? `port in use (${error.message})` : (error?.message ?? error)}`);
  process.exit(1);
}

const installed = fileURLToPath(import.meta.url).includes(`${sep}node_modules${sep}`);

const runsHere = (installed && existsSync(compiled)) || stripsTypes;

if (serving && runsHere && missingFlags.length > 0 && typeof process.execve === 'function') {
  process.execve(process.execPath, [process.execPath, ...process.execArgv, ...missingFlags, fileURLToPath(import.meta.url), ...args], {
    ...SERVER_ENV,
    ...process.env,
  });
} else if (installed && existsSync(compiled)) {
  run(compiled.href).catch(fail);
} else if (stripsTypes) {
  run(new URL('../src/node/cli.ts', import.meta.url).href).catch(fail);
} else {
  let projectNode;
  try {
    projectNode = createRequire(import.meta.url).resolve('node/bin/node');
  } catch {
    fail(`Node ${process.versions.node} cannot run the TypeScript sources; run \`npm install\` (it brings Node 24) or use Node ≥ 22.18.`);
  }
  const child = spawn(projectNode, [...(serving ? missingFlags : []), fileURLToPath(import.meta.url), ...args], {
    stdio: 'inherit',
    env: serving ? { ...SERVER_ENV, ...process.env } : process.env,
  });
  // A signal aimed at this launcher alone must still stop the real CLI.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
