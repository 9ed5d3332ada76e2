// `contract-stubs start --watch`: an edit to `openapi/<api>.yaml`, `handlers/<api>/*` or
// `fixtures/<api>/*` reloads that API in place (state kept where its shape still fits, see
// ApiInstance.reload). A document that no longer parses, or handlers that no longer load, are
// reported and the last good version keeps serving.
import { existsSync, type FSWatcher, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { RuntimeApiDefinition } from '../core/definition.ts';
import type { OpenApiDocument } from '../core/document.ts';
import type { Stubs } from '../core/stubs.ts';
import { documentPath } from './package-root.ts';
import { reloadQueue } from './reload-queue.ts';

// From src/node/ as from dist/src/node/: the handlers and fixtures this server imported.
const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
const handlersDir = new URL('../../handlers/', import.meta.url);
const fixturesDir = new URL('../../fixtures/', import.meta.url);
const VERSION = 'contract-stubs-watch';

let hooked = false;
/**
 * ES modules are cached by URL: a handler module imported as `index.ts?contract-stubs-watch=3`
 * passes the version on to the handlers and fixtures it imports, so they load afresh, while
 * the core (and its classes, such as StubError) stays the one instance the server runs.
 */
function versionReloadableImports(): void {
  if (hooked) return;
  hooked = true;
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      const version = context.parentURL ? new URL(context.parentURL).searchParams.get(VERSION) : null;
      if (!version || !(resolved.url.startsWith(handlersDir.href) || resolved.url.startsWith(fixturesDir.href))) return resolved;
      const url = new URL(resolved.url);
      url.searchParams.set(VERSION, version);
      return { ...resolved, url: url.href };
    },
  });
}

export type WatchReport = (message: string, level: 'info' | 'error') => void;

async function loadDocument(id: string): Promise<OpenApiDocument> {
  const file = documentPath(id);
  const parsed = parseDocument(await readFile(file, 'utf8'));
  const [error] = parsed.errors;
  if (error) throw new Error(`openapi/${id}.yaml no longer parses: ${error.message.split('\n')[0]}`);
  const document = parsed.toJS() as OpenApiDocument | null;
  if (!document || typeof document !== 'object' || !document.openapi || !document.paths) {
    throw new Error(`openapi/${id}.yaml is no OpenAPI document (no openapi or paths)`);
  }
  return document;
}

async function loadDefinition(id: string, version: number): Promise<RuntimeApiDefinition> {
  const url = new URL(`${id}/index.${extension}`, handlersDir);
  url.searchParams.set(VERSION, String(version));
  let module: Record<string, unknown>;
  try {
    module = (await import(url.href)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`handlers/${id} no longer load: ${(error as Error).message}`);
  }
  const definition = Object.values(module).find((value) => (value as RuntimeApiDefinition | null)?.id === id);
  if (!definition) throw new Error(`handlers/${id}/index.${extension} exports no definition with id "${id}"`);
  return definition as RuntimeApiDefinition;
}

/** Which mounted API a changed file belongs to. */
function apiOf(ids: string[], area: 'openapi' | 'code', file: string): string | undefined {
  const id = area === 'openapi' ? file.replace(/\.ya?ml$/, '') : file.split(/[\\/]/)[0];
  return id && ids.includes(id) ? id : undefined;
}

export function watchApis(stubs: Stubs, report: WatchReport): { close(): void } {
  versionReloadableImports();
  const ids = stubs.apis.map((m) => m.api.id);
  let version = 0;

  async function reload(id: string): Promise<void> {
    const mounted = stubs.apis.find((m) => m.api.id === id);
    if (!mounted) return;
    try {
      const [document, definition] = await Promise.all([loadDocument(id), loadDefinition(id, ++version)]);
      const { stateKept, reason } = mounted.api.reload({ ...definition, document });
      report(`reloaded ${id} (${stateKept ? 'state kept' : `state reset: ${reason}`})`, 'info');
    } catch (error) {
      report(`${(error as Error).message}; still serving the last good version of ${id}`, 'error');
    }
  }

  const queued = reloadQueue(reload);
  const schedule = (id: string | undefined) => id && queued.schedule(id);

  const watchers: FSWatcher[] = [];
  const openapiDir = documentPath(ids[0] ?? '').replace(/[^/\\]+$/, '');
  watchers.push(watch(openapiDir, (_event, file) => file && schedule(apiOf(ids, 'openapi', file.toString()))));
  for (const dir of [handlersDir, fixturesDir]) {
    const path = fileURLToPath(dir);
    if (existsSync(path))
      watchers.push(watch(path, { recursive: true }, (_event, file) => file && schedule(apiOf(ids, 'code', file.toString()))));
  }
  return {
    close() {
      for (const watcher of watchers) watcher.close();
      queued.close();
    },
  };
}
