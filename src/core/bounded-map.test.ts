import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.ts';

function clock() {
  let ms = Date.parse('2025-01-01T00:00:00Z');
  return {
    now: () => new Date(ms),
    advance(by: number) {
      ms += by;
    },
  };
}

describe('BoundedMap', () => {
  it('stores, reads, overwrites and deletes like a Map', () => {
    const map = new BoundedMap<string, number>({ maxEntries: 10, now: clock().now });
    expect(map.set('a', 1)).toBe(map);
    expect(map.get('a')).toBe(1);
    expect(map.has('a')).toBe(true);
    expect(map.get('missing')).toBeUndefined();
    expect(map.has('missing')).toBe(false);

    map.set('a', 2);
    expect(map.get('a')).toBe(2);
    expect(map.size).toBe(1);

    expect(map.delete('a')).toBe(true);
    expect(map.delete('a')).toBe(false);
    expect(map.size).toBe(0);
  });

  it('evicts the least recently inserted entry at maxEntries', () => {
    const map = new BoundedMap<string, number>({ maxEntries: 3, now: clock().now });
    map.set('a', 1).set('b', 2).set('c', 3).set('d', 4);
    expect(map.size).toBe(3);
    expect(map.get('a')).toBeUndefined();
    expect([...map.values()]).toEqual([2, 3, 4]);
  });

  it('lets a get refresh recency so the entry survives eviction', () => {
    const map = new BoundedMap<string, number>({ maxEntries: 3, now: clock().now });
    map.set('a', 1).set('b', 2).set('c', 3);
    expect(map.get('a')).toBe(1);
    map.set('d', 4);
    expect(map.get('a')).toBe(1);
    expect(map.get('b')).toBeUndefined();
    expect(map.get('c')).toBe(3);
    expect(map.get('d')).toBe(4);
  });

  it('keeps the order right through repeated reads of the newest entry and its deletion', () => {
    const map = new BoundedMap<string, number>({ maxEntries: 2, now: clock().now });
    map.set('a', 1).set('b', 2);
    expect(map.get('b')).toBe(2);
    expect(map.get('b')).toBe(2);
    map.delete('b');
    map.set('b', 3);
    expect(map.get('a')).toBe(1);
    map.set('c', 4); // b goes: a was read after it
    expect([...map.values()]).toEqual([1, 4]);
  });

  it('lets re-setting a key refresh its recency', () => {
    const map = new BoundedMap<string, number>({ maxEntries: 2, now: clock().now });
    map.set('a', 1).set('b', 2).set('a', 10).set('c', 3);
    expect(map.get('a')).toBe(10);
    expect(map.get('b')).toBeUndefined();
  });

  it('expires entries untouched for longer than the TTL', () => {
    const time = clock();
    const map = new BoundedMap<string, number>({ maxEntries: 10, ttlMs: 1000, now: time.now });
    map.set('a', 1);
    time.advance(1000);
    expect(map.get('a')).toBe(1);

    const other = new BoundedMap<string, number>({ maxEntries: 10, ttlMs: 1000, now: time.now });
    other.set('b', 2);
    time.advance(1001);
    expect(other.get('b')).toBeUndefined();
    expect(other.has('b')).toBe(false);
    expect(other.size).toBe(0);
  });

  it('extends an entry’s life on get', () => {
    const time = clock();
    const map = new BoundedMap<string, number>({ maxEntries: 10, ttlMs: 1000, now: time.now });
    map.set('kept', 1).set('idle', 2);
    for (let i = 0; i < 5; i++) {
      time.advance(800);
      expect(map.get('kept')).toBe(1);
    }
    expect(map.get('idle')).toBeUndefined();
    expect(map.get('kept')).toBe(1);
  });

  it('never expires without a TTL', () => {
    const time = clock();
    const map = new BoundedMap<string, number>({ maxEntries: 10, now: time.now });
    map.set('a', 1);
    time.advance(365 * 24 * 3600 * 1000);
    expect(map.get('a')).toBe(1);
  });

  it('never grows past the cap after 10,000 inserts', () => {
    const map = new BoundedMap<number, number>({ maxEntries: 100, now: clock().now });
    let largest = 0;
    for (let i = 0; i < 10_000; i++) {
      map.set(i, i);
      largest = Math.max(largest, map.size);
    }
    expect(largest).toBe(100);
    expect(map.size).toBe(100);
    const values = [...map.values()];
    expect(values[0]).toBe(9_900);
    expect(values.at(-1)).toBe(9_999);
    expect(map.get(9_899)).toBeUndefined();
  });

  describe('with a byte budget', () => {
    const sized = (maxBytes: number) =>
      new BoundedMap<string, string[]>({ maxEntries: 100, maxBytes, sizeOf: (v) => v.join('').length, now: clock().now });

    it('lets the least recently used entries go when the bytes are over, keeping what was just set', () => {
      const map = sized(10);
      map.set('a', ['aaaa']).set('b', ['bbbb']);
      map.get('a');
      map.set('c', ['cccc']);
      expect([...map.dump()].map(([k]) => k)).toEqual(['a', 'c']);
      expect(map.bytes).toBe(8);
      expect(map.bytesOf('a')).toBe(4);
      expect(map.bytesOf('b')).toBeUndefined();
    });

    it('counts an entry again when its value grew in place, and makes room for it', () => {
      const map = sized(10);
      const a = ['aa'];
      map.set('a', a).set('b', ['bb']).set('c', ['cc']);
      a.push('aaaa');
      map.resize('a');
      expect(map.bytes).toBe(10);
      expect([...map.dump()].map(([k]) => k)).toEqual(['a', 'b', 'c']);
      a.push('a');
      map.resize('a', 7);
      expect([...map.dump()].map(([k]) => k)).toEqual(['a', 'c']);
      expect(map.bytes).toBe(9);
      map.resize('gone', 5);
      expect(map.bytes).toBe(9);
    });

    it('keeps an entry larger than the whole budget alone rather than refusing it', () => {
      const map = sized(10);
      map.set('a', ['aa']).set('big', ['x'.repeat(50)]);
      expect([...map.dump()].map(([k]) => k)).toEqual(['big']);
      expect(map.bytes).toBe(50);
    });

    it('gives the bytes back on delete, expiry and load', () => {
      const time = clock();
      const map = new BoundedMap<string, string>({ maxEntries: 10, maxBytes: 100, sizeOf: (v) => v.length, ttlMs: 1000, now: time.now });
      map.set('a', 'aaa').set('b', 'bbbbb');
      map.delete('a');
      expect(map.bytes).toBe(5);
      time.advance(1001);
      expect(map.get('b')).toBeUndefined();
      expect(map.bytes).toBe(0);
      map.load('c', 'c'.repeat(60), 1);
      map.load('d', 'd'.repeat(60), 2);
      expect([...map.dump()].map(([k]) => k)).toEqual(['d']);
      expect(map.bytes).toBe(60);
    });

    it('needs sizeOf to have a byte budget', () => {
      expect(() => new BoundedMap({ maxEntries: 1, maxBytes: 1, now: clock().now })).toThrow('BoundedMap: maxBytes needs sizeOf');
    });
  });
});
