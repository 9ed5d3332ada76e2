// Each mounted API's docs page in a real browser: Swagger UI renders every operation from the
// served document, loads nothing from another origin, and "Try it out" reaches the stub.
// A screenshot of each page goes to test-output/screenshots/.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';
import { indexOperations, type Operation } from '../../src/core/document.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';
import { launchChromium, SCREENSHOTS } from './chromium.ts';

let running: RunningServer;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;
const foreign: string[] = [];

beforeAll(async () => {
  running = await serve(apis, { port: 0 });
  browser = await launchChromium();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.setDefaultTimeout(15_000);
  page.on('request', (request) => {
    if (!request.url().startsWith(running.origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await running?.close();
});

it('GET / shows a browser every API with its docs and documents', async () => {
  await page.goto(`${running.origin}/`);
  for (const { id } of apis) {
    for (const link of [`/${id}/docs`, `/${id}/openapi.json`, `/${id}/openapi.yaml`]) {
      expect(await page.locator(`a[href="${link}"]`).count()).toBe(1);
    }
  }
  await page.screenshot({ path: `${SCREENSHOTS}index.png`, fullPage: true });
  expect(foreign).toEqual([]);
});

/** An operation "Try it out" can send as is: no required parameter or body. */
function sendableAsIs(operation: Operation): boolean {
  return !operation.parameters.some((p) => p.required) && !operation.requestBody?.required;
}

describe.each(apis.map((api) => [api.id, api] as const))('/%s/docs', (id, api) => {
  it('opens with its long description folded, operations on the first screen', async () => {
    await page.goto(`${running.origin}/${id}/docs`);
    await page.waitForSelector('.swagger-ui .opblock');
    const fold = page.locator('.swagger-ui .info details');
    expect(await fold.count()).toBe(1);
    expect(await fold.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    const screen = page.viewportSize();
    const first = await page.locator('.swagger-ui .opblock').first().boundingBox();
    expect(first && screen && first.y + first.height).toBeLessThanOrEqual(screen?.height ?? 0);
    await page.screenshot({ path: `${SCREENSHOTS}${id}-docs-first-screen.png` });
    // Unfolded, the rest of the description is there, rendered as Markdown.
    await fold.locator('summary').click();
    expect(await fold.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(await fold.locator('p, li').count()).toBeGreaterThan(0);
  });

  it('renders every operation, and "Try it out" reaches the stub', async () => {
    const operations = indexOperations(api.document);
    await page.goto(`${running.origin}/${id}/docs`);
    await page.waitForSelector('.swagger-ui .opblock');
    expect(await page.locator('.swagger-ui .opblock').count()).toBe(operations.length);
    expect(await page.locator('.swagger-ui .info .title').textContent()).toContain(api.document.info.title);
    await page.screenshot({ path: `${SCREENSHOTS}${id}-docs.png`, fullPage: true });

    const operation = operations.find(sendableAsIs);
    expect(operation, 'an operation to try without parameters').toBeDefined();
    if (!operation) return;
    const method = operation.method.toLowerCase();
    const block = page
      .locator(`.opblock.opblock-${method}`)
      .filter({ has: page.locator(`.opblock-summary-path[data-path="${operation.path}"]`) })
      .first();
    await block.locator('.opblock-summary').first().click();
    // The pages open with "Try it out" already on (tryItOutEnabled): Execute is there.
    running.stubs.journal.clear();
    await block.locator('.btn.execute').click();
    const shown = await block.locator('.live-responses-table tbody .response-col_status').first().textContent();
    const [entry] = running.stubs.journal.list({ api: id });
    expect(entry).toMatchObject({ method: operation.method.toUpperCase(), path: `/${id}${operation.path}` });
    expect(shown?.trim()).toBe(String(entry?.status));
    expect(foreign).toEqual([]);
  });
});
