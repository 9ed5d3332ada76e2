// The demo page as a person uses it: Vite serves it, the MSW worker answers every API in the
// page, and each registered flow (demo/flows/index.ts) runs to the end with mocked answers.
import type { Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flows } from '../../demo/flows/index.ts';
import { launchChromium, SCREENSHOTS } from './chromium.ts';

let vite: ViteDevServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
/** Every answer to an API path, and whether the service worker gave it. */
const answers: Array<{ url: string; status: number; fromWorker: boolean }> = [];

beforeAll(async () => {
  vite = await createServer({
    configFile: new URL('../../demo/vite.config.ts', import.meta.url).pathname,
    server: { port: 0, strictPort: false },
    logLevel: 'warn',
  });
  await vite.listen();
  const url = vite.resolvedUrls?.local[0];
  if (!url) throw new Error('Vite did not say where it listens');
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(30_000);
  const apiPrefixes = flows.map((f) => `/${f.api}/`);
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (apiPrefixes.some((p) => pathname.startsWith(p))) {
      answers.push({ url: response.url(), status: response.status(), fromWorker: response.fromServiceWorker() });
    }
  });
  await page.goto(url);
  await page.waitForSelector('#worker[data-state="active"], #worker[data-state="failed"]', { timeout: 60_000 });
});

afterAll(async () => {
  await page?.screenshot({ path: `${SCREENSHOTS}demo.png`, fullPage: true });
  await browser?.close();
  await vite?.close();
});

it('starts the MSW worker, which then controls the page', async () => {
  expect(await page.textContent('#worker')).toMatch(/^MSW worker active/);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/mockServiceWorker\.js$/);
});

describe.each(flows.map((flow) => [flow.api, flow] as const))('the %s flow', (api) => {
  it('runs to the end on mocked answers, a refused request shown in the API’s envelope', async () => {
    const section = page.locator(`section[data-flow="${api}"]`);
    // Record every length the streamed reply has while it grows.
    await page.evaluate((flowApi) => {
      const target = document.querySelector(`section[data-flow="${flowApi}"]`);
      const lengths: number[] = [];
      Object.assign(window, { replyLengths: lengths });
      new MutationObserver(() => {
        const reply = target?.querySelector('.reply');
        if (reply) lengths.push(reply.textContent?.length ?? 0);
      }).observe(target as Node, { subtree: true, childList: true, characterData: true });
    }, api);
    const before = answers.length;
    await section.getByRole('button', { name: 'Run' }).click();
    await page.waitForSelector(`section[data-flow="${api}"]:is([data-state="passed"], [data-state="failed"])`);
    expect(await section.getAttribute('data-state'), (await section.locator('.error').allTextContents()).join('\n')).toBe('passed');

    const mine = answers.slice(before).filter((a) => new URL(a.url).pathname.startsWith(`/${api}/`));
    expect(mine.length).toBeGreaterThan(1);
    expect(mine.filter((a) => !a.fromWorker)).toEqual([]);
    // The flow checked the refusal's body against the envelope; the page shows it.
    expect(await section.locator('.line.status-4').count()).toBeGreaterThan(0);

    // Streams arrive in pieces, and what the page renders from them grows while they do.
    const streams = section.locator('pre.stream');
    for (const chunks of await streams.evaluateAll((nodes) => nodes.map((n) => Number((n as HTMLElement).dataset.chunks)))) {
      expect(chunks).toBeGreaterThan(1);
    }
    if ((await section.locator('.reply').count()) > 0) {
      const lengths = await page.evaluate(() => (window as unknown as { replyLengths: number[] }).replyLengths);
      expect(new Set(lengths.filter((n) => n > 0)).size).toBeGreaterThan(2);
    }
  });
});

it('keeps ally’s HTTP-only session cookie from scripts while the worker sends it', async () => {
  // The ally flow above read its chats back with the cookie; a script sees only app-init.
  expect(await page.locator('section[data-flow="ally"]').getAttribute('data-state')).toBe('passed');
  const cookies = await page.evaluate(() => document.cookie);
  expect(cookies).toContain('app-init=1');
  expect(cookies).not.toContain('nuxt-session');
});

it('keeps scorecard’s HTTP-only assessment-session cookie from scripts while the worker sends it', async () => {
  // The scorecard flow resumed and read its results back with the cookie; scripts never see it.
  expect(await page.locator('section[data-flow="scorecard"]').getAttribute('data-state')).toBe('passed');
  expect(await page.evaluate(() => document.cookie)).not.toContain('assessment-session');
});
