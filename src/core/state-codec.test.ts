import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.ts';
import { decodeState, stateJson, writeStateJson } from './state-codec.ts';

const clock = { now: () => new Date('2025-01-01T00:00:00Z') };

function fresh() {
  return { sessions: new BoundedMap<string, unknown>({ maxEntries: 3, ttlMs: 60_000, ...clock }), seq: 0 };
}

describe('state codec', () => {
  it('round-trips plain data, Map, Set, Date, undefined, odd numbers and BoundedMap (with LRU order and touch times)', () => {
    const state = fresh();
    state.sessions.set('a', { created: new Date('2024-05-05T05:05:05Z'), tags: new Set(['x', 'y']), chats: new Map([['c1', { n: 1 }]]) });
    state.sessions.set('b', { gone: undefined, ratio: Number.POSITIVE_INFINITY, nan: Number.NaN, list: [1, 'two', null, false] });
    state.sessions.get('a'); // a is now the most recently used
    state.seq = 7;
    const json = JSON.parse(stateJson(state));
    const restored = decodeState(json, fresh()) as ReturnType<typeof fresh>;
    expect(restored.seq).toBe(7);
    expect(restored.sessions).toBeInstanceOf(BoundedMap);
    expect([...restored.sessions.dump()]).toEqual([...state.sessions.dump()]);
    // The restored map keeps the fresh one's cap: three more entries push the oldest out.
    for (const key of ['c', 'd']) restored.sessions.set(key, {});
    expect([...restored.sessions.dump()].map(([k]) => k)).toEqual(['a', 'c', 'd']);
  });

  it('keeps `__proto__` and `$t` keys as data, never as a prototype or a tag', () => {
    const state = JSON.parse('{"__proto__":{"polluted":true},"nested":{"$t":"Date","v":"not a date"}}');
    const restored = decodeState(JSON.parse(stateJson(state)), {}) as Record<string, unknown>;
    expect(Object.getPrototypeOf(restored)).toBe(Object.prototype);
    expect(Object.hasOwn(restored, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(restored.nested).toEqual({ $t: 'Date', v: 'not a date' });
  });

  it('writes the tagged format, byte for byte', () => {
    const map = new BoundedMap<string, unknown>({ maxEntries: 2, ...clock });
    map.set('k', [1, undefined]);
    const value = { d: new Date(0), m: new Map([[1, 'a']]), s: new Set([Number.NaN]), b: map, o: { $t: 'x' }, q: '"' };
    expect(stateJson(value)).toBe(
      '{"d":{"$t":"Date","v":"1970-01-01T00:00:00.000Z"},"m":{"$t":"Map","v":[[1,"a"]]},"s":{"$t":"Set","v":[{"$t":"number","v":"NaN"}]},' +
        `"b":{"$t":"BoundedMap","v":[["k",[1,{"$t":"undefined"}],${clock.now().getTime()}]]},"o":{"$t":"Object","v":[["$t","x"]]},"q":"\\""}`,
    );
  });

  it('hands a large state over in chunks of about 64 KiB, never as one string', () => {
    const state = { items: Array.from({ length: 3000 }, (_, i) => ({ i, text: 'x'.repeat(1000) })) };
    const chunks: string[] = [];
    writeStateJson(state, (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(40);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70 * 1024);
    expect(JSON.parse(chunks.join(''))).toEqual(state);
  });

  it('refuses what it cannot persist, naming where it is', () => {
    expect(() => stateJson({ a: { f: () => 1 } })).toThrow('state.a.f: a function cannot be persisted');
    expect(() => stateJson({ list: [new URL('http://x')] })).toThrow('state.list[0]: a URL instance cannot be persisted');
  });

  it('refuses input it did not write', () => {
    expect(() => decodeState({ $t: 'Nope' }, {})).toThrow('unknown tag Nope');
    expect(() => decodeState({ d: { $t: 'Date', v: 'soon' } }, {})).toThrow('state.d: invalid date soon');
    expect(() => decodeState({ sessions: { $t: 'BoundedMap', v: [] } }, {})).toThrow('a BoundedMap where the fresh state has none');
    expect(() => decodeState({ m: { $t: 'Map', v: [1] } }, {})).toThrow('state.m: malformed Map');
  });
});
