// What a web page can do to a stub on the developer's machine, in Debian's Chromium. Chromium
// resolves `evil.test` and `rebind.test` to 127.0.0.1 (--host-resolver-rules), so a page can sit
// on another site's origin while its requests reach the stubs: a cross-site page must not reset
// them (a "simple" text/plain POST needs no preflight), a page on a rebound name must not read
// the controls, and ally's answers are not readable by a site it does not trust. The same
// requests from a loopback page (another port of 127.0.0.1, as in local development) work, so
// each refusal is the server's doing, not the browser's.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';
import { launchChromium } from './chromium.ts';

let stubs: RunningServer;
/** Serves an empty page on any name: the page scripts run in its origin. */
let pages: Server;
let pagesPort: number;
let stubsPort: string;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

beforeAll(async () => {
  stubs = await serve(apis, { port: 0 });
  stubsPort = new URL(stubs.origin).port;
  pages = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>page</title>'));
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pagesPort = (pages.address() as AddressInfo).port;
  browser = await launchChromium([
    '--host-resolver-rules=MAP evil.test 127.0.0.1, MAP rebind.test 127.0.0.1',
    // Chromium's own guard against public pages reaching loopback (Local Network Access) would
    // stop the rebound page's requests before they reach the stubs; other browsers have none.
    '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
  ]);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => pages?.close(resolve));
  await stubs?.close();
});

/** An ally chat made outside the browser; `alive()` says whether it survived. */
async function chat() {
  const created = await fetch(`${stubs.origin}/ally/api/chats`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'still here?' }),
  });
  expect(created.status).toBe(201);
  const cookie = created.headers.get('set-cookie')?.split(';')[0] ?? '';
  const { id } = (await created.json()) as { id: string };
  return { alive: async () => (await fetch(`${stubs.origin}/ally/api/chats/${id}`, { headers: { cookie } })).status === 200 };
}

/** The page's script: a cross-site "simple" POST to the reset control, as any site could send it. */
async function resetFrom(pageOrigin: string, how: 'fetch' | 'form'): Promise<void> {
  await page.goto(`${pageOrigin}/`);
  const target = `http://127.0.0.1:${stubsPort}/__stubs/reset`;
  if (how === 'fetch') {
    await page.evaluate(async (url) => {
      await fetch(url, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: 'x' });
    }, target);
    return;
  }
  // A form needs no script at all: the page navigates to the control's answer.
  await Promise.all([
    page.waitForURL(target),
    page.evaluate((url) => {
      const form = document.createElement('form');
      form.method = 'POST';
      form.enctype = 'text/plain';
      form.action = url;
      document.body.append(form);
      form.submit();
    }, target),
  ]);
}

for (const how of ['fetch', 'form'] as const) {
  it(`a page on another site cannot reset the stubs (${how} POST, text/plain); a loopback page can`, async () => {
    const kept = await chat();
    await resetFrom(`http://evil.test:${pagesPort}`, how);
    expect(await kept.alive()).toBe(true);
    const wiped = await chat();
    await resetFrom(`http://localhost:${pagesPort}`, how);
    expect(await wiped.alive()).toBe(false);
  });
}

it('a page on a rebound name (same origin as the stubs to the browser) is refused by Host', async () => {
  const rebound = `http://rebind.test:${stubsPort}`;
  // The attacker's page, served before the name "rebinds" to 127.0.0.1; its requests then reach the stubs.
  await page.route(`${rebound}/`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>rebound</title>' }));
  await page.goto(`${rebound}/`);
  const read = await page.evaluate(async () => {
    const answer = await fetch('/__stubs/requests');
    return { status: answer.status, body: await answer.text() };
  });
  expect(read.status).toBe(403);
  expect(JSON.parse(read.body).error).toContain('Host "rebind.test');
  const api = await page.evaluate(async () => (await fetch('/ally/api/health')).status);
  expect(api).toBe(403);
  await page.unroute(`${rebound}/`);
});

it("ally's answers are readable by a loopback page (credentials included), not by another site's", async () => {
  const read = (pageOrigin: string) =>
    page.goto(`${pageOrigin}/`).then(() =>
      page.evaluate(async (url) => {
        try {
          const answer = await fetch(url, { credentials: 'include' });
          return `${answer.status}`;
        } catch (error) {
          return (error as Error).name;
        }
      }, `http://127.0.0.1:${stubsPort}/ally/api/health`),
    );
  expect(await read(`http://127.0.0.1:${pagesPort}`)).toBe('200');
  expect(await read(`http://evil.test:${pagesPort}`)).toBe('TypeError');
});
