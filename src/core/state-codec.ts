// State to JSON and back, for `--state-file`. API state is made of plain objects and arrays,
// Map, Set, Date and BoundedMap only (the working agreement); anything else is refused with
// the path to it, so a state that cannot round-trip is found when written, not when restored.
// Tagged nodes are `{ "$t": <type>, "v": ... }`: `Date` (ISO string), `Map` ([key, value]
// pairs), `Set` (items), `BoundedMap` ([key, value, touched] triples, least recently used
// first), `number` (NaN and the infinities, as strings) and `undefined` (no `v`); a plain object
// that has a `$t` key of its own is tagged `Object` ([key, value] pairs), so no stored value is
// ever mistaken for a tag.
import { BoundedMap } from './bounded-map.ts';

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Pieces of JSON are gathered into chunks of about this many characters (or one longer string) before they are handed on. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Encodes `value` as JSON, tagged as above, handing it to `write` in chunks of about 64 KiB (a
 * longer string value alone), so a state of any size is written without ever being one string
 * (V8 caps a string at ~512 MiB) or a second tree in memory. Synchronous: the JSON is one
 * consistent moment of the state.
 */
export function writeStateJson(value: unknown, write: (chunk: string) => void): void {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length > 0) write(pending.join(''));
    pending = [];
    size = 0;
  };
  const put = (text: string) => {
    if (text.length >= CHUNK_CHARS) {
      // A long string goes on by itself: joining would copy it once more.
      flush();
      write(text);
    } else {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK_CHARS) flush();
    }
  };
  /** The JSON of a node that holds no other, else undefined. */
  const scalar = (node: unknown): string | undefined => {
    if (node === undefined) return '{"$t":"undefined"}';
    if (node === null || typeof node === 'string' || typeof node === 'boolean') return JSON.stringify(node);
    if (typeof node === 'number') return Number.isFinite(node) ? JSON.stringify(node) : `{"$t":"number","v":"${String(node)}"}`;
    if (node instanceof Date) return `{"$t":"Date","v":${JSON.stringify(node.toISOString())}}`;
    return undefined;
  };
  const items = (open: string, list: Iterable<unknown>, close: string, at: (i: number) => string) => {
    put(open);
    let i = 0;
    for (const item of list) {
      if (i > 0) put(',');
      emit(item, at(i++));
    }
    put(close);
  };
  /** `{"$t":tag,"v":[[key, value(, touched)], ...]}`; `at(key)` names where a value is, for errors. */
  const pairs = (tag: string, entries: Iterable<unknown[]>, path: string, at: (key: unknown) => string) => {
    put(`{"$t":"${tag}","v":[`);
    let first = true;
    for (const [key, ...rest] of entries) {
      put(first ? '[' : ',[');
      first = false;
      emit(key, `${path}<key>`);
      // A value, then (BoundedMap) its touch time, a number.
      for (const item of rest) {
        put(',');
        emit(item, at(key));
      }
      put(']');
    }
    put(']}');
  };
  const fields = (node: Record<string, unknown>, path: string) => {
    put('{');
    let first = true;
    for (const [key, item] of Object.entries(node)) {
      put(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      emit(item, `${path}.${key}`);
    }
    put('}');
  };
  const emit = (node: unknown, path: string): void => {
    const text = scalar(node);
    if (text !== undefined) put(text);
    else if (typeof node !== 'object' || node === null) throw new Error(`${path}: a ${typeof node} cannot be persisted`);
    else if (Array.isArray(node)) items('[', node, ']', (i) => `${path}[${i}]`);
    else if (node instanceof BoundedMap)
      pairs('BoundedMap', (node as BoundedMap<unknown, unknown>).dump(), path, (k) => `${path}.get(${String(k)})`);
    else if (node instanceof Map) pairs('Map', node, path, (k) => `${path}.get(${String(k)})`);
    else if (node instanceof Set) items('{"$t":"Set","v":[', node, ']}', (i) => `${path}<${i}>`);
    else if (!isPlainObject(node)) throw new Error(`${path}: a ${node.constructor?.name ?? 'class'} instance cannot be persisted`);
    else if (Object.hasOwn(node, '$t')) pairs('Object', Object.entries(node), path, (k) => `${path}.${String(k)}`);
    else fields(node, path);
  };
  emit(value, 'state');
  flush();
}

