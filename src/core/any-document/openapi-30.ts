// OpenAPI 3.0 schemas, read as the 3.1 (JSON Schema 2020-12) schemas the core validates and
// generates with: `nullable: true` becomes a `null` type (or an `anyOf` with null where the
// schema has no type), a boolean `exclusiveMinimum`/`exclusiveMaximum` becomes the numeric
// bound. The document is changed in place and then says `openapi: 3.1.0`.
import type { OpenApiDocument } from '../document.ts';

type Node = Record<string, unknown>;

/** Keys whose values are data, never schemas: nothing below them is rewritten. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'value']);
/** Keys whose values map names (which may be `value` or `default`) to schemas or other objects. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
  '$defs',
  'definitions',
  'schemas',
  'paths',
  'responses',
  'parameters',
  'headers',
  'content',
  'requestBodies',
  'callbacks',
  'encoding',
  'webhooks',
]);

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function upgradeSchema(node: Node): Node {
  for (const [bound, exclusive] of [
    ['minimum', 'exclusiveMinimum'],
    ['maximum', 'exclusiveMaximum'],
  ] as const) {
    if (typeof node[exclusive] !== 'boolean') continue;
    if (node[exclusive] === true && typeof node[bound] === 'number') {
      node[exclusive] = node[bound];
      delete node[bound];
    } else delete node[exclusive];
  }
  if (typeof node.nullable !== 'boolean') return node;
  const nullable = node.nullable;
  delete node.nullable;
  if (!nullable) return node;
  if (typeof node.type === 'string') {
    node.type = [node.type, 'null'];
    if (Array.isArray(node.enum) && !node.enum.includes(null)) node.enum = [...node.enum, null];
    return node;
  }
  if (Array.isArray(node.type)) {
    if (!node.type.includes('null')) node.type = [...node.type, 'null'];
    return node;
  }
  // No type (a $ref, allOf, oneOf): the value is that schema, or null.
  return { anyOf: [{ ...node }, { type: 'null' }] };
}

function walk(value: unknown, names = false): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = walk(value[i]);
    return value;
  }
  if (!isNode(value)) return value;
  for (const [key, child] of Object.entries(value)) {
    if (names) value[key] = walk(child);
    else if (!DATA_KEYS.has(key) && !key.startsWith('x-')) value[key] = walk(child, NAME_MAPS.has(key));
  }
  return names ? value : upgradeSchema(value);
}

/** True for a 3.0.x document. */
export function isOpenApi30(document: { openapi?: unknown }): boolean {
  return typeof document.openapi === 'string' && document.openapi.startsWith('3.0');
}

/** Rewrites a 3.0 document's schemas as 3.1 in place; a 3.1 document is returned as it is. */
export function upgradeOpenApi30(document: OpenApiDocument): OpenApiDocument {
  if (!isOpenApi30(document)) return document;
  for (const [key, child] of Object.entries(document)) {
    if (key !== 'openapi' && key !== 'info' && !key.startsWith('x-')) document[key] = walk(child, key === 'paths' || key === 'webhooks');
  }
  document.openapi = '3.1.0';
  return document;
}
