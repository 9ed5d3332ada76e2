import { describe, expect, it } from 'vitest';
import { contextNameProblem, Worlds } from './contexts.ts';
import { instanceSeeding } from './instance-seeding.ts';
import { World } from './world.ts';

const worlds = (max: number) => new Worlds(() => new World(instanceSeeding('test', 1), () => ({ items: [] as string[] })), max);
const items = (world: World) => (world.state as { items: string[] }).items;

describe('context names', () => {
  it('takes what a test runner would name a worker or a test, and nothing that needs escaping', () => {
    for (const name of ['w0', 'worker-3', 'e2e:checkout.spec.ts', 'a'.repeat(128), 'story_Primary--dark'])
      expect(contextNameProblem(name)).toBeUndefined();
    for (const name of ['', 'a'.repeat(129), 'two words', 'a,b', 'ü', 'a/b', 'w1, w2'])
      expect(contextNameProblem(name)).toMatch(/^must be 1 to 128 letters/);
  });
});

describe('Worlds', () => {
  it('gives each context a world of its own, created on first use, and the default world without one', () => {
    const all = worlds(10);
    items(all.get('a')).push('in a');
    expect(items(all.get('a'))).toEqual(['in a']);
    expect(items(all.get('b'))).toEqual([]);
    expect(items(all.get(undefined))).toEqual([]);
    expect(all.get(undefined)).toBe(all.default);
    expect(all.names()).toEqual(['a', 'b']);
  });

  it('drops the least recently used context past its cap; a dropped one starts afresh', () => {
    const all = worlds(2);
    items(all.get('a')).push('x');
    all.get('b');
    all.get('a'); // a is now the most recently used
    all.get('c'); // b goes
    expect(all.names()).toEqual(['a', 'c']);
    expect(items(all.get('a'))).toEqual(['x']);
    all.get('b'); // c goes
    expect(all.names()).toEqual(['a', 'b']);
  });

  it('keeps the order right through repeated requests in one context and a drop of the newest', () => {
    const all = worlds(2);
    all.get('a');
    all.get('a');
    all.get('b');
    all.get('b');
    all.drop('b');
    items(all.get('b')).push('fresh');
    all.get('a');
    all.get('c'); // b goes: a was used after it
    expect(all.names()).toEqual(['a', 'c']);
    all.resetAll();
    all.get('a');
    expect(all.names()).toEqual(['a']);
  });

  it('forgets one context, or resets the default world and forgets them all', () => {
    const all = worlds(10);
    items(all.get('a')).push('x');
    items(all.get('b')).push('y');
    items(all.default).push('z');
    all.drop('a');
    expect(items(all.get('a'))).toEqual([]);
    expect(items(all.get('b'))).toEqual(['y']);
    all.resetAll();
    expect(all.names()).toEqual([]);
    expect(items(all.default)).toEqual([]);
  });
});
