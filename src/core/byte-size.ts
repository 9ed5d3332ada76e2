// How many bytes a piece of state takes, estimated, for the byte budgets that keep every store
// bounded (BoundedMap's `maxBytes`, the per-user and per-session budgets of the handlers). An
// upper estimate of V8's memory, not of JSON: a string counts 2 bytes a character (V8 keeps
// Latin-1 strings at 1, others at 2) plus a header; every object, array, Map and Set a header
// plus a slot per property, item or entry; an object's keys count as strings too (a free-form
// object's keys are data: `{"<100 KB>": 1}` is 100 KB). Additive, so a handler that adds an item to an
// array can add `ITEM_SLOT_BYTES + byteSize(item)` instead of measuring the whole again.
// Iterative, so a deeply nested free-form value cannot overflow the stack.
import { BoundedMap } from './bounded-map.ts';

export const STRING_HEADER_BYTES = 16;
export const OBJECT_HEADER_BYTES = 32;
/** What an array item or an object property adds beside its value (the pointer, the key's slot). */
export const ITEM_SLOT_BYTES = 8;
/** What a Map entry adds beside its key and value (the hash table's slot). */
export const ENTRY_SLOT_BYTES = 24;
/** A number, boolean, null or undefined kept inline in its slot; a Date is an object. */
const INLINE_BYTES = 8;
const DATE_BYTES = 32;

export function byteSize(value: unknown): number {
  let total = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (typeof node === 'string') total += STRING_HEADER_BYTES + 2 * node.length;
    else if (node === null || typeof node !== 'object') total += INLINE_BYTES;
    else if (node instanceof Date) total += DATE_BYTES;
    else if (Array.isArray(node)) {
      total += OBJECT_HEADER_BYTES + ITEM_SLOT_BYTES * node.length;
      for (let i = 0; i < node.length; i++) pending.push(node[i]);
    } else if (node instanceof BoundedMap) {
      total += OBJECT_HEADER_BYTES + ENTRY_SLOT_BYTES * node.size;
      for (const [key, item] of (node as BoundedMap<unknown, unknown>).dump()) pending.push(key, item);
    } else if (node instanceof Map) {
      total += OBJECT_HEADER_BYTES + ENTRY_SLOT_BYTES * node.size;
      for (const [key, item] of node) pending.push(key, item);
    } else if (node instanceof Set) {
      total += OBJECT_HEADER_BYTES + ENTRY_SLOT_BYTES * node.size;
      for (const item of node) pending.push(item);
    } else {
      total += OBJECT_HEADER_BYTES;
      const record = node as Record<string, unknown>;
      // Object.keys, not `for…in` + `Object.hasOwn`: the same keys, and 5-10× faster once
      // V8 has seen the many shapes state objects come in (a sage consultation: 50 → 5 µs).
      const keys = Object.keys(record);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        total += ITEM_SLOT_BYTES + STRING_HEADER_BYTES + 2 * key.length;
        pending.push(record[key]);
      }
    }
  }
  return total;
}

/** What an array grows by when `item` is pushed (or shrinks by when it is removed). */
export function itemBytes(item: unknown): number {
  return ITEM_SLOT_BYTES + byteSize(item);
}

/** What a Map grows by with the entry `key → value`. */
export function entryBytes(key: unknown, value: unknown): number {
  return ENTRY_SLOT_BYTES + byteSize(key) + byteSize(value);
}
