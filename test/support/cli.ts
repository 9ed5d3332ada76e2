// The CLI as a user runs it: a real process of bin/contract-stubs.js.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export const BIN = new URL('../../bin/contract-stubs.js', import.meta.url).pathname;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr as they arrived, interleaved. */
  output: string;
}

/** Runs a command to its end: its exit code and what it wrote. */
export async function runCli(args: string[]): Promise<CliRun> {
  const proc = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const run: CliRun = { code: null, stdout: '', stderr: '', output: '' };
  proc.stdout.on('data', (chunk) => {
    run.stdout += chunk;
    run.output += chunk;
  });
  proc.stderr.on('data', (chunk) => {
    run.stderr += chunk;
    run.output += chunk;
  });
  [run.code] = (await once(proc, 'exit')) as [number | null];
  return run;
}
