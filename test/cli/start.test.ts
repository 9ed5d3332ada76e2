// The CLI as a user runs it: a real process, real flags, a real port, a clean stop.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/contract-stubs.js', import.meta.url).pathname;
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

async function start(args: string[]): Promise<{ origin: string; output: () => string }> {
  child = spawn(process.execPath, [BIN, 'start', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  // The controls line is printed last: once it is there, the whole banner is.
  for (let i = 0; i < 200 && !/^\s+controls\s/m.test(output); i++) await new Promise((r) => setTimeout(r, 50));
  const origin = /listening on (\S+)/.exec(output)?.[1];
  if (!origin) throw new Error(`did not start:\n${output}`);
  return { origin, output: () => output };
}

describe('contract-stubs start', () => {
  it('serves every API under /<id>, lists them at /, and stops cleanly on SIGTERM', async () => {
    const { origin, output } = await start(['--seed', '3']);
    expect(output()).toContain(`${origin}/microsite`);
    const listing = await (await fetch(`${origin}/`)).json();
    expect(listing.apis.map((a: { id: string }) => a.id)).toContain('microsite');
    const session = await fetch(`${origin}/microsite/api/auth/session`, { method: 'POST' });
    expect(session.status).toBe(200);
    const document = await (await fetch(`${origin}/microsite/openapi.json`)).json();
    expect(document.info.title).toBe('Microsite API');
    child?.kill('SIGTERM');
    const [code] = await once(child as ChildProcess, 'exit');
    expect(code).toBe(0);
  });

  it('serves one API at the root with --api', async () => {
    const { origin } = await start(['--api', 'microsite']);
    expect((await fetch(`${origin}/api/auth/session`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(`${origin}/microsite/api/auth/session`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${origin}/__stubs/requests`)).status).toBe(200);
  });

  it('refuses unknown flags and APIs with usage and exit code 2', async () => {
    for (const args of [['--nope'], ['--api', 'nope'], ['--port', 'abc']]) {
      const proc = spawn(process.execPath, [BIN, 'start', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      proc.stderr.on('data', (c) => {
        err += c;
      });
      const [code] = await once(proc, 'exit');
      expect(code).toBe(2);
      expect(err).toContain('Usage: contract-stubs start');
    }
  });
});
