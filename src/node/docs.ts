// The pages a person opens on the server: `GET /` (an index of the mounted APIs when a browser
// asks for HTML; the JSON listing otherwise), `/<api>/docs` (Swagger UI, served from
// node_modules — the pages load nothing from a CDN, see docs/adr/0002), `/<api>/openapi.yaml`
// (naming this server in `servers`, as the core's `/<api>/openapi.json` does) and `/favicon.ico`.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import express, { type Request, type Router } from 'express';
import { servedDocument } from '../core/served-document.ts';
import type { Mounted, Stubs } from '../core/stubs.ts';

/** Where the docs pages load Swagger UI from; under `/__stubs`, never claimed by an API. */
export const DOCS_ASSETS = '/__stubs/docs-assets';
const SWAGGER_UI_FILES = new Set(['swagger-ui-bundle.js', 'swagger-ui.css', 'favicon-32x32.png']);
/** Characters of `info.description` above which the docs page folds all but its first paragraph. */
const FOLD_DESCRIPTION_OVER = 600;
const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
/** A value inside an inline <script>: JSON that cannot close the script element. */
const scriptValue = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function docsPage({ api, prefix }: Mounted): string {
  const title = `${api.definition.document.info.title} — contract-stubs`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${DOCS_ASSETS}/favicon-32x32.png">
<link rel="stylesheet" href="${DOCS_ASSETS}/swagger-ui.css">
</head>
<body>
<div id="docs"></div>
<script src="${DOCS_ASSETS}/swagger-ui-bundle.js"></script>
<script>
  // The served document names this server in \`servers\`, so "Try it out" calls the stub. A long
  // description would push the operations below the first screen: its first paragraph stays in
  // view and the rest folds under "More about this API".
  const prefix = ${scriptValue(prefix)};
  fetch(prefix + '/openapi.json')
    .then((response) => response.json())
    .then((spec) => {
      const text = spec.info.description ?? '';
      const cut = text.indexOf('\\n\\n');
      if (text.length > ${FOLD_DESCRIPTION_OVER} && cut > 0) {
        spec.info.description = text.slice(0, cut) + '\\n\\n<details><summary>More about this API</summary>\\n\\n' + text.slice(cut + 2) + '\\n\\n</details>';
      }
      window.ui = SwaggerUIBundle({ spec, dom_id: '#docs', deepLinking: true, tryItOutEnabled: true, validatorUrl: null });
    });
</script>
</body>
</html>
`;
}

function indexPage(stubs: Stubs, origin: string): string {
  const rows = stubs.apis.map(({ api, prefix }) => {
    const { title, version } = api.definition.document.info;
    const base = `${origin}${prefix}`;
    return `<tr><td><strong>${escapeHtml(api.id)}</strong></td><td>${escapeHtml(title)} ${escapeHtml(version)}</td>
<td><a href="${prefix}/docs">docs</a></td><td><a href="${prefix}/openapi.json">openapi.json</a></td>
<td><a href="${prefix}/openapi.yaml">openapi.yaml</a></td><td><code>${escapeHtml(base)}</code></td></tr>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>contract-stubs</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1f2328; }
  table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #d0d7de; }
  code { background: #f6f8fa; padding: .1rem .3rem; border-radius: 4px; }
</style>
</head>
<body>
<h1>contract-stubs</h1>
<p>${stubs.apis.length} API(s) mounted on <code>${escapeHtml(origin)}</code>.</p>
<table>
<thead><tr><th>API</th><th>document</th><th colspan="3">reference</th><th>base URL</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<h2>Controls</h2>
<ul>
<li><code>POST /__stubs/reset[?api=&lt;id&gt;]</code> — fresh state</li>
<li><a href="/__stubs/requests">GET /__stubs/requests</a> — the request journal</li>
<li><a href="/__stubs/apis">GET /__stubs/apis</a> — the mounted APIs as JSON</li>
</ul>
</body>
</html>
`;
}

const originOf = (req: Request) => `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;

/**
 * Whether `docsRouter` answers a request for this (normalised) path: the server hands every
 * other request to the core without Express (forward.ts). Express matches these routes
 * whatever their case and with or without a trailing slash; so does this.
 */
export function servesPage(stubs: Stubs, method: string | undefined, pathname: string): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  const path = (pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname).toLowerCase();
  if (path === '/') return stubs.apis.every((m) => m.prefix !== '');
  if (path === '/favicon.ico' || path.startsWith(`${DOCS_ASSETS}/`)) return true;
  return stubs.apis.some((m) => path === `${m.prefix}/docs` || path === `${m.prefix}/openapi.yaml`);
}

/** Mounted before the API routers: the docs assets, each API's docs page and YAML document, and `GET /`. */
export function docsRouter(stubs: Stubs): Router {
  const router = express.Router();
  router.get(`${DOCS_ASSETS}/:file`, (req, res, next) => {
    const file = req.params.file;
    if (!file || !SWAGGER_UI_FILES.has(file)) return next();
    res.sendFile(file, { root: swaggerUiDir, maxAge: '1h' });
  });
  // Browsers ask for it on every page (the index has no icon link): Swagger UI's icon, not a 404.
  router.get('/favicon.ico', (_req, res) => {
    res.sendFile('favicon-32x32.png', { root: swaggerUiDir, maxAge: '1h' });
  });
  for (const mounted of stubs.apis) {
    router.get(`${mounted.prefix}/docs`, (_req, res) => {
      res.type('html').send(docsPage(mounted));
    });
    router.get(`${mounted.prefix}/openapi.yaml`, async (req, res) => {
      // Loaded on the first YAML asked for, not at every start.
      const { stringify } = await import('yaml');
      res.type('application/yaml').send(stringify(servedDocument(mounted.api.definition.document, originOf(req), mounted.prefix)));
    });
  }
  // An API served at the root owns `/`; otherwise browsers get the index page and every other
  // client the JSON listing, with each API's docs and YAML links added.
  if (stubs.apis.every((m) => m.prefix !== '')) {
    router.get('/', async (req, res, next) => {
      try {
        const origin = originOf(req);
        if (req.accepts(['json', 'html']) === 'html') return void res.type('html').send(indexPage(stubs, origin));
        const listing = (await (await stubs.fetch(new Request(`${origin}/`))).json()) as { apis: Array<Record<string, unknown>> };
        listing.apis = listing.apis.map((entry) => ({
          ...entry,
          openapiYaml: `${entry.baseUrl}/openapi.yaml`,
          docs: `${entry.baseUrl}/docs`,
        }));
        res.type('json').send(JSON.stringify(listing, null, 2));
      } catch (error) {
        next(error);
      }
    });
  }
  return router;
}
