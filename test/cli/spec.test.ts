// `contract-stubs start --spec` and `lint --spec` as a user runs them, on documents of their
// own: YAML and JSON, 3.0 and 3.1, split across files; served at the root or each under its
// file name, stateful by convention (or not, --stateless), kept by --state-file, reloaded by
// --watch when a $ref'd file changes.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, runCli } from '../support/cli.ts';

const PETSTORE = new URL('../fixtures/petstore/openapi.yaml', import.meta.url).pathname;
const SPLIT = new URL('../fixtures/split-spec/', import.meta.url).pathname;
const children: ChildProcess[] = [];
const temps: string[] = [];

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'contract-stubs-spec-'));
  temps.push(dir);
  return dir;
}

interface Started {
  child: ChildProcess;
  origin: string;
  output: () => string;
}

async function waitFor(pattern: RegExp, output: () => string, from = 0): Promise<void> {
  for (let i = 0; i < 300 && !pattern.test(output().slice(from)); i++) await new Promise((r) => setTimeout(r, 50));
  if (!pattern.test(output().slice(from))) throw new Error(`no ${pattern} in:\n${output().slice(from)}`);
}

async function start(args: string[]): Promise<Started> {
  const child = spawn(process.execPath, [BIN, 'start', '--port', '0', '--log', 'off', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  await waitFor(/^\s+controls\s/m, () => output);
  const origin = /listening on (\S+)/.exec(output)?.[1];
  if (!origin) throw new Error(`did not start:\n${output}`);
  return { child, origin, output: () => output };
}

const json = { 'content-type': 'application/json' };
const key = { ...json, 'x-api-key': 'any key at all' };
const bearer = { ...json, authorization: 'Bearer any-token' };

describe('start --spec', () => {
  it('serves one YAML 3.0 document at the root: examples, validation, security, collections, docs', async () => {
    const { origin, output } = await start(['--spec', PETSTORE, '--strict']);
    expect(output()).toMatch(/0 operation\(s\) answered by handlers, 10 from the document/);
    // Nothing stored yet: the document's example.
    expect(await (await fetch(`${origin}/pets`)).json()).toMatchObject({ total: 2, items: [{ name: 'Rex' }, { name: 'Tom' }] });
    // The API key is checked for presence; its error in the document's shape ({code, message}).
    const refused = await fetch(`${origin}/pets`, { method: 'POST', headers: json, body: '{"name":"Rex"}' });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ code: 401, message: 'header.X-API-Key: is required (API key of security scheme apiKey)' });
    const invalid = await fetch(`${origin}/pets`, { method: 'POST', headers: key, body: '{"name":"Rex","weight":0}' });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toEqual({ code: 400, message: 'body.weight: must be > 0' });
    // Stored, completed to the item schema (id, default status, createdAt), and read back.
    const created = await fetch(`${origin}/pets`, { method: 'POST', headers: key, body: '{"name":"Rex","tag":null}' });
    expect(created.status).toBe(201);
    const pet = await created.json();
    expect(pet).toMatchObject({ id: 1, name: 'Rex', tag: null, status: 'available' });
    expect(await (await fetch(`${origin}/pets/1`)).json()).toEqual(pet);
    expect(await (await fetch(`${origin}/pets`)).json()).toEqual({ items: [pet], total: 1 });
    const listing = await (await fetch(`${origin}/__stubs/apis`)).json();
    expect(listing[0].answeredBy.document).toContain('POST /pets');
    expect(listing[0].answeredBy.collections).toContain('GET /pets/{petId}');
    expect((await fetch(`${origin}/docs`)).status).toBe(200);
    expect((await (await fetch(`${origin}/openapi.json`)).json()).info.title).toBe('Petstore (document only)');
  });

  it('mounts several documents (JSON and a 3.1 one split across files) each under its file name', async () => {
    const dir = temp();
    const asJson = join(dir, 'pets.json');
    writeFileSync(asJson, JSON.stringify(parse(readFileSync(PETSTORE, 'utf8'))));
    const { origin } = await start(['--spec', asJson, '--spec', join(SPLIT, 'openapi.yaml')]);
    const listing = await (await fetch(`${origin}/`)).json();
    expect(listing.apis.map((a: { id: string }) => a.id)).toEqual(['pets', 'openapi']);
    expect((await fetch(`${origin}/pets/pets/1`)).status).toBe(200);
    // The split document: its 422 (it declares no 400) in its own nested error shape.
    const invalid = await fetch(`${origin}/openapi/books`, { method: 'POST', headers: bearer, body: '{"title":""}' });
    expect(invalid.status).toBe(422);
    expect(await invalid.json()).toEqual({
      error: { code: 'VALIDATION_ERROR', message: 'body.title: must NOT have fewer than 1 characters' },
    });
    const book = await (
      await fetch(`${origin}/openapi/books`, { method: 'POST', headers: bearer, body: '{"title":"Emma","year":1815}' })
    ).json();
    expect(book.bookId).toMatch(/^[0-9a-f-]{36}$/);
    const patched = await fetch(`${origin}/openapi/books/${book.bookId}`, {
      method: 'PATCH',
      headers: { ...bearer, 'content-type': 'application/merge-patch+json' },
      body: '{"year":null}',
    });
    expect(await patched.json()).toEqual({ ...book, year: undefined });
    expect((await fetch(`${origin}/openapi/books/${book.bookId}`, { method: 'DELETE', headers: bearer })).status).toBe(204);
    const gone = await fetch(`${origin}/openapi/books/${book.bookId}`);
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.code).toBe('NOT_FOUND');
    // A refusal the operation does not document: RFC 9457 problem details, marked as such.
    const undocumented = await fetch(`${origin}/openapi/books/not-a-uuid`);
    expect(undocumented.status).toBe(400);
    expect(undocumented.headers.get('content-type')).toBe('application/problem+json');
    expect(undocumented.headers.get('contract-stubs-control')).toBe('undocumented-status');
    expect(await undocumented.json()).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
  });

  it('--handlers answers the operations that need real logic; the document answers the rest', async () => {
    const dir = temp();
    const handlers = join(dir, 'handlers.ts');
    writeFileSync(
      handlers,
      [
        "import type { HandlerContext } from 'contract-stubs';",
        'export default {',
        "  'GET /stats': (ctx: HandlerContext<unknown, never>) => ctx.reply(200 as never).json({ pets: 42, visits: 0 } as never),",
        '};',
      ].join('\n'),
    );
    const { origin, output } = await start(['--spec', PETSTORE, '--handlers', handlers, '--strict']);
    expect(output()).toMatch(/1 operation\(s\) answered by handlers, 9 from the document/);
    expect(await (await fetch(`${origin}/stats`)).json()).toEqual({ pets: 42, visits: 0 });
    expect((await fetch(`${origin}/pets`, { method: 'POST', headers: key, body: '{"name":"Rex"}' })).status).toBe(201);
    writeFileSync(handlers, "export default { 'GET /nope': () => null };");
    const proc = spawn(process.execPath, [BIN, 'start', '--port', '0', '--spec', PETSTORE, '--handlers', handlers], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    proc.stderr.on('data', (c) => {
      err += c;
    });
    expect((await once(proc, 'exit'))[0]).toBe(1);
    expect(err).toMatch(/handlers for operations openapi does not have: GET \/nope/);
  });

  it('coverage --url reads the documents the server serves and marks what traffic exercised', async () => {
    const { origin } = await start(['--spec', PETSTORE]);
    await fetch(`${origin}/pets`);
    await fetch(`${origin}/pets/0`);
    const { code, output } = await runCli(['coverage', '--url', origin]);
    expect(output).toContain('| openapi | GET /pets | 200✔ 400· |');
    expect(output).toContain('| openapi | GET /pets/{petId} | 200· 400✔ 404· |');
    expect(output).toMatch(/operation\(s\) never exercised: openapi POST \/pets/);
    expect(code).toBe(1);
  });

  it('--stateless answers collections from the document only', async () => {
    const { origin } = await start(['--spec', PETSTORE, '--stateless']);
    expect((await fetch(`${origin}/pets`, { method: 'POST', headers: key, body: '{"name":"Nemo"}' })).status).toBe(201);
    expect((await (await fetch(`${origin}/pets`)).json()).total).toBe(2);
  });

  it('keeps what was stored in --state-file across a restart, and a reset clears it', async () => {
    const file = join(temp(), 'state.json');
    const first = await start(['--spec', PETSTORE, '--state-file', file]);
    const pet = await (await fetch(`${first.origin}/pets`, { method: 'POST', headers: key, body: '{"name":"Kept"}' })).json();
    first.child.kill('SIGTERM');
    await once(first.child, 'exit');
    const second = await start(['--spec', PETSTORE, '--state-file', file]);
    expect(await (await fetch(`${second.origin}/pets/${pet.id}`)).json()).toEqual(pet);
    await fetch(`${second.origin}/__stubs/reset`, { method: 'POST' });
    expect((await (await fetch(`${second.origin}/pets`)).json()).total).toBe(2);
  });

  it('--watch reloads when a file the document $refs changes; a broken edit keeps the last good one', async () => {
    const dir = temp();
    cpSync(SPLIT, dir, { recursive: true });
    const { origin, output } = await start(['--spec', join(dir, 'openapi.yaml'), '--watch']);
    const post = () => fetch(`${origin}/books`, { method: 'POST', headers: bearer, body: '{"title":"Emma"}' });
    expect((await post()).status).toBe(201);
    const schema = join(dir, 'schemas/new-book.yaml');
    let from = output().length;
    writeFileSync(schema, readFileSync(schema, 'utf8').replace('required: [title]', 'required: [title, year]'));
    await waitFor(/reloaded openapi/, output, from);
    const refused = await post();
    expect(refused.status).toBe(422);
    expect((await refused.json()).error.message).toBe('body.year: is required');
    // What was stored before the reload is still there.
    expect((await (await fetch(`${origin}/books`)).json()).total).toBe(1);
    from = output().length;
    writeFileSync(schema, 'type: [object\n');
    await waitFor(/still serving the last good version of openapi/, output, from);
    expect((await post()).status).toBe(422);
  });

  it('refuses a missing file, Swagger 2.0 and --api with --spec, saying why', async () => {
    const dir = temp();
    const swagger = join(dir, 'old.yaml');
    writeFileSync(swagger, 'swagger: "2.0"\ninfo: { title: x, version: "1" }\npaths: {}\n');
    for (const [args, message] of [
      [['--spec', join(dir, 'nope.yaml')], /cannot read .*nope\.yaml: ENOENT/],
      [['--spec', swagger], /is Swagger 2\.0; only OpenAPI 3\.0 and 3\.1 are served/],
      [['--spec', PETSTORE, '--api', 'ally'], /--api and --spec cannot be combined/],
    ] as const) {
      const proc = spawn(process.execPath, [BIN, 'start', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      proc.stderr.on('data', (c) => {
        err += c;
      });
      const [code] = await once(proc, 'exit');
      expect(code).not.toBe(0);
      expect(err).toMatch(message);
    }
  });
});

describe('lint --spec', () => {
  const lint = (args: string[]) => runCli(['lint', ...args]);

  it('lints a document of the user’s with Spectral and its examples, exit 1 on a problem', { timeout: 60_000 }, async () => {
    const dir = temp();
    const file = join(dir, 'clean.yaml');
    const document = {
      openapi: '3.0.3',
      info: { title: 'Clean', version: '1', description: 'A clean document.', contact: { name: 'us' } },
      servers: [{ url: 'https://example.com' }],
      tags: [{ name: 'things', description: 'Things.' }],
      paths: {
        '/things': {
          get: {
            operationId: 'listThings',
            description: 'The things.',
            tags: ['things'],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { type: 'array', items: { type: 'string', nullable: true } },
                    examples: { some: { value: ['a', null] } },
                  },
                },
              },
            },
          },
        },
      },
    };
    writeFileSync(file, JSON.stringify(document));
    const clean = await lint(['--spec', file]);
    expect(clean.output).toMatch(/clean\.yaml: spectral 0 errors, 0 warnings; 1 examples valid/);
    expect(clean.code).toBe(0);
    const broken = join(dir, 'broken.json');
    const content = document.paths['/things'].get.responses['200'].content['application/json'];
    content.examples.some.value = ['a', 3] as never;
    writeFileSync(broken, JSON.stringify(document));
    const result = await lint(['--spec', broken]);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/broken\.json: .*problem/);
  });
});
