import { describe, expect, it } from 'vitest';
import { readApiSnapshot } from './api-snapshot.ts';
import { instanceSeeding } from './instance-seeding.ts';
import { stateJson } from './state-codec.ts';
import { World } from './world.ts';

const counter = () => ({ items: new Map<string, number>() });
const seeded = () => instanceSeeding('test', 7);
const items = (world: World) => (world.state as ReturnType<typeof counter>).items;

describe('World', () => {
  it('numbers request ids from 1, and again after a reset', () => {
    const world = new World(seeded(), counter);
    expect([world.nextRequestId(), world.nextRequestId()]).toEqual(['req_00000001', 'req_00000002']);
    world.reset();
    expect(world.nextRequestId()).toBe('req_00000001');
  });

  it('resets to a clean state, the faker and the delay generator back at their seed, and no rate-limit counts', () => {
    const world = new World(seeded(), counter);
    const first = world.faker.string.uuid();
    const draw = world.random.next();
    items(world).set('a', 1);
    const rule = { key: 'k', limit: 1, windowMs: 60_000 };
    world.limiter.hit([rule], new Date(0));
    expect(world.limiter.hit([rule], new Date(0))?.exceeded).toBe(true);
    world.reset();
    expect(items(world).size).toBe(0);
    expect(world.faker.string.uuid()).toBe(first);
    expect(world.random.next()).toBe(draw);
    expect(world.limiter.hit([rule], new Date(0))?.exceeded).toBe(false);
  });

  it('without a seed, draws fresh numbers at every reset', () => {
    const world = new World(instanceSeeding('test', undefined), counter);
    const first = world.faker.string.uuid();
    world.reset();
    expect(world.faker.string.uuid()).not.toBe(first);
  });

  it('installs a checked snapshot exactly: state and faker position', () => {
    const world = new World(seeded(), counter);
    items(world).set('a', 1);
    world.faker.string.uuid();
    const saved = world.snapshot();
    const next = world.faker.string.uuid();
    const other = new World(seeded(), counter);
    const restored = readApiSnapshot(JSON.parse(stateJson(saved)), 'test', seeded(), other.freshState());
    other.install(restored.state, restored.faker, () => {});
    expect(items(other).get('a')).toBe(1);
    expect(other.faker.string.uuid()).toBe(next);
  });

  it('keeps its state when a new builder makes the same shape, and starts clean (saying why) when not', () => {
    const world = new World(seeded(), counter);
    items(world).set('a', 1);
    expect(world.adopt(counter)).toBeUndefined();
    expect(items(world).get('a')).toBe(1);
    const reason = world.adopt(() => ({ items: new Map(), more: [] }));
    expect(reason).toMatch(/more/);
    expect(world.state).toEqual({ items: new Map(), more: [] });
  });

  it('keeps collections by convention beside the state: saved, restored and cleared with it', () => {
    const world = new World(seeded(), counter);
    const books = world.collections.open('/books');
    world.collections.put(books, '1', { id: 1, title: 'Emma' });
    const saved = JSON.parse(stateJson(world.snapshot()));
    const other = new World(seeded(), counter);
    const restore = (snapshot: unknown) => {
      const restored = readApiSnapshot(snapshot, 'test', seeded(), other.freshState());
      other.install(restored.state, restored.faker, other.collections.prepareRestore(restored.collections));
    };
    restore(saved);
    expect(other.collections.get('/books')?.items.get('1')).toEqual({ id: 1, title: 'Emma' });
    // A file written before collections existed restores to none.
    restore({ state: saved.state, fakerDraws: 0 });
    expect(other.collections.get('/books')).toBeUndefined();
    expect(() => world.collections.prepareRestore({ $t: 'Map', v: [['/x', 3]] })).toThrow('malformed collection');
    world.reset();
    expect(world.collections.get('/books')).toBeUndefined();
  });
});
