// Answers of collections kept by convention (detect.ts): POST stores the body completed to the
// item schema, GET/PUT/PATCH/DELETE on the item read, replace, merge-patch and remove it, GET on
// the collection lists a page of what is stored, in the declared list shape. A collection
// nothing was ever stored in is left to the document's examples (`undefined` here).

import { type FitContext, fitToSchema, generated, objectShape, resolveSchema } from '../any-document/fit.ts';
import type { ApiRuntime } from '../api-runtime.ts';
import type { JsonSchema, Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import { isoTime } from '../iso-time.ts';
import { emptyReply, jsonReply, type StubReply } from '../reply.ts';
import { CONTROL_HEADER } from '../stages/forced-answer.ts';
import { type Collection, type CollectionOperation, findCollections, successSchema } from './detect.ts';
import type { StoredCollection } from './store.ts';

type Item = Record<string, unknown>;

const known = new WeakMap<object, Map<string, CollectionOperation>>();

function collectionsOf(api: ApiRuntime): Map<string, CollectionOperation> {
  let found = known.get(api.compiled);
  if (!found) {
    const { definition } = api;
    found = findCollections(definition.document, api.compiled.operations, (key) => definition.handlers[key] !== undefined);
    known.set(api.compiled, found);
  }
  return found;
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `/users/{id}/orders` with the request's parameters: `/users/7/orders`. */
function concrete(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')));
}

const TIMESTAMP = /^(created|updated|modified|inserted|last_?modified|last_?updated)(_?(at|on|date|time))?$/i;
const CREATED = /^(created|inserted)/i;

function typesOf(schema: JsonSchema): string[] {
  return typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : [];
}

/** The time in the form the property declares: a date-time, a date, or unix seconds. */
function timeFor(schema: JsonSchema, now: Date): unknown {
  if (typesOf(schema).some((t) => t === 'integer' || t === 'number')) return Math.floor(now.getTime() / 1000);
  return schema.format === 'date' ? isoTime(now).slice(0, 10) : isoTime(now);
}

/** Merge patch (RFC 7396): `null` removes a field, objects merge, anything else replaces. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isItem(patch)) return patch;
  const out: Item = isItem(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = mergePatch(out[key], value);
  }
  return out;
}

class CollectionAnswers {
  readonly #api: ApiRuntime;
  readonly #x: Exchange;
  readonly #op: Operation;
  readonly #collection: Collection;
  readonly #fit: FitContext;

  constructor(api: ApiRuntime, x: Exchange, op: Operation, collection: Collection) {
    this.#api = api;
    this.#x = x;
    this.#op = op;
    this.#collection = collection;
    this.#fit = { document: api.definition.document, compiler: api.compiled.compiler, faker: x.world.faker };
  }

  answer(role: CollectionOperation['role']): StubReply | undefined {
    const path = concrete(this.#collection.path, this.#x.params);
    const store = this.#x.world.collections;
    if (role === 'create') return this.#create(store.open(path));
    const stored = store.get(path);
    if (!stored) return undefined;
    if (role === 'list') return this.#list(stored);
    const id = String(this.#x.params[this.#collection.idParam] ?? '');
    const item = stored.items.get(id);
    if (!isItem(item)) {
      return this.#api.errorReply(this.#x.world, 404, `path.${this.#collection.idParam}: no item ${id} in ${path}`, {
        code: 'NOT_FOUND',
        operation: this.#op.key,
      });
    }
    if (role === 'read') return this.#reply(item, role);
    if (role === 'delete') {
      store.delete(stored, id);
      return this.#reply(item, role);
    }
    const body = isItem(this.#x.body) ? this.#x.body : {};
    const next = this.#complete(role === 'update' ? (mergePatch(item, body) as Item) : body, item[this.#collection.idField], item);
    store.put(stored, id, next);
    return this.#reply(next, role);
  }

  /**
   * The stored item in the shape this operation's success status declares. An operation that
   * declares none (some documents list only errors) still answers what it did, marked as
   * outside the contract.
   */
  #reply(item: Item, role: CollectionOperation['role']): StubReply {
    const success = successSchema(this.#op);
    if (!success) {
      const headers = { [CONTROL_HEADER]: 'undocumented-status' };
      return role === 'delete' ? emptyReply(204, { headers }) : jsonReply(role === 'create' ? 201 : 200, item, { headers });
    }
    if (!success.schema) return emptyReply(success.status);
    return jsonReply(success.status, fitToSchema(this.#fit, success.schema, item));
  }

  #create(stored: StoredCollection): StubReply {
    const body = isItem(this.#x.body) ? this.#x.body : {};
    const id = this.#newId(stored, body[this.#collection.idField]);
    const item = this.#complete(body, id, undefined);
    const key = String(item[this.#collection.idField] ?? id);
    if (typeof item[this.#collection.idField] === 'number')
      stored.counter = Math.max(stored.counter, Number(item[this.#collection.idField]));
    this.#x.world.collections.put(stored, key, item);
    return this.#reply(item, 'create');
  }

  /**
   * The client's own id where it sent a free one that the item path takes, else the next
   * integer, a UUID, or one generated for the field.
   */
  #newId(stored: StoredCollection, offered: unknown): unknown {
    const { idField, itemSchema, idSchema } = this.#collection;
    if ((typeof offered === 'string' && offered !== '') || typeof offered === 'number') {
      const fits = !idSchema || this.#fit.compiler.compile(idSchema)(offered);
      if (fits && !stored.items.has(String(offered))) return offered;
    }
    const schema = objectShape(this.#fit.document, itemSchema).properties[idField] ?? {};
    if (typesOf(schema).some((t) => t === 'integer' || t === 'number')) {
      const minimum = typeof schema.minimum === 'number' ? schema.minimum : 1;
      stored.counter = Math.max(stored.counter + 1, minimum);
      return stored.counter;
    }
    if (schema.format === 'uuid') return this.#fit.faker.string.uuid();
    const holder: JsonSchema = { type: 'object', properties: { [idField]: schema }, required: [idField] };
    let id: unknown;
    for (let attempt = 0; attempt < 20; attempt++) {
      id = (generated(this.#fit, holder) as Item | undefined)?.[idField];
      if (!stored.items.has(String(id))) break;
    }
    return id;
  }

  /** The body completed to the item schema: its id, timestamps, defaults, required fields; valid against the schema. */
  #complete(body: Item, id: unknown, previous: Item | undefined): Item {
    const { idField, itemSchema } = this.#collection;
    const shape = objectShape(this.#fit.document, itemSchema);
    const now = this.#api.now();
    const item: Item = { [idField]: id };
    for (const [name, value] of Object.entries(body)) {
      if (name !== idField && (shape.open || shape.properties[name])) item[name] = value;
    }
    for (const [name, schema] of Object.entries(shape.properties)) {
      if (TIMESTAMP.test(name)) {
        const kept = CREATED.test(name) ? previous?.[name] : undefined;
        item[name] = kept ?? timeFor(schema, now);
      } else if (!(name in item) && 'default' in schema) item[name] = schema.default;
    }
    const fitted = fitToSchema(this.#fit, itemSchema, item, { [idField]: id });
    return isItem(fitted) ? fitted : { [idField]: id };
  }

  #list(stored: StoredCollection): StubReply {
    const success = successSchema(this.#op);
    const status = success?.status ?? 200;
    if (!success?.schema) return emptyReply(status);
    const items = this.#page([...stored.items.values()].filter(isItem));
    const schema = resolveSchema(this.#fit.document, success.schema);
    const fitItems = (itemsSchema: unknown) =>
      items.map((item) => fitToSchema(this.#fit, resolveSchema(this.#fit.document, itemsSchema), item));
    if (typesOf(schema).includes('array') || schema.items !== undefined) {
      return jsonReply(status, fitToSchema(this.#fit, success.schema, fitItems(schema.items)));
    }
    const shape = objectShape(this.#fit.document, schema);
    const arrays = Object.entries(shape.properties).filter(([, s]) => typesOf(s).includes('array'));
    const last = this.#collection.path.split('/').pop() ?? '';
    const preferred = ['items', 'data', 'results', 'content', 'records', 'list', 'entries', 'values', last];
    const [name, arraySchema] = arrays.find(([n]) => preferred.includes(n)) ?? arrays[0] ?? [];
    if (!name || !arraySchema) return jsonReply(status, fitToSchema(this.#fit, success.schema, {}));
    const list: Item = { [name]: fitItems(arraySchema.items) };
    for (const [field, s] of Object.entries(shape.properties)) {
      if (/^(total|total_?count|count|total_?items|total_?elements|total_?results)$/i.test(field) && typesOf(s).includes('integer')) {
        list[field] = stored.items.size;
      }
    }
    return jsonReply(status, fitToSchema(this.#fit, success.schema, list));
  }

  /** The page the declared `limit`/`offset`/`page`/`per_page` parameters ask for. */
  #page(items: Item[]): Item[] {
    const query = this.#x.query;
    const value = (...names: string[]): number | undefined => {
      for (const param of this.#op.parameters) {
        if (param.in !== 'query' || !names.includes(param.name)) continue;
        const raw = query[param.name] ?? param.schema?.default;
        if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
      }
      return undefined;
    };
    const size = value('limit', 'per_page', 'perPage', 'page_size', 'pageSize', 'size', 'count');
    const page = value('page', 'page_number', 'pageNumber');
    const offset = value('offset', 'skip', 'start') ?? (page !== undefined && size !== undefined ? Math.max(0, page - 1) * size : 0);
    return items.slice(offset, size === undefined ? undefined : offset + size);
  }
}

/** The collection's answer where the operation takes part in one and state is kept; else undefined. */
export function collectionAnswer(api: ApiRuntime, x: Exchange, op: Operation): StubReply | undefined {
  if (!api.stateful) return undefined;
  const found = collectionsOf(api).get(op.key);
  if (!found) return undefined;
  return new CollectionAnswers(api, x, op, found.collection).answer(found.role);
}

/** The operations of an API that keep state by convention (for `start` and `/__stubs/apis`). */
export function statefulOperations(api: ApiRuntime): string[] {
  return [...collectionsOf(api).keys()];
}
