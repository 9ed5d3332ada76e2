import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.ts';
import { byteSize, entryBytes, itemBytes } from './byte-size.ts';

describe('byteSize', () => {
  it('counts strings at 2 bytes a character, and object keys as strings', () => {
    expect(byteSize('')).toBe(16);
    expect(byteSize('abcd')).toBe(24);
    expect(byteSize({ ['k'.repeat(1000)]: 1 })).toBe(32 + 8 + 16 + 2000 + 8);
    expect(byteSize([1, null, true, undefined])).toBe(32 + 4 * 8 + 4 * 8);
    expect(byteSize(new Date(0))).toBe(32);
  });

  it('is additive: what an item or entry adds is itemBytes / entryBytes of it', () => {
    const list: unknown[] = [{ a: 'x' }];
    const map = new Map<string, unknown>([['k', [1, 2]]]);
    const set = new Set<unknown>(['s']);
    const bounded = new BoundedMap<string, unknown>({ maxEntries: 10, now: () => new Date(0) });
    const before = [byteSize(list), byteSize(map), byteSize(set), byteSize(bounded)];
    const item = { text: 'hello', when: new Date(0), tags: ['a', 'b'] };
    list.push(item);
    map.set('new', item);
    set.add(item);
    bounded.set('new', item);
    expect(byteSize(list) - (before[0] ?? 0)).toBe(itemBytes(item));
    expect(byteSize(map) - (before[1] ?? 0)).toBe(entryBytes('new', item));
    expect(byteSize(set) - (before[2] ?? 0)).toBe(entryBytes('new', item) - byteSize('new'));
    expect(byteSize(bounded) - (before[3] ?? 0)).toBe(entryBytes('new', item));
  });

  it('measures a value nested far deeper than the stack would allow a recursion', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(byteSize(deep)).toBe(200_000 * 40 + 24);
  });
});