/** `writeStateJson` into one string, for states known to be small (tests, `--watch`). */
export function stateJson(value: unknown): string {
  const chunks: string[] = [];
  writeStateJson(value, (chunk) => chunks.push(chunk));
  return chunks.join('');
}

/** The node of `template` at the same place, for BoundedMaps (whose options live in the fresh state). */
function child(template: unknown, key: string | number): unknown {
  if (template === null || typeof template !== 'object') return undefined;
  if (template instanceof Map || template instanceof BoundedMap) return undefined;
  return (template as Record<string | number, unknown>)[key];
}

/**
 * Rebuilds a state from `writeStateJson` output (parsed). `template` is a fresh `createState()`: each
 * BoundedMap is refilled in place of the fresh one at the same path, keeping its size cap,
 * time to live and clock. Throws on anything `writeStateJson` does not write.
 */
export function decodeState(encoded: unknown, template: unknown, path = 'state'): unknown {
  if (encoded === null || typeof encoded !== 'object') {
    if (typeof encoded === 'number' || typeof encoded === 'string' || typeof encoded === 'boolean' || encoded === null) return encoded;
    throw new Error(`${path}: unexpected ${typeof encoded}`);
  }
  if (Array.isArray(encoded)) return encoded.map((item, i) => decodeState(item, child(template, i), `${path}[${i}]`));
  const node = encoded as Record<string, unknown>;
  if (!Object.hasOwn(node, '$t')) {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, decodeState(v, child(template, k), `${path}.${k}`)]));
  }
  const pairs = (min: number) => {
    if (!Array.isArray(node.v) || node.v.some((e) => !Array.isArray(e) || e.length < min)) throw new Error(`${path}: malformed ${node.$t}`);
    return node.v as unknown[][];
  };
  switch (node.$t) {
    case 'undefined':
      return undefined;
    case 'number':
      return Number(node.v);
    case 'Date': {
      const date = new Date(String(node.v));
      if (Number.isNaN(date.getTime())) throw new Error(`${path}: invalid date ${String(node.v)}`);
      return date;
    }
    case 'Set':
      if (!Array.isArray(node.v)) throw new Error(`${path}: malformed Set`);
      return new Set(node.v.map((item, i) => decodeState(item, undefined, `${path}<${i}>`)));
    case 'Map':
      return new Map(
        pairs(2).map(([k, v]) => [decodeState(k, undefined, `${path}<key>`), decodeState(v, undefined, `${path}.get(${String(k)})`)]),
      );
    case 'Object':
      return Object.fromEntries(pairs(2).map(([k, v]) => [String(k), decodeState(v, child(template, String(k)), `${path}.${String(k)}`)]));
    case 'BoundedMap': {
      if (!(template instanceof BoundedMap)) throw new Error(`${path}: a BoundedMap where the fresh state has none`);
      const entries = pairs(3).map(([k, v, touched]) => {
        if (typeof touched !== 'number') throw new Error(`${path}: malformed BoundedMap entry`);
        return [decodeState(k, undefined, `${path}<key>`), decodeState(v, undefined, `${path}.get(${String(k)})`), touched] as const;
      });
      const map = template as BoundedMap<unknown, unknown>;
      for (const [k] of [...map.dump()]) map.delete(k);
      for (const [k, v, touched] of entries) map.load(k, v, touched);
      return map;
    }
    default:
      throw new Error(`${path}: unknown tag ${String(node.$t)}`);
  }
}
