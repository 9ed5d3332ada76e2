// The server's pages for people, over real HTTP: `GET /` (HTML for browsers, JSON otherwise),
// each API's docs page with its assets served locally, and its document as JSON and YAML.
// The pages rendered in a browser are checked by test/browser/docs.browser.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type RunningServer, serve } from '../src/node/index.ts';
import { apis } from './support/apis.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await serve(apis, { port: 0 });
});
afterAll(() => running.close());

describe('GET /', () => {
  it('answers a browser with an HTML index linking every API’s docs and documents', async () => {
    const response = await fetch(`${running.origin}/`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    for (const { id } of apis) {
      for (const link of [`/${id}/docs`, `/${id}/openapi.json`, `/${id}/openapi.yaml`]) expect(html).toContain(`href="${link}"`);
    }
  });

  it('keeps the JSON listing for other clients, with docs and YAML links', async () => {
    for (const accept of [undefined, 'application/json', '*/*']) {
      const response = await fetch(`${running.origin}/`, accept ? { headers: { accept } } : {});
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      const listing = await response.json();
      expect(listing.apis.map((a: { id: string }) => a.id)).toEqual(apis.map((a) => a.id));
      for (const entry of listing.apis) {
        expect(entry.docs).toBe(`${running.origin}/${entry.id}/docs`);
        expect(entry.openapiYaml).toBe(`${running.origin}/${entry.id}/openapi.yaml`);
      }
    }
  });
});

describe.each(apis.map((api) => [api.id, api] as const))('%s', (id, api) => {
  it('serves its document as JSON and as YAML, the same document', async () => {
    const json = await (await fetch(`${running.origin}/${id}/openapi.json`)).json();
    const yamlResponse = await fetch(`${running.origin}/${id}/openapi.yaml`);
    expect(yamlResponse.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(parse(await yamlResponse.text())).toEqual(json);
    expect(json).toEqual(api.document);
  });

  it('serves a docs page whose scripts and styles all come from this server', async () => {
    const response = await fetch(`${running.origin}/${id}/docs`);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain(api.document.info.title);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      expect((await fetch(`${running.origin}${asset}`)).status).toBe(200);
    }
  });
});

it('serves the docs page and YAML at the root when one API is served there', async () => {
  const root = await serve(apis, { port: 0, rootApi: 'microsite' });
  try {
    expect((await fetch(`${root.origin}/docs`)).status).toBe(200);
    expect(parse(await (await fetch(`${root.origin}/openapi.yaml`)).text()).info.title).toBe('Microsite API');
    expect((await fetch(`${root.origin}/__stubs/docs-assets/swagger-ui.css`)).status).toBe(200);
  } finally {
    await root.close();
  }
});
