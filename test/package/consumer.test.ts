// The package as a frontend team gets it: `npm pack`, the tarball installed into a fresh project
// (a copy of consumer/), its code type-checked with a strict `nodenext` and a strict `bundler`
// tsconfig (no skipLibCheck, no allowImportingTsExtensions), its MSW and HTTP tests run, and
// every CLI command the README offers run from node_modules/.bin. `npm run test:package` (and
// `.ci/run`) runs it: it needs the npm registry, or npm's cache after an `npm install` here.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const TEMPLATE = new URL('consumer/', import.meta.url).pathname;
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, string | { types: string; default: string }>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (killed after `timeoutMs`), with its output. */
async function run(command: string, args: string[], cwd: string, timeoutMs = 180_000): Promise<Run> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

const shown = ({ code, stdout, stderr }: Run) => `exit ${code}\n${stdout}\n${stderr}`;
/** npm without its progress and funding chatter; the cache is npm's own (no network when it holds everything). */
const npm = (args: string[], cwd: string) => run('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund'], cwd);

let work: string;
let app: string;
let packed: { filename: string; files: { path: string }[] };
let install: Run;
const bin = () => join(app, 'node_modules/.bin/contract-stubs');
const cli = (args: string[], timeoutMs?: number) => run(process.execPath, [bin(), ...args], app, timeoutMs);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'contract-stubs-consumer-'));
  app = join(work, 'app');
  const build = await run('npm', ['run', 'build'], ROOT);
  expect(build.code, shown(build)).toBe(0);
  const pack = await npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
  expect(pack.code, shown(pack)).toBe(0);
  [packed] = JSON.parse(pack.stdout) as [typeof packed];
  mkdirSync(app);
  cpSync(TEMPLATE, app, { recursive: true });
  install = await npm(
    [
      'install',
      join(work, packed.filename),
      `msw@${manifest.dependencies.msw}`,
      `openapi-fetch@${manifest.devDependencies['openapi-fetch']}`,
      `@types/node@${manifest.devDependencies['@types/node']}`,
    ],
    app,
  );
  expect(install.code, shown(install)).toBe(0);
}, 600_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds compiled JavaScript with declarations and their maps, and no test files', () => {
    const files = new Set(packed.files.map((f) => f.path));
    const js = [...files].filter((f) => f.startsWith('dist/') && f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(100);
    for (const file of js) {
      expect(files, file).toContain(file.replace(/\.js$/, '.d.ts'));
      expect(files, file).toContain(file.replace(/\.js$/, '.d.ts.map'));
    }
    expect([...files].filter((f) => /\.test\.[jt]s$/.test(f) || f.startsWith('test/'))).toEqual([]);
  });

  it('points every export at JavaScript and declarations it holds, never at a .ts source', () => {
    const files = new Set(packed.files.map((f) => f.path));
    const apis = ['ally', 'microsite', 'sage', 'scorecard', 'shadow-coach'];
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'string') continue;
      expect(target.types, subpath).toMatch(/\.d\.ts$/);
      for (const path of [target.types, target.default]) {
        const expanded = path.includes('*') ? apis.map((api) => path.replace('*', api)) : [path];
        for (const file of expanded) expect(files, `${subpath} → ${file}`).toContain(file.replace(/^\.\//, ''));
      }
    }
  });
});

describe('a fresh project that installed it', () => {
  it('installed without an engine warning on this Node', () => {
    expect(install.stderr).not.toContain('EBADENGINE');
  });

  it.each(['nodenext', 'bundler'])('type-checks under a strict %s tsconfig', async (resolution) => {
    const checked = await run(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`], app);
    expect(checked.code, shown(checked)).toBe(0);
  });

  it("runs its own tests: MSW's setupServer with a typed openapi-fetch client, and the HTTP server", async () => {
    const tested = await run(process.execPath, ['--test', '--test-reporter=tap', 'msw-client.test.ts', 'http-client.test.ts'], app);
    expect(tested.code, shown(tested)).toBe(0);
    expect(tested.stdout).toMatch(/^# pass 4$/m);
  });
});

describe('the installed CLI', () => {
  const children: ChildProcess[] = [];
  afterAll(async () => {
    // SIGTERM: proxy stops Prism (its own process group) on the way out.
    for (const child of children.filter((c) => c.exitCode === null && c.signalCode === null)) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  /** A long-running command, once it prints where it listens. */
  async function launch(args: string[]): Promise<string> {
    const child = spawn(process.execPath, [bin(), ...args], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    for (let i = 0; i < 1200 && !/listening on \S+\n/.test(output) && child.exitCode === null; i++)
      await new Promise((r) => setTimeout(r, 50));
    const origin = /listening on (\S+)\n/.exec(output)?.[1];
    if (!origin) throw new Error(`contract-stubs ${args.join(' ')} did not start:\n${output}`);
    return origin;
  }

  let origin: string;

  it('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
  });

  it('start serves every API with its docs pages; coverage reads its journal', async () => {
    origin = await launch(['start', '--port', '0', '--log', 'off']);
    const document = (await (await fetch(`${origin}/microsite/openapi.json`)).json()) as { servers: { url: string }[] };
    expect(document.servers.map((server) => server.url)).toEqual([`${origin}/microsite`]);
    expect((await fetch(`${origin}/microsite/docs`)).status).toBe(200);
    expect((await fetch(`${origin}/favicon.ico`)).status).toBe(200);
    expect((await fetch(`${origin}/microsite/api/auth/session`, { method: 'POST' })).status).toBe(200);

    const coverage = await cli(['coverage', '--url', origin]);
    expect(coverage.stdout).toContain('| microsite | POST /api/auth/session | 200✔');
    expect(coverage.code, 'exit 1: most operations were never exercised').toBe(1);
  });

  it('lint and proxy name the exact command that installs their tool; after it, both work', async () => {
    const commands: string[] = [];
    for (const [args, tool] of [
      [['lint', '--api', 'microsite'], 'Spectral'],
      [['proxy', '--api', 'microsite', '--upstream', origin], 'Prism'],
    ] as const) {
      const refused = await cli([...args]);
      expect(refused.code, shown(refused)).toBe(1);
      const line = new RegExp(`^contract-stubs ${args[0]} needs ${tool}, an optional dependency: (npm install --save-dev [^\\n]+)\\n$`);
      const command = line.exec(refused.stderr)?.[1];
      if (!command) throw new Error(`no install command in:\n${refused.stderr}`);
      commands.push(command);
    }
    for (const command of commands) {
      const installed = await npm(command.split(' ').slice(1), app);
      expect(installed.code, shown(installed)).toBe(0);
    }

    const linted = await cli(['lint', '--api', 'microsite']);
    expect(linted.code, shown(linted)).toBe(0);
    expect(linted.stdout).toMatch(/microsite\.yaml: spectral 0 errors, 0 warnings; \d+ examples valid/);

    const proxy = await launch(['proxy', '--api', 'microsite', '--upstream', `${origin}/microsite`, '--port', '0']);
    const session = await fetch(`${proxy}/api/auth/session`, { method: 'POST' });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ accessToken: expect.stringMatching(/^ey/) });
  });
});
