// Collections by convention: a collection path and an item path directly under it
// (`/books` and `/books/{bookId}`, `/users/{id}/orders` and `/users/{id}/orders/{orderId}`),
// where the collection takes POST and the item GET, and the item's schema has a field for its
// id (the path parameter's name, `id`, or the name less the collection's: `issue_number` →
// `number`). Only operations without a handler take part: a collection any of whose
// operations has a handler is left to the handlers.

import { objectShape } from '../any-document/fit.ts';
import type { JsonSchema, OpenApiDocument, Operation } from '../document.ts';
import { isJsonMediaType } from '../read-body.ts';

export type CollectionRole = 'list' | 'create' | 'read' | 'replace' | 'update' | 'delete';

export interface Collection {
  /** `/users/{id}/orders` */
  path: string;
  /** `/users/{id}/orders/{orderId}` */
  itemPath: string;
  /** The item path's own parameter (`orderId`). */
  idParam: string;
  /** The item's field holding its id (`id`). */
  idField: string;
  /** The item as `GET` on its path answers it. */
  itemSchema: JsonSchema;
  /** The schema of the id in the item path (an id a client offers must fit it). */
  idSchema: JsonSchema | undefined;
}

export interface CollectionOperation {
  collection: Collection;
  role: CollectionRole;
}

/** The JSON schema of the operation's lowest declared 2xx answer, if it has one. */
export function successSchema(op: Operation): { status: number; schema: JsonSchema | undefined } | undefined {
  const statuses = [...op.responses.keys()].filter((s) => /^2\d\d$/.test(s)).sort();
  const status = statuses[0];
  if (status === undefined) return undefined;
  const content = op.responses.get(status)?.content;
  const json = [...(content ?? [])].find(([type]) => isJsonMediaType(type.split(';')[0]?.trim() ?? ''));
  return { status: Number(status), schema: json?.[1].schema };
}

function singular(segment: string): string {
  return segment.replace(/ies$/, 'y').replace(/s$/, '');
}

function idFieldFor(param: string, collectionPath: string, properties: Record<string, unknown>): string | undefined {
  const last = collectionPath.split('/').filter(Boolean).pop() ?? '';
  const stem = singular(last).replace(/[-_]/g, '').toLowerCase();
  const lowered = param.toLowerCase();
  const rest = lowered.startsWith(stem) ? param.slice(stem.length).replace(/^[-_]/, '') : undefined;
  const candidates = [param, 'id', rest, rest?.toLowerCase(), `${stem}Id`, `${stem}_id`, 'uuid'];
  return candidates.find((name): name is string => !!name && Object.hasOwn(properties, name));
}

const ROLES: Record<string, [CollectionRole, 'collection' | 'item']> = {
  'get collection': ['list', 'collection'],
  'post collection': ['create', 'collection'],
  'get item': ['read', 'item'],
  'put item': ['replace', 'item'],
  'patch item': ['update', 'item'],
  'delete item': ['delete', 'item'],
};

export function findCollections(
  document: OpenApiDocument,
  operations: Operation[],
  handled: (key: string) => boolean,
): Map<string, CollectionOperation> {
  const byPath = new Map<string, Map<string, Operation>>();
  for (const op of operations) {
    const methods = byPath.get(op.path) ?? new Map<string, Operation>();
    methods.set(op.method, op);
    byPath.set(op.path, methods);
  }
  const found = new Map<string, CollectionOperation>();
  for (const [itemPath, itemOps] of byPath) {
    const match = /^(.+)\/\{([^}/]+)\}$/.exec(itemPath);
    if (!match?.[1] || !match[2]) continue;
    const [, path, idParam] = match;
    const collectionOps = byPath.get(path);
    const create = collectionOps?.get('post');
    const read = itemOps.get('get');
    if (!collectionOps || !create || !read) continue;
    const all = [...collectionOps.values(), ...itemOps.values()];
    if (all.some((op) => handled(op.key))) continue;
    const itemSchema = successSchema(read)?.schema;
    if (!itemSchema) continue;
    const shape = objectShape(document, itemSchema);
    if (!shape.known) continue;
    const idField = idFieldFor(idParam, path, shape.properties);
    if (!idField) continue;
    const idSchema = read.parameters.find((p) => p.in === 'path' && p.name === idParam)?.schema;
    const collection: Collection = { path, itemPath, idParam, idField, itemSchema, idSchema };
    for (const [name, [role, where]] of Object.entries(ROLES)) {
      const op = (where === 'collection' ? collectionOps : itemOps).get(name.split(' ')[0] ?? '');
      if (op) found.set(op.key, { collection, role });
    }
  }
  return found;
}
