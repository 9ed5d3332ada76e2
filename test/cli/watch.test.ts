// `start --watch` on a temporary copy of the package: edits to a fixture, a document and the
// state's shape reload the API in place; a document that no longer parses keeps the last good one.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
let copy: string;
let child: ChildProcess;
let output = '';
let origin = '';

async function waitFor(pattern: RegExp, from: number): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const match = pattern.exec(output.slice(from));
    if (match) return match[0];
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${pattern} in:\n${output.slice(from)}`);
}

/** Edits a file of the copy and waits for the watcher's verdict on it. */
async function edit(file: string, change: (text: string) => string, verdict: RegExp): Promise<string> {
  const from = output.length;
  const path = join(copy, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return waitFor(verdict, from);
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'contract-stubs-watch-'));
  for (const entry of ['package.json', 'bin', 'src', 'handlers', 'fixtures', 'openapi'])
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  child = spawn(process.execPath, [join(copy, 'bin/contract-stubs.js'), 'start', '--port', '0', '--watch', '--log', 'off'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c) => {
    output += c;
  });
  child.stderr?.on('data', (c) => {
    output += c;
  });
  await waitFor(/watching\s/, 0);
  origin = /listening on (\S+)/.exec(output)?.[1] ?? '';
}, 30_000);

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(copy, { recursive: true, force: true });
});

it('reloads an API on edits, keeping its state while the shape fits, and keeps serving a document that broke', async () => {
  const base = `${origin}/microsite/api`;
  const json = { 'content-type': 'application/json' };
  const { accessToken } = await (await fetch(`${base}/auth/session`, { method: 'POST' })).json();
  const auth = { authorization: `Bearer ${accessToken}`, ...json };
  // A new session each time: a session's mission catalogue is fixed by its first goal.
  const missionTitles = async () => {
    const session = await (await fetch(`${base}/auth/session`, { method: 'POST' })).json();
    const headers = { authorization: `Bearer ${session.accessToken}`, ...json };
    const response = await fetch(`${base}/goal`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ input: 'An AI agent for restaurants' }),
    });
    return ((await response.json()) as { missions: Array<{ title: string }> }).missions.map((m) => m.title);
  };
  const progress = () => fetch(`${base}/progress`, { headers: auth });
  expect(await missionTitles()).toContain('Sketch the Agent Flow for Restaurants');

  // A fixture (imported by a handler) changes: new answers, same session.
  await edit(
    'fixtures/microsite/missions.ts',
    (t) => t.replace('Sketch the Agent Flow', 'Draw the Agent Flow'),
    /reloaded microsite \(state kept\)/,
  );
  expect(await missionTitles()).toContain('Draw the Agent Flow for Restaurants');
  expect((await progress()).status).toBe(200);

  // A document that no longer parses is reported; the last good one keeps serving.
  const yaml = readFileSync(join(copy, 'openapi/microsite.yaml'), 'utf8');
  await edit(
    'openapi/microsite.yaml',
    (t) => `${t}\n  broken: [unclosed\n`,
    /openapi\/microsite\.yaml no longer parses: .*; still serving the last good version of microsite/,
  );
  expect((await progress()).status).toBe(200);
  expect((await (await fetch(`${origin}/microsite/openapi.json`)).json()).info.title).toBe('Microsite API');

  // Fixed, with a change: the new document is served and validates; the session is still there.
  await edit(
    'openapi/microsite.yaml',
    () => yaml.replace('title: Microsite API', 'title: Microsite API (edited)').replace('maxLength: 2000', 'maxLength: 5'),
    /reloaded microsite \(state kept\)/,
  );
  expect((await (await fetch(`${origin}/microsite/openapi.json`)).json()).info.title).toBe('Microsite API (edited)');
  // Requests are validated against the new document.
  const long = await fetch(`${base}/goal`, { method: 'POST', headers: auth, body: JSON.stringify({ input: 'longer than five' }) });
  expect(await long.json()).toEqual({ error: { code: 400, message: 'body.input: must NOT have more than 5 characters' } });
  expect((await progress()).status).toBe(200);

  // A handler that no longer loads is reported and the last good one keeps answering.
  const env = readFileSync(join(copy, 'handlers/microsite/env.ts'), 'utf8');
  await edit(
    'handlers/microsite/env.ts',
    (t) => `${t}\nexport const = ;\n`,
    /handlers\/microsite no longer load: .*; still serving the last good version of microsite/,
  );
  expect((await progress()).status).toBe(200);

  // The state changes shape: the API starts from a clean world and says why.
  await edit(
    'handlers/microsite/env.ts',
    () => env.replace('  return {\n    sessions: new BoundedMap', '  return {\n    visits: new Map(),\n    sessions: new BoundedMap'),
    /reloaded microsite \(state reset: state: new visits\)/,
  );
  expect((await progress()).status).toBe(404);
  // Other APIs were never touched.
  expect((await fetch(`${origin}/ally/api/health`)).status).toBe(200);
}, 60_000);
