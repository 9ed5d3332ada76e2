// State to JSON and back, for `--state-file`. API state is made of plain objects and arrays,
// Map, Set, Date and BoundedMap only (the working agreement); anything else is refused with
// the path to it, so a state that cannot round-trip is found when written, not when restored.
// Tagged nodes are `{ "$t": <type>, "v": ... }`; a plain object that has a `$t` key of its own
// is tagged too, so no stored value is ever mistaken for a tag.
import { BoundedMap } from './bounded-map.ts';

type Tagged =
  | { $t: 'Date'; v: string }
  | { $t: 'Map'; v: Array<[unknown, unknown]> }
  | { $t: 'Set'; v: unknown[] }
  | { $t: 'BoundedMap'; v: Array<[unknown, unknown, number]> }
  | { $t: 'Object'; v: Array<[string, unknown]> }
  | { $t: 'undefined' }
  | { $t: 'number'; v: string };

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function encodeState(value: unknown, path = 'state'): unknown {
  if (value === undefined) return { $t: 'undefined' } satisfies Tagged;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : ({ $t: 'number', v: String(value) } satisfies Tagged);
  if (typeof value !== 'object') throw new Error(`${path}: a ${typeof value} cannot be persisted`);
  if (Array.isArray(value)) return value.map((item, i) => encodeState(item, `${path}[${i}]`));
  if (value instanceof Date) return { $t: 'Date', v: value.toISOString() } satisfies Tagged;
  if (value instanceof BoundedMap) {
    const entries = [...(value as BoundedMap<unknown, unknown>).dump()];
    return {
      $t: 'BoundedMap',
      v: entries.map(([k, v, touched]) => [encodeState(k, `${path}<key>`), encodeState(v, `${path}.get(${String(k)})`), touched]),
    } satisfies Tagged;
  }
  if (value instanceof Map) {
    return {
      $t: 'Map',
      v: [...value].map(([k, v]) => [encodeState(k, `${path}<key>`), encodeState(v, `${path}.get(${String(k)})`)]),
    } satisfies Tagged;
  }
  if (value instanceof Set) return { $t: 'Set', v: [...value].map((item, i) => encodeState(item, `${path}<${i}>`)) } satisfies Tagged;
  if (!isPlainObject(value)) throw new Error(`${path}: a ${value.constructor?.name ?? 'class'} instance cannot be persisted`);
  const entries = Object.entries(value).map(([k, v]) => [k, encodeState(v, `${path}.${k}`)] as [string, unknown]);
  if (Object.hasOwn(value, '$t')) return { $t: 'Object', v: entries } satisfies Tagged;
  return Object.fromEntries(entries);
}

/** The node of `template` at the same place, for BoundedMaps (whose options live in the fresh state). */
function child(template: unknown, key: string | number): unknown {
  if (template === null || typeof template !== 'object') return undefined;
  if (template instanceof Map || template instanceof BoundedMap) return undefined;
  return (template as Record<string | number, unknown>)[key];
}

/**
 * Rebuilds a state from `encodeState` output. `template` is a fresh `createState()`: each
 * BoundedMap is refilled in place of the fresh one at the same path, keeping its size cap,
 * time to live and clock. Throws on anything `encodeState` does not write.
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
