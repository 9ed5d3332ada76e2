// The server's life as a process: graceful shutdown with answers in flight, `--state-file`
// restored across restarts, a corrupt file set aside, kill -9 during writes, and the bind
// address. Real processes, real signals.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/contract-stubs.js', import.meta.url).pathname;
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

async function start(args: string[]) {
  const child = spawn(process.execPath, [BIN, 'start', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  for (let i = 0; i < 200 && !/^\s+controls\s/m.test(output); i++) await new Promise((r) => setTimeout(r, 50));
  const origin = /listening on (\S+)/.exec(output)?.[1];
  if (!origin) throw new Error(`did not start:\n${output}`);
  return { child, origin, output: () => output };
}

async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  const exited = once(child, 'exit');
  child.kill(signal);
  const [code] = await exited;
  return code;
}

async function newSession(origin: string): Promise<string> {
  const answer = await fetch(`${origin}/microsite/api/auth/session`, { method: 'POST' });
  return ((await answer.json()) as { accessToken: string }).accessToken;
}

async function setGoal(origin: string, token: string, input: string) {
  const answer = await fetch(`${origin}/microsite/api/goal`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ input }),
  });
  expect(answer.status).toBe(200);
  await answer.text();
}

async function progressOf(origin: string, token: string) {
  return fetch(`${origin}/microsite/api/progress`, { headers: { authorization: `Bearer ${token}` } });
}

