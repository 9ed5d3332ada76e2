// Whether an API's state still fits a new version of its code (`--watch`): the state the new
// code would build is compared with the live one by shape, key by key through plain objects.
// Collections (Map, Set, arrays, BoundedMap) compare by kind only: a fresh one is empty, so its
// entries say nothing about the shape the new code expects of them.
import { BoundedMap } from './bounded-map.ts';

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'array';
  if (value instanceof BoundedMap) return 'BoundedMap';
  if (value instanceof Map) return 'Map';
  if (value instanceof Set) return 'Set';
  if (value instanceof Date) return 'Date';
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null ? 'object' : (proto.constructor?.name ?? 'object');
  }
  return typeof value;
}

/** `undefined` when `live` has the shape of `fresh`; otherwise what differs (`state.sessions: Map ≠ BoundedMap`). */
export function stateMismatch(live: unknown, fresh: unknown, path = 'state'): string | undefined {
  const [was, now] = [kindOf(live), kindOf(fresh)];
  if (was !== now) return `${path}: ${was} ≠ ${now}`;
  if (was !== 'object') return undefined;
  const liveKeys = Object.keys(live as object).sort();
  const freshKeys = Object.keys(fresh as object).sort();
  const added = freshKeys.filter((k) => !liveKeys.includes(k));
  const removed = liveKeys.filter((k) => !freshKeys.includes(k));
  if (added.length > 0) return `${path}: new ${added.join(', ')}`;
  if (removed.length > 0) return `${path}: no more ${removed.join(', ')}`;
  for (const key of freshKeys) {
    const mismatch = stateMismatch((live as Record<string, unknown>)[key], (fresh as Record<string, unknown>)[key], `${path}.${key}`);
    if (mismatch) return mismatch;
  }
  return undefined;
}
