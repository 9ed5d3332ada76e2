// The CLI as a user runs it: a real process, real flags, a real port, a clean stop.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/contract-stubs.js', import.meta.url).pathname;
let child: ChildProcess | undefined;

afterEach(() => {
  child?.kill('SIGKILL');
  child = undefined;
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
}

async function start(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ origin: string; output: () => string }> {
  child = spawn(process.execPath, [BIN, 'start', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
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

  it('serves from the same process, relaunched with its memory flags unless the user set them', async () => {
    const commandLine = () => execFileSync('ps', ['-o', 'args=', '-p', String(child?.pid)], { encoding: 'utf8' });
    const { origin } = await start([]);
    expect(commandLine()).toMatch(/ --max-semi-space-size=2 --optimize-for-size .*contract-stubs\.js start --port 0/);
    expect((await fetch(`${origin}/ally/api/health`)).status).toBe(200);
    child?.kill('SIGKILL');
    await start([], { ...process.env, NODE_OPTIONS: '--max-semi-space-size=8' });
    expect(commandLine()).toMatch(/ --optimize-for-size .*contract-stubs\.js start/);
    expect(commandLine()).not.toContain('--max-semi-space-size');
    child?.kill('SIGKILL');
    await start([], { ...process.env, CONTRACT_STUBS_NODE_FLAGS: '' });
    expect(commandLine()).toMatch(/contract-stubs\.js start --port 0/);
    expect(commandLine()).not.toMatch(/--max-semi-space-size|--optimize-for-size/);
  });

  it('serves one API at the root with --api', async () => {
    const { origin } = await start(['--api', 'microsite']);
    expect((await fetch(`${origin}/api/auth/session`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(`${origin}/microsite/api/auth/session`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${origin}/__stubs/requests`)).status).toBe(200);
  });

  it('prints one plain line per request (no colour off a terminal), the refusal explained beneath it', async () => {
    const { origin, output } = await start([]);
    await fetch(`${origin}/microsite/api/auth/session`, { method: 'POST' });
    await fetch(`${origin}/microsite/api/goal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await waitFor(() => /↳/.test(output()));
    expect(output()).toMatch(/^\d\d:\d\d:\d\d POST +microsite +\/microsite\/api\/auth\/session 200 [\d.]+ms$/m);
    expect(output()).toMatch(
      /^\d\d:\d\d:\d\d POST +microsite +\/microsite\/api\/goal 400 [\d.]+ms\n {2}↳ refused: body.input: is required$/m,
    );
    expect(output()).not.toContain('\u001b[');
  });

  it('prints one JSON object per request with --log json, and nothing with --log off', async () => {
    const { origin, output } = await start(['--log', 'json']);
    await fetch(`${origin}/ally/api/chats`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    await waitFor(() => output().includes('{"id":1'));
    const line = output()
      .split('\n')
      .find((l) => l.startsWith('{'));
    expect(JSON.parse(line ?? '')).toMatchObject({
      api: 'ally',
      method: 'POST',
      path: '/ally/api/chats',
      status: 400,
      issues: [{ in: 'body', field: 'prompt', message: 'is required' }],
    });
    child?.kill('SIGKILL');
    const quiet = await start(['--log', 'off']);
    await fetch(`${quiet.origin}/ally/api/health`);
    await new Promise((r) => setTimeout(r, 200));
    expect(quiet.output()).not.toContain('/ally/api/health');
  });

  it('refuses unknown flags and APIs with one line, a pointer to --help and exit code 2', async () => {
    for (const [args, message] of [
      [['--nope'], "unknown option '--nope'"],
      [['--api', 'nope'], 'unknown API "nope"'],
      [['--port', 'abc'], '--port must be a non-negative integer, got "abc"'],
      [['--log', 'loud'], '--log must be one of pretty, json, off, got "loud"'],
    ] as const) {
      const proc = spawn(process.execPath, [BIN, 'start', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      proc.stderr.on('data', (c) => {
        err += c;
      });
      const [code] = await once(proc, 'exit');
      expect(code).toBe(2);
      expect(err).toBe(`contract-stubs start: ${message}\nSee \`contract-stubs start --help\` for its options.\n`);
    }
  });

  it('takes --latency, --fault-rate and --fault-kinds, shows them at /__stubs/settings, and logs each delay and fault', async () => {
    const { origin, output } = await start(['--latency', '0-20', '--fault-rate', '0.25', '--fault-kinds', 'error,reset']);
    expect(await (await fetch(`${origin}/__stubs/settings`)).json()).toEqual({
      latency: '0-20',
      faultRate: 0.25,
      faultKinds: ['error', 'reset'],
      overrides: [],
    });
    await (await fetch(`${origin}/ally/api/health`, { headers: { prefer: 'fault=error, delay=150' } })).text();
    await expect(fetch(`${origin}/ally/api/health`, { headers: { prefer: 'fault=reset, delay=0' } })).rejects.toThrow(TypeError);
    await waitFor(() => /fault=reset/.test(output()));
    expect(output()).toMatch(/^\d\d:\d\d:\d\d GET +ally +\/ally\/api\/health 50[03] [\d.]+ms delay=150ms fault=error$/m);
    expect(output()).toMatch(/^\d\d:\d\d:\d\d GET +ally +\/ally\/api\/health no answer [\d.]+ms fault=reset$/m);
  });

  // Three processes at once: slow on a loaded machine.
  it('refuses a --latency, --fault-rate or --fault-kinds that makes no sense, with one line and exit code 2', {
    timeout: 60_000,
  }, async () => {
    const refusals = [
      [['--latency', 'slow'], /--latency must be "<ms>" or "<min>-<max>" in whole milliseconds from 0 to 60000, got "slow"/],
      [['--fault-rate', '1.5'], /--fault-rate must be a number from 0 to 1, got "1.5"/],
      [
        ['--fault-kinds', 'error,boom'],
        /--fault-kinds must be a comma-separated list of error, reset, empty, malformed, hang; "boom" is none of them/,
      ],
    ] as const;
    const runs = refusals.map(async ([args, message]) => {
      const proc = spawn(process.execPath, [BIN, 'start', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      proc.stderr.on('data', (c) => {
        err += c;
      });
      const [code] = await once(proc, 'exit');
      return { args, message, code, err };
    });
    for (const { args, message, code, err } of await Promise.all(runs)) {
      expect(code, args.join(' ')).toBe(2);
      expect(err, args.join(' ')).toMatch(new RegExp(`^contract-stubs start: ${message.source}\nSee \`contract-stubs start --help\``));
    }
  });

  it('refuses a --socket-push-ms that is not from 1 ms to the longest timer, with exit code 2', async () => {
    const refusals = ['0', '-5', 'soon', '2147483648'].map(async (value) => {
      const proc = spawn(process.execPath, [BIN, 'start', `--socket-push-ms=${value}`], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      proc.stderr.on('data', (c) => {
        err += c;
      });
      const [code] = await once(proc, 'exit');
      return { value, code, err };
    });
    for (const { value, code, err } of await Promise.all(refusals)) {
      expect(code, value).toBe(2);
      expect(err, value).toMatch(
        /^contract-stubs start: --socket-push-ms must be .*\nSee `contract-stubs start --help` for its options\.\n$/,
      );
    }
  });
  it('--allowed-hosts and --cors-origins widen what is served; entries that are not names or origins are refused with exit code 2', async () => {
    const { origin } = await start(['--allowed-hosts', 'stubs.example.com, .corp.example', '--cors-origins', 'https://app.example.com']);
    const { port } = new URL(origin);
    const controls = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, path: '/__stubs/apis', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await controls('stubs.example.com')).toBe(200);
    expect(await controls('a.corp.example')).toBe(200);
    expect(await controls('evil.example')).toBe(403);
    const health = await fetch(`${origin}/ally/api/health`, { headers: { origin: 'https://app.example.com' } });
    expect(health.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    child?.kill('SIGKILL');

    const refusals = [
      ['--allowed-hosts', 'http://x.example', /--allowed-hosts: "http:\/\/x.example" is not a host name/],
      ['--cors-origins', 'app.example.com', /--cors-origins: "app.example.com" is not an origin/],
    ] as const;
    for (const [flag, value, message] of refusals) {
      const proc = spawn(process.execPath, [BIN, 'start', flag, value], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      proc.stderr.on('data', (c) => {
        err += c;
      });
      const [code] = await once(proc, 'exit');
      expect(code, flag).toBe(2);
      expect(err, flag).toMatch(message);
      expect(err).toContain('See `contract-stubs start --help`');
    }
  });

  it('--validator core serves with the core judging requests; an unknown validator is refused', async () => {
    const { origin } = await start(['--validator', 'core']);
    const session = await fetch(`${origin}/microsite/api/auth/session`, { method: 'POST' });
    const { accessToken } = (await session.json()) as { accessToken: string };
    const goal = (body: unknown) =>
      fetch(`${origin}/microsite/api/goal`, {
        method: 'POST',
        headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await goal({ input: 'I want to build an AI agent for restaurants' })).status).toBe(200);
    const refused = await goal({ input: 5 });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: { code: 400, message: expect.stringContaining('input') } });

    const proc = spawn(process.execPath, [BIN, 'start', '--validator', 'ajv'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    proc.stderr.on('data', (c) => {
      err += c;
    });
    const [code] = await once(proc, 'exit');
    expect(code).toBe(2);
    expect(err).toMatch(/^contract-stubs start: --validator must be one of core, express-openapi-validator, got "ajv"\n/);
  });

  it('loads --scenario <api>:<name> at start and prints its headers; a bad one is refused with exit 2', async () => {
    const { origin, output } = await start(['--scenario', 'microsite:call-unlocked', '--scenario', 'microsite:missions-in-progress']);
    await waitFor(() => (output().match(/^\s+scenario\s/gm) ?? []).length === 2);
    const printed = output()
      .split('\n')
      .filter((line) => /^\s+scenario\s/.test(line))
      .map((line) => JSON.parse(line.replace(/^\s+scenario\s+/, '')));
    expect(printed.map((p) => p.scenario)).toEqual(['call-unlocked', 'missions-in-progress']);
    const unlock = await fetch(`${origin}/microsite/api/unlock-status`, { headers: printed[0].headers });
    expect(await unlock.json()).toEqual({ callUnlocked: true });
    child?.kill('SIGKILL');
    const refused: [string, string][] = [
      ['microsite', '--scenario must be <api>:<name>, got "microsite"'],
      ['microsite:nope', 'No scenario "nope" in microsite'],
    ];
    for (const [spec, message] of refused) {
      const failing = spawn(process.execPath, [BIN, 'start', '--port', '0', '--scenario', spec], { stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      failing.stderr?.on('data', (chunk) => {
        text += chunk;
      });
      const [code] = await once(failing, 'exit');
      expect(code).toBe(2);
      expect(text).toContain(message);
    }
  });
});
