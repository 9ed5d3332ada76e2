// `--spec <file>`: an OpenAPI 3.0 or 3.1 document of the user's, YAML or JSON, with `$ref`s
// into other local files, read into one document the core serves (documentApi). References to
// other files are bundled by @apidevtools/json-schema-ref-parser (already installed with
// express-openapi-validator), which rewrites them as references inside the one document; a
// document without such references (GitHub's 13 MB description) is only parsed.
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { documentApi } from '../core/any-document/document-api.ts';
import type { RuntimeApiDefinition } from '../core/definition.ts';
import { indexOperations, type OpenApiDocument, resolvePointer } from '../core/document.ts';

export interface LoadedSpec {
  /** Absolute path of the document. */
  file: string;
  document: OpenApiDocument;
  /** Every local file the document is made of (itself first): what `--watch` watches. */
  files: string[];
}

/**
 * Whether the text may hold a `$ref` to another file (a value not starting with `#`): a scan of
 * the text, a fraction of walking the parsed document (GitHub's: 13 MB). A false alarm (such
 * text inside a description) only costs a bundling pass that changes nothing.
 */
function mayReferOtherFiles(text: string): boolean {
  return /["']?\$ref["']?\s*:\s*["']?(?!#)[^\s"']/.test(text);
}

function parse(file: string, text: string): unknown {
  if (extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  // YAML 1.2 reads JSON too; big documents have far more than the default 100 aliases.
  const parsed = parseDocument(text);
  const [error] = parsed.errors;
  if (error) throw new Error(`${file} does not parse: ${error.message.split('\n')[0]}`);
  return parsed.toJS({ maxAliasCount: -1 });
}

function checkVersion(file: string, document: unknown): asserts document is OpenApiDocument {
  const d = document as Partial<OpenApiDocument> & { swagger?: unknown };
  if (d === null || typeof d !== 'object') throw new Error(`${file} is not an OpenAPI document`);
  if (d.swagger !== undefined)
    throw new Error(`${file} is Swagger ${String(d.swagger)}; only OpenAPI 3.0 and 3.1 are served (convert it first)`);
  if (typeof d.openapi !== 'string' || !/^3\.[01]\./.test(d.openapi)) {
    throw new Error(`${file} is not an OpenAPI 3.0 or 3.1 document (openapi: ${String(d.openapi ?? 'missing')})`);
  }
  if (d.paths === null || typeof d.paths !== 'object') throw new Error(`${file} has no paths`);
  if (!d.info || typeof d.info !== 'object') throw new Error(`${file} has no info`);
}

export async function loadSpec(path: string): Promise<LoadedSpec> {
  const file = resolve(path);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const parsed = parse(file, text);
  checkVersion(file, parsed);
  if (!mayReferOtherFiles(text)) return { file, document: parsed, files: [file] };
  // Loaded only for a document that needs it: most are one file.
  const { $RefParser } = await import('@apidevtools/json-schema-ref-parser');
  const parser = new $RefParser();
  let bundled: unknown;
  try {
    bundled = await parser.bundle(file, parsed, { resolve: { http: false } });
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  checkVersion(file, bundled);
  hoistPathRefs(bundled);
  return {
    file,
    document: bundled,
    files: [
      file,
      ...parser.$refs
        .paths('file')
        .filter((f) => resolve(f) !== file)
        .map((f) => resolve(f)),
    ],
  };
}

/**
 * The bundler points a schema used in several places at the first place it appeared, which
 * may be inside `paths`; the core resolves schema references among `components` only, so each
 * such target is also listed under `components.schemas` (the same object) and referred to there.
 */
function hoistPathRefs(document: OpenApiDocument): void {
  const hoisted = new Map<string, string>();
  document.components ??= {};
  document.components.schemas ??= {};
  const schemas = document.components.schemas;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === 'string' && ref.startsWith('#/paths/')) {
      let name = hoisted.get(ref);
      if (!name) {
        name = `bundled-${hoisted.size + 1}`;
        while (name in schemas) name = `${name}-`;
        hoisted.set(ref, name);
        schemas[name] = resolvePointer(document, ref);
      }
      record.$ref = `#/components/schemas/${name}`;
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(document);
}

/** `my-api.yaml` → `my-api`: the name a document is mounted under, unique among `taken`. */
export function specId(file: string, taken: ReadonlySet<string>): string {
  const base =
    basename(file, extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'api';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function specDefinition(id: string, spec: LoadedSpec, handlers?: RuntimeApiDefinition['handlers']): RuntimeApiDefinition {
  const definition = documentApi({ id, document: spec.document });
  if (!handlers) return definition;
  const keys = new Set(indexOperations(definition.document).map((op) => op.key));
  const unknown = Object.keys(handlers).filter((key) => !keys.has(key));
  if (unknown.length > 0) throw new Error(`handlers for operations ${id} does not have: ${unknown.join(', ')}`);
  return { ...definition, handlers };
}

/**
 * `--handlers <module>`: its default export (or `handlers`) maps operation keys to handlers,
 * typed where the module says `satisfies Handlers<paths, DocumentEnv>` (docs/your-own-api.md).
 * A key the document does not have is refused: it would never be called.
 */
export async function loadHandlers(path: string): Promise<RuntimeApiDefinition['handlers']> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(resolve(path)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`cannot load the handlers in ${path}: ${(error as Error).message}`);
  }
  const handlers = module.default ?? module.handlers;
  if (handlers === null || typeof handlers !== 'object')
    throw new Error(`${path} exports no handlers (a default export mapping 'GET /path' to functions)`);
  for (const [key, handler] of Object.entries(handlers)) {
    if (typeof handler !== 'function') throw new Error(`${path}: the handler for ${key} is not a function`);
  }
  return handlers as RuntimeApiDefinition['handlers'];
}
