#!/usr/bin/env node
// Launcher. Installed from a tarball (under node_modules, where Node will not strip types)
// it runs the compiled CLI (dist/). From a checkout it runs the TypeScript sources, never a
// stale dist/, on this Node if it strips types (≥ 22.18), otherwise on the project's own
// Node 24 (the `node` devDependency), so `npx contract-stubs start` works on a machine whose
// system Node is older.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const compiled = new URL('../dist/src/node/cli.js', import.meta.url);
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const stripsTypes = major > 23 || (major === 23 && minor >= 6) || (major === 22 && minor >= 18);

async function run(entry) {
  const { main } = await import(entry);
  await main(args);
}

function fail(error) {
  console.error(`contract-stubs: ${error?.code === 'EADDRINUSE' ? `port in use (${error.message})` : (error?.message ?? error)}`);
  process.exit(1);
}

const installed = fileURLToPath(import.meta.url).includes(`${sep}node_modules${sep}`);

if (installed && existsSync(compiled)) {
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
  const child = spawn(projectNode, [fileURLToPath(import.meta.url), ...args], { stdio: 'inherit' });
  // A signal aimed at this launcher alone must still stop the real CLI.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
