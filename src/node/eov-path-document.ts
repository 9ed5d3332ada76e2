// The document express-openapi-validator gets for one path: that path, and only the components
// it reaches through `$ref`. The validator deep-copies, dereferences and preprocesses every
// component of what it is given and loads each schema into fresh Ajv instances; given the whole
// document for each path, the first request on a path paid for all of them (~300 ms on sage).
import type { OpenApiDocument } from '../core/document.ts';

const REF_PREFIX = '#/components/';

/** `{ ...document }` holding only `path` and the components reachable from it. */
export function pathDocument(document: OpenApiDocument, path: string, serverUrl: string): Record<string, unknown> {
  const components = (document.components ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const kept: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(REF_PREFIX) && !seen.has(value)) {
        seen.add(value);
        const [section = '', name = ''] = value.slice(REF_PREFIX.length).split('/');
        const target = components[section]?.[name];
        if (target !== undefined) {
          kept[section] ??= {};
          kept[section][name] = target;
          visit(target);
        }
      } else visit(value);
    }
  };
  const pathItem = document.paths?.[path];
  visit(pathItem);
  // Security schemes are named, not referenced; the validator looks them up by name.
  if (components.securitySchemes) kept.securitySchemes = components.securitySchemes;
  return { ...document, servers: [{ url: serverUrl }], paths: { [path]: pathItem }, components: kept };
}
