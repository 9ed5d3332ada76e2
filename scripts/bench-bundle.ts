// What a browser app ships when it mocks with contract-stubs: Vite builds (production, minified)
// an app entry that starts MSW's worker with one API (`contract-stubs/handlers/<api>`) and one
// with every API (`contract-stubs/handlers`), and this reports each bundle's size, minified and
// gzipped, and which modules it holds: only the APIs it imported, and no Node-only code (a
// `node:*` module, Vite's browser stub for one, or a server-side package).
//
//   node scripts/bench-bundle.ts [--api <id>]     (npm run bench includes it)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { apis } from '../handlers/index.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const CACHE = join(ROOT, 'node_modules/.cache/contract-stubs');
/** Packages that run only on the server; a browser bundle must never hold them. */
const NODE_ONLY = ['express', 'express-openapi-validator', 'ws', 'swagger-ui-dist'];

export interface BundleReport {
  /** `microsite`, or `all` */
  name: string;
  minifiedBytes: number;
  gzipBytes: number;
  modules: number;
  /** The APIs whose handlers, fixtures or documents are in the bundle. */
  apis: string[];
  /** Node-only modules found in the bundle (none is right). */
  nodeOnly: string[];
}

// Sources stand for the package's entry points (contract-stubs/msw → src/msw, contract-stubs/handlers/<api>
// → handlers/<api>): dist/ is the same code compiled module by module, and may be stale.
function entry(ids: string[] | 'all'): string {
  const handlers =
    ids === 'all'
      ? `import { apis } from '${ROOT}handlers/index.ts';`
      : ids.map((id) => `import * as m_${id.replace(/\W/g, '_')} from '${ROOT}handlers/${id}/index.ts';`).join('\n');
  const list = ids === 'all' ? 'apis' : `[${ids.map((id) => `...Object.values(m_${id.replace(/\W/g, '_')})`).join(', ')}]`;
  return `import { setupWorker } from 'msw/browser';
import { createMswStubs } from '${ROOT}src/msw/index.ts';
${handlers}
const { handlers } = createMswStubs(${list});
await setupWorker(...handlers).start({ onUnhandledFrame: 'bypass' });
`;
}

function apiOf(moduleId: string): string | undefined {
  const relative = moduleId.startsWith(ROOT) ? moduleId.slice(ROOT.length) : '';
  const match = /^(?:handlers|fixtures)\/([^/]+)\/|^src\/generated\/([^/.]+)\./.exec(relative);
  return match?.[1] ?? match?.[2];
}

function isNodeOnly(moduleId: string): boolean {
  if (moduleId.startsWith('node:') || moduleId.includes('__vite-browser-external')) return true;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(moduleId)?.[1];
  return inPackage !== undefined && NODE_ONLY.includes(inPackage);
}

/** Builds one app bundle with Vite and reports on it. */
export async function measureBundle(name: string, ids: string[] | 'all'): Promise<BundleReport> {
  // Inside the checkout, so the entry's bare imports (msw/browser) resolve from its node_modules.
  mkdirSync(CACHE, { recursive: true });
  const dir = mkdtempSync(join(CACHE, 'bundle-'));
  try {
    const input = join(dir, 'app.ts');
    writeFileSync(input, entry(ids));
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      root: dir,
      build: { write: false, minify: true, target: 'es2023', rolldownOptions: { input } },
    })) as Rollup.RolldownOutput | Rollup.RolldownOutput[];
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
    const code = chunks.map((c) => c.code).join('\n');
    const moduleIds = chunks.flatMap((c) => c.moduleIds);
    return {
      name,
      minifiedBytes: Buffer.byteLength(code),
      gzipBytes: gzipSync(code, { level: 9 }).byteLength,
      modules: moduleIds.length,
      apis: [...new Set(moduleIds.flatMap((id) => apiOf(id) ?? []))].sort(),
      nodeOnly: moduleIds.filter(isNodeOnly),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-API bundle (the given API, or the first) and the all-API bundle. */
export async function measureBundles(api = apis[0]?.id ?? 'microsite'): Promise<BundleReport[]> {
  return [await measureBundle(api, [api]), await measureBundle('all', 'all')];
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function bundleTable(reports: BundleReport[]): string[] {
  const lines = ['| bundle | minified | gzip | modules | APIs inside | Node-only modules |', '| --- | --: | --: | --: | --- | --- |'];
  for (const r of reports)
    lines.push(
      `| ${r.name === 'all' ? 'every API (`contract-stubs/handlers`)' : `${r.name} alone (\`contract-stubs/handlers/${r.name}\`)`} | ${kB(r.minifiedBytes)} | ${kB(r.gzipBytes)} | ${r.modules} | ${r.apis.join(', ')} | ${r.nodeOnly.length === 0 ? 'none' : r.nodeOnly.join(', ')} |`,
    );
  return lines;
}

/** PASS/FAIL rows for the bench's targets table. */
export function bundleChecks(reports: BundleReport[]): { name: string; pass: boolean; measured: string }[] {
  return reports.flatMap((r) => [
    {
      name: `${r.name === 'all' ? 'all-API' : `${r.name}-only`} browser bundle holds no Node-only code`,
      pass: r.nodeOnly.length === 0,
      measured: r.nodeOnly.length === 0 ? 'none' : r.nodeOnly.slice(0, 3).join(', '),
    },
    ...(r.name === 'all'
      ? []
      : [{ name: `${r.name}-only browser bundle holds only ${r.name}`, pass: r.apis.join() === r.name, measured: r.apis.join(', ') }]),
  ]);
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { api: { type: 'string' } } });
  const reports = await measureBundles(values.api);
  process.stdout.write(
    `${[...bundleTable(reports), '', ...bundleChecks(reports).map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.name}: ${c.measured}`)].join('\n')}\n`,
  );
}
