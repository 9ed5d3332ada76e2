import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.ts';
import { stateMismatch } from './state-shape.ts';

const now = () => new Date(0);

describe('stateMismatch', () => {
  it('accepts live state of the same shape, whatever its collections hold', () => {
    const live = { sessions: new BoundedMap<string, unknown>({ maxEntries: 5, now }), counts: { chats: 3 }, tags: new Set(['a']) };
    live.sessions.set('s1', { id: 's1' });
    const fresh = { sessions: new BoundedMap<string, unknown>({ maxEntries: 5, now }), counts: { chats: 0 }, tags: new Set() };
    expect(stateMismatch(live, fresh)).toBeUndefined();
  });

  it('names what differs: a new or dropped key, another kind of value, deep inside plain objects', () => {
    expect(stateMismatch({ a: new Map() }, { a: new Map(), b: [] })).toBe('state: new b');
    expect(stateMismatch({ a: new Map(), b: [] }, { a: new Map() })).toBe('state: no more b');
    expect(stateMismatch({ a: new Map() }, { a: new BoundedMap({ maxEntries: 1, now }) })).toBe('state.a: Map ≠ BoundedMap');
    expect(stateMismatch({ a: { n: 1 } }, { a: { n: 'one' } })).toBe('state.a.n: number ≠ string');
  });
});
