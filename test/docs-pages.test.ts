// The server's pages for people, over real HTTP: `GET /` (HTML for browsers, JSON otherwise),
// each API's docs page with its assets served locally, its document as JSON and YAML (naming
// the server it came from in `servers`), and `/favicon.ico`.
// The pages rendered in a browser are checked by test/browser/docs.browser.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createMswStubs } from '../src/msw/index.ts';
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
  it('serves its document as JSON and as YAML, the same document, naming this server in servers', async () => {
    const json = await (await fetch(`${running.origin}/${id}/openapi.json`)).json();
    const yamlResponse = await fetch(`${running.origin}/${id}/openapi.yaml`);
    expect(yamlResponse.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(parse(await yamlResponse.text())).toEqual(json);
    // The server runs on a random port: the document's own 127.0.0.1:4010 would be the wrong one.
    expect(running.origin).not.toBe('http://127.0.0.1:4010');
    expect(json).toEqual({
      ...api.document,
      servers: [{ url: `${running.origin}/${id}`, description: `this contract-stubs server (mounted under /${id})` }],
    });
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

it('serves the docs page and YAML at the root when one API is served there, naming the root in servers', async () => {
  const root = await serve(apis, { port: 0, rootApi: 'microsite' });
  try {
    expect((await fetch(`${root.origin}/docs`)).status).toBe(200);
    const yaml = parse(await (await fetch(`${root.origin}/openapi.yaml`)).text());
    expect(yaml.info.title).toBe('Microsite API');
    const json = await (await fetch(`${root.origin}/openapi.json`)).json();
    for (const document of [yaml, json])
      expect(document.servers).toEqual([{ url: root.origin, description: 'this contract-stubs server (served at the root)' }]);
    expect((await fetch(`${root.origin}/__stubs/docs-assets/swagger-ui.css`)).status).toBe(200);
    expect((await fetch(`${root.origin}/favicon.ico`)).headers.get('content-type')).toBe('image/png');
  } finally {
    await root.close();
  }
});

it('answers /favicon.ico with an icon', async () => {
  const response = await fetch(`${running.origin}/favicon.ico`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  expect(
    Buffer.from(await response.arrayBuffer())
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');
});

it('names the origin MSW answered on in the servers of the document it serves', async () => {
  const { stubs } = createMswStubs(apis, { origin: 'http://stubs.test:8080' });
  const document = await (await stubs.fetch(new Request('http://stubs.test:8080/sage/openapi.json'))).json();
  expect(document.servers).toEqual([
    { url: 'http://stubs.test:8080/sage', description: 'this contract-stubs server (mounted under /sage)' },
  ]);
});
