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
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** Every answer to an API path, and whether the service worker gave it. */
const answers: Array<{ url: string; status: number; fromWorker: boolean }> = [];
/** WebSockets the browser really opened on the network (MSW's in-page sockets never show here). */
const networkSockets: string[] = [];
/** sage's periodic push, short so the flow's second push comes at once (the demo's `?socketPushMs`). */
const SOCKET_PUSH_MS = 50;

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
  page.on('websocket', (socket) => networkSockets.push(socket.url()));
  await page.goto(`${url}?socketPushMs=${SOCKET_PUSH_MS}`);
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

describe('sage’s WebSocket channel in the page', () => {
  const section = () => page.locator('section[data-flow="sage"]');
  const frames = async (direction: 'in' | 'out') =>
    (await section().locator(`pre[data-frame="${direction}"]`).allTextContents()).map(
      (text) => JSON.parse(text.slice(2)) as Record<string, unknown>,
    );

  it('authenticates, subscribes and shows pushed guidance and a ping/pong, all answered by MSW in the page', async () => {
    // The sage flow above ran to the end over the browser's own WebSocket.
    expect(await section().getAttribute('data-state')).toBe('passed');
    expect((await frames('out')).map((m) => m.type)).toEqual(['ping', 'auth', 'subscribe', 'auth']);
    const received = await frames('in');
    expect(received.map((m) => m.type).slice(0, 3)).toEqual(['pong', 'authenticated', 'subscribed']);
    expect(received[0]).toEqual({ type: 'pong', timestamp: expect.stringMatching(ISO_INSTANT) });

    // Every push has exactly the shape `openapi/sage.yaml` describes for the channel.
    const pushes = received.filter((m) => m.type === 'proactive_guidance');
    expect(pushes.length).toBeGreaterThanOrEqual(2);
    for (const push of pushes) {
      expect(push).toEqual({
        type: 'proactive_guidance',
        timestamp: expect.stringMatching(ISO_INSTANT),
        data: {
          guidance: {
            message: expect.stringMatching(/\S/),
            hexagram: expect.any(Number),
            actionSuggestion: expect.stringMatching(/\S/),
            priority: expect.stringMatching(/^(low|medium|high)$/),
          },
        },
      });
      const { hexagram } = (push.data as { guidance: { hexagram: number } }).guidance;
      expect(Number.isInteger(hexagram) && hexagram >= 1 && hexagram <= 64).toBe(true);
    }
    // Today's guidance at once, then the periodic push.
    expect(pushes.map((p) => (p.data as { guidance: { priority: string } }).guidance.priority).slice(0, 2)).toEqual(['medium', 'low']);
    // No socket reached the network: the Vite dev server has no /sage/ws, MSW answered in the page.
    expect(networkSockets.filter((url) => new URL(url).pathname.startsWith('/sage/'))).toEqual([]);
  });

  it('refuses a forged token with an AUTHENTICATION_ERROR and closes with 4401', async () => {
    const received = await frames('in');
    expect(received.at(-1)).toEqual({
      type: 'error',
      code: 'AUTHENTICATION_ERROR',
      message: expect.stringContaining('token'),
      timestamp: expect.stringMatching(ISO_INSTANT),
    });
    const closes = await section()
      .locator('[data-close-code]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.closeCode));
    expect(closes).toEqual(['1000', '4401']);
  });

  it('answers /sage/ws on any origin (ws.link with `*` when createMswStubs gets no origin), and no other path', async () => {
    const answered = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map(
            (url) =>
              new Promise<string>((resolve) => {
                const socket = new WebSocket(url);
                socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'ping' })));
                socket.addEventListener('message', (event) => {
                  resolve(String(event.data));
                  socket.close();
                });
                socket.addEventListener('close', (event) => resolve(`closed ${event.code}`));
              }),
          ),
        ),
      ['ws://api.example.test/sage/ws', `${new URL(page.url()).origin.replace(/^http/, 'ws')}/sage/ws`, 'ws://api.example.test/other/ws'],
    );
    const kinds = answered.map((text) => (text.startsWith('{') ? (JSON.parse(text) as { type: string }).type : text));
    // Not a stub channel: MSW lets the third through to the network, where there is no such host.
    expect(kinds).toEqual(['pong', 'pong', 'closed 1006']);
    expect(networkSockets).toContain('ws://api.example.test/other/ws');
  });
});
