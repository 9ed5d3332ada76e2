// `contract-stubs proxy` as a user runs it in CI: Prism's proxy in front of an off-contract
// backend, the violation printed naming the field, exit code 1.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/contract-stubs.js', import.meta.url).pathname;
let child: ChildProcess | undefined;
let upstream: Server | undefined;

afterEach(async () => {
  // SIGTERM, not SIGKILL: the command stops Prism (its own process group) on the way out.
  if (child && child.exitCode === null && child.signalCode === null) {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  child = undefined;
  upstream?.close();
  upstream = undefined;
});

describe('contract-stubs proxy', () => {
  it('prints a response violation naming the field and exits 1 with --fail-on-violation', { timeout: 45_000 }, async () => {
    upstream = createServer((req, res) => {
      req.resume();
      res.setHeader('content-type', 'application/json');
      res.end(req.method === 'POST' && req.url === '/api/auth/session' ? '{"accessToken":5}' : '{}');
    });
    await new Promise<void>((resolve) => upstream?.listen(0, '127.0.0.1', resolve));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;

    const proc = spawn(
      process.execPath,
      [BIN, 'proxy', '--api', 'microsite', '--upstream', upstreamUrl, '--port', '0', '--fail-on-violation'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child = proc;
    const exited = once(proc, 'exit');
    let output = '';
    proc.stdout.on('data', (chunk) => {
      output += chunk;
    });
    proc.stderr.on('data', (chunk) => {
      output += chunk;
    });
    for (let i = 0; i < 600 && !/listening on (\S+)/.test(output) && proc.exitCode === null; i++)
      await new Promise((r) => setTimeout(r, 50));
    const origin = /listening on (\S+)/.exec(output)?.[1];
    if (!origin) throw new Error(`did not start:\n${output}`);

    const answer = await fetch(`${origin}/api/auth/session`, { method: 'POST' });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ accessToken: 5 }); // passed through untouched

    const [code] = await exited;
    expect(code).toBe(1);
    expect(output).toContain('POST /api/auth/session → 200  response.body.accessToken: must be string');
    expect(output).toContain("response.body: must have required property 'refreshToken'");
  });

  it('refuses a missing --upstream or an unknown API in one line with a pointer to --help, exit code 2', async () => {
    for (const [args, message] of [
      [['--api', 'microsite'], '--upstream is required'],
      [['--api', 'nope', '--upstream', 'http://127.0.0.1:1'], 'unknown API "nope"'],
    ] as const) {
      const proc = spawn(process.execPath, [BIN, 'proxy', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      proc.stderr.on('data', (c) => {
        err += c;
      });
      const [code] = await once(proc, 'exit');
      expect(code).toBe(2);
      expect(err).toMatch(new RegExp(`^contract-stubs proxy: ${message}.*\nSee \`contract-stubs proxy --help\` for its options.\n$`));
    }
  });
});
