// docs/testing.md's Playwright example, exactly, in Chromium: `contract-stubs start` as a real
// process, the page in progress-app/ served by Vite with /microsite proxied to it, and two
// "workers" at once, each in its own context, loading a scenario, driving the page and
// asserting on the journal. Then the Storybook-style page: a scenario loaded into the MSW
// worker before the screen renders.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Stubs } from '../../src/core/stubs.ts';
import { stubsClient } from '../../src/core/stubs-client.ts';
import type { paths } from '../../src/generated/microsite.ts';
import { launchChromium, SCREENSHOTS } from './chromium.ts';

const BIN = new URL('../../bin/contract-stubs.js', import.meta.url).pathname;
let server: ChildProcess;
let stubsOrigin: string;
let vite: ViteDevServer;
let appOrigin: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;

async function startStubs(): Promise<string> {
  server = spawn(process.execPath, [BIN, 'start', '--port', '0', '--log', 'off'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  server.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  for (let i = 0; i < 400 && !/^\s+controls\s/m.test(output); i++) await new Promise((r) => setTimeout(r, 50));
  const origin = /listening on (\S+)/.exec(output)?.[1];
  if (!origin) throw new Error(`contract-stubs did not start:\n${output}`);
  return origin;
}

beforeAll(async () => {
  stubsOrigin = await startStubs();
  vite = await createServer({
    configFile: false,
    root: new URL('./progress-app/', import.meta.url).pathname,
    // The MSW worker script `npm run test:browser` writes for the demo.
    publicDir: new URL('../../demo/public/', import.meta.url).pathname,
    server: { host: '127.0.0.1', port: 0, proxy: { '/microsite': stubsOrigin } },
    // Pre-bundled up front: a dependency found mid-run would make Vite reload the page.
    optimizeDeps: { include: ['msw', 'msw/browser', '@faker-js/faker', 'ajv', 'ajv-formats', 'jose', 'cookie'] },
    logLevel: 'warn',
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite did not say where it listens');
  appOrigin = new URL(url).origin;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await vite?.close();
  server?.kill('SIGTERM');
  if (server) await once(server, 'exit');
});

const text = (page: Page, id: string) => page.getByTestId(id).textContent();

/** The docs' `test(...)` body, with `workerIndex` as Playwright's testInfo gives it. */
async function progressTest(page: Page, workerIndex: number): Promise<void> {
  const stubs = stubsClient(stubsOrigin, { context: `worker-${workerIndex}` });
  await stubs.reset(); // this worker's context only
  await stubs.journal.clear();
  const user = await stubs.scenario('microsite', 'call-unlocked');

  await page.setExtraHTTPHeaders(stubs.headers); // contract-stubs-context on every request
  await page.addInitScript((token) => sessionStorage.setItem('microsite.accessToken', token), String(user.accessToken));
  await page.goto(`${appOrigin}/`);
  await expect.poll(() => text(page, 'call')).toBe('Call unlocked');

  await page.getByLabel('Your goal').fill(`Worker ${workerIndex} wants to open a bakery`);
  await page.getByRole('button', { name: 'Save goal' }).click();
  const sent = await stubs.journal.waitFor<paths>({ api: 'microsite', operation: 'POST /api/goal' });
  expect(sent.request.headers.authorization).toBe(`Bearer ${user.accessToken}`);
  expect(sent.request.body).toEqual({ input: `Worker ${workerIndex} wants to open a bakery` });
  expect(sent.response.status).toBe(200);
  await expect.poll(() => text(page, 'goal')).toContain(`Worker ${workerIndex}`);
  expect(await stubs.journal.count({ status: '4xx' })).toBe(0);
}

it('runs the Playwright example in two workers at once, each seeing only its own context', async () => {
  const pages = await Promise.all([browser.context.newPage(), browser.context.newPage()]);
  await Promise.all(pages.map((page, workerIndex) => progressTest(page, workerIndex)));
  await pages[0]?.screenshot({ path: `${SCREENSHOTS}testing-example.png`, fullPage: true });
  for (const workerIndex of [0, 1]) {
    const journal = await stubsClient(stubsOrigin, { context: `worker-${workerIndex}` }).journal.find<paths>({ api: 'microsite' });
    expect(journal.map((e) => e.operation)).toEqual(['GET /api/progress', 'POST /api/goal']);
    expect(journal.every((e) => e.context === `worker-${workerIndex}`)).toBe(true);
  }
  // Nothing reached the default world.
  const everyone = await stubsClient(stubsOrigin).journal.find({ api: 'microsite' });
  expect(everyone.filter((e) => e.context === null)).toEqual([]);
  await Promise.all(pages.map((page) => page.close()));
});

it('runs the Storybook-style page: each story loads its scenario into the MSW worker', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${appOrigin}/story.html?scenario=microsite:missions-in-progress`);
  await expect.poll(() => text(page, 'call'), { timeout: 30_000 }).toBe('Call locked');
  expect(await text(page, 'points')).toMatch(/^\d+ points$/);
  await page.goto(`${appOrigin}/story.html?scenario=microsite:call-unlocked`);
  await expect.poll(() => text(page, 'call'), { timeout: 30_000 }).toBe('Call unlocked');
  await page.getByLabel('Your goal').fill('A story about a bakery');
  await page.getByRole('button', { name: 'Save goal' }).click();
  const sent = await page.evaluate(async () => {
    const stubs: Stubs = Reflect.get(window, 'stubs');
    return (await stubs.journal.waitFor({ api: 'microsite', operation: 'POST /api/goal' })).request.body;
  });
  expect(sent).toEqual({ input: 'A story about a bakery' });
  // Served by the worker in the page: the stubs server never saw it.
  expect(await stubsClient(stubsOrigin).journal.count({ api: 'microsite', operation: 'POST /api/goal', status: 200 })).toBe(2);
  await page.close();
});