/** Creates an ally chat and starts a reply's stream: an answer still in flight. */
async function openChatStream(origin: string): Promise<Response> {
  const created = await fetch(`${origin}/ally/api/chats`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'How do I plan my week?' }),
  });
  const cookie = created.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const { id } = (await created.json()) as { id: string };
  return fetch(`${origin}/ally/api/chats/${id}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'And on Fridays?' }] }),
  });
}

const dir = () => mkdtempSync(join(tmpdir(), 'contract-stubs-state-'));

describe('graceful shutdown', () => {
  it('lets a stream in flight run to its end, then exits 0', async () => {
    const { child, origin } = await start(['--stream-delay', '40']);
    const stream = await openChatStream(origin);
    expect(stream.status).toBe(200);
    const exit = stop(child);
    const text = await stream.text();
    expect(text).toContain('event: text-end');
    expect(await exit).toBe(0);
  });
});

describe('--state-file', () => {
  it('writes the state as soon as a shutdown signal comes, before in-flight streams drain', async () => {
    const file = join(dir(), 'state.json');
    // No interval write within the test: only the shutdown writes the file.
    const { child, origin } = await start(['--state-file', file, '--state-interval', '3600000', '--stream-delay', '400']);
    const token = await newSession(origin);
    await setGoal(origin, token, 'Written before the drain');
    const stream = await openChatStream(origin);
    let streamEnded = false;
    const drained = stream.text().then(
      () => {
        streamEnded = true;
      },
      () => {},
    );
    child.kill('SIGTERM');
    for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(file)).toBe(true);
    // The stream (one event every 400 ms) is still running: the write did not wait for it.
    expect(streamEnded).toBe(false);
    // What `docker stop` does 10 s later: the state written on the signal survives it.
    child.kill('SIGKILL');
    await drained;
    expect(readFileSync(file, 'utf8')).toContain('Written before the drain');
  });

  it('restores every API state and the faker position after a restart', async () => {
    const file = join(dir(), 'state.json');
    const first = await start(['--state-file', file, '--seed', '5']);
    const token = await newSession(first.origin);
    await setGoal(first.origin, token, 'I want to build an AI agent for restaurants');
    const before = await (await progressOf(first.origin, token)).json();
    expect(await stop(first.child)).toBe(0);

    const second = await start(['--state-file', file, '--seed', '5']);
    expect(second.output()).toContain(`state restored from ${file}`);
    const after = await progressOf(second.origin, token);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual(before);
    // The faker continues where it stopped: a new session gets an id the old state never had.
    const other = await newSession(second.origin);
    const sessionId = (t: string) => JSON.parse(Buffer.from(t.split('.')[1] ?? '', 'base64url').toString()).sessionId;
    expect(sessionId(other)).not.toBe(sessionId(token));
    await stop(second.child);
  });

  it('sets a corrupt or truncated file aside with a warning and starts fresh', async () => {
    const folder = dir();
    const file = join(folder, 'state.json');
    const first = await start(['--state-file', file]);
    await setGoal(first.origin, await newSession(first.origin), 'Grow my bakery');
    await stop(first.child);
    const whole = readFileSync(file, 'utf8');
    for (const broken of [
      whole.slice(0, Math.floor(whole.length / 2)),
      '{"format":"contract-stubs-state","version":1,"seed":1,"apis":{"microsite":{"state":{"sessions":{"$t":"Nope"}},"fakerDraws":3}}}',
    ]) {
      writeFileSync(file, broken);
      const next = await start(['--state-file', file]);
      expect(next.output()).toMatch(/warning: state file .* cannot be loaded .*moved to .*corrupt-/);
      expect(readdirSync(folder).filter((name) => name.includes('.corrupt-')).length).toBeGreaterThan(0);
      await stop(next.child);
    }
  });

  it('reports every failed write, and exits 1 when the last one failed', async () => {
    const file = join(dir(), 'state.json');
    const { child, output } = await start(['--state-file', file, '--state-interval', '3600000']);
    // A directory where the file goes: every rename over it fails.
    mkdirSync(file);
    expect(await stop(child)).toBe(1);
    const failures = output().match(/error: state file .* was NOT written \(.*\); it has not been written since start/g) ?? [];
    // The write on the signal and the one after the drain.
    expect(failures).toHaveLength(2);
  });

  it('sets aside a hand-edited file of the wrong shape, and the API it named keeps working', async () => {
    const folder = dir();
    const file = join(folder, 'state.json');
    const first = await start(['--state-file', file]);
    await stop(first.child);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    written.apis.sage.state = 'x';
    writeFileSync(file, JSON.stringify(written));
    const next = await start(['--state-file', file]);
    expect(next.output()).toContain(
      `warning: state file ${file} cannot be loaded (sage: string ≠ object (not the state this version keeps))`,
    );
    const login = await fetch(`${next.origin}/sage/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'free@sage.test', password: 'SageDev2025!' }),
    });
    expect(login.status).toBe(200);
    await stop(next.child);
    // The file written on the way out is the fresh state, not the hand-edited one.
    expect(JSON.parse(readFileSync(file, 'utf8')).apis.sage.state).toMatchObject({ users: { $t: 'BoundedMap' } });
  });

  it('removes temp files a killed write left behind', async () => {
    const file = join(dir(), 'state.json');
    const leftover = `${file}.tmp-2147483646`;
    writeFileSync(leftover, '{"format":');
    const run = await start(['--state-file', file]);
    expect(run.output()).toContain(`removed ${leftover}, left by a write that was cut off`);
    expect(existsSync(leftover)).toBe(false);
    await stop(run.child);
  });

  // Four real process starts (each up to 10 s on a loaded machine) do not fit the default timeout.
  it('kill -9 at any moment leaves a whole file that loses at most the last interval', { timeout: 60_000 }, async () => {
    const file = join(dir(), 'state.json');
    const tokens: string[] = [];
    for (let round = 0; round < 4; round++) {
      const run = await start(['--state-file', file, '--state-interval', '20']);
      if (round > 0) expect(run.output()).toContain('state restored');
      // Everything written before this round survived every kill so far.
      for (const token of tokens) expect((await progressOf(run.origin, token)).status).toBe(200);
      const token = await newSession(run.origin);
      await setGoal(run.origin, token, `Round ${round}`);
      // A later interval writes this round's goal to disk (a write may outlast the interval
      // under load, so wait for it rather than for a fixed time).
      for (let i = 0; i < 100 && !(existsSync(file) && readFileSync(file, 'utf8').includes(`Round ${round}`)); i++)
        await new Promise((r) => setTimeout(r, 50));
      expect(readFileSync(file, 'utf8')).toContain(`Round ${round}`);
      tokens.push(token);
      // Keep writing while being killed mid-interval.
      const busy = Array.from({ length: 20 }, () => newSession(run.origin).catch(() => ''));
      await new Promise((r) => setTimeout(r, 5 + round * 7));
      run.child.kill('SIGKILL');
      await once(run.child, 'exit');
      await Promise.all(busy);
      JSON.parse(readFileSync(file, 'utf8'));
    }
  });
});

describe('bind address', () => {
  it('binds 127.0.0.1 by default, and another --host prints a warning', async () => {
    const local = await start([]);
    expect(local.origin).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(local.output()).not.toContain('warning');
    await stop(local.child);
    const wide = await start(['--host', '127.0.0.2']);
    expect(wide.output()).toContain('warning: listening on 127.0.0.2, reachable from other machines');
    await stop(wide.child);
  });
});
