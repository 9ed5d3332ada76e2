import { describe, expect, it } from 'vitest';
import { World } from './world.ts';

const counter = () => ({ items: new Map<string, number>() });

describe('World', () => {
  it('numbers request ids from 1, and again after a reset', () => {
    const world = new World(7, counter);
    expect([world.nextRequestId(), world.nextRequestId()]).toEqual(['req_00000001', 'req_00000002']);
    world.reset();
    expect(world.nextRequestId()).toBe('req_00000001');
  });

  it('resets to a clean state, the faker back at its seed and no rate-limit counts', () => {
    const world = new World(7, counter);
    const first = world.faker.string.uuid();
    (world.state as ReturnType<typeof counter>).items.set('a', 1);
    const rule = { key: 'k', limit: 1, windowMs: 60_000 };
    world.limiter.hit([rule], new Date(0));
    expect(world.limiter.hit([rule], new Date(0))?.exceeded).toBe(true);
    world.reset();
    expect((world.state as ReturnType<typeof counter>).items.size).toBe(0);
    expect(world.faker.string.uuid()).toBe(first);
    expect(world.limiter.hit([rule], new Date(0))?.exceeded).toBe(false);
  });

  it('restores a snapshot exactly: state and faker position; a bad one changes nothing', () => {
    const world = new World(7, counter);
    (world.state as ReturnType<typeof counter>).items.set('a', 1);
    world.faker.string.uuid();
    const saved = world.snapshot();
    const next = world.faker.string.uuid();
    const other = new World(7, counter);
    other.prepareRestore(saved, 'test')();
    expect((other.state as ReturnType<typeof counter>).items.get('a')).toBe(1);
    expect(other.faker.string.uuid()).toBe(next);
    expect(() => other.prepareRestore({ state: saved.state, fakerDraws: -1 }, 'test')).toThrow('test: fakerDraws is missing or invalid');
    expect((other.state as ReturnType<typeof counter>).items.get('a')).toBe(1);
  });

  it('keeps its state when a new builder makes the same shape, and starts clean (saying why) when not', () => {
    const world = new World(7, counter);
    (world.state as ReturnType<typeof counter>).items.set('a', 1);
    expect(world.adopt(counter)).toBeUndefined();
    expect((world.state as ReturnType<typeof counter>).items.get('a')).toBe(1);
    const reason = world.adopt(() => ({ items: new Map(), more: [] }));
    expect(reason).toMatch(/more/);
    expect(world.state).toEqual({ items: new Map(), more: [] });
  });

  it('keeps collections by convention beside the state: saved, restored and cleared with it', () => {
    const world = new World(7, counter);
    const books = world.collections.open('/books');
    world.collections.put(books, '1', { id: 1, title: 'Emma' });
    const saved = world.snapshot();
    const other = new World(7, counter);
    other.prepareRestore(saved, 'test')();
    expect(other.collections.get('/books')?.items.get('1')).toEqual({ id: 1, title: 'Emma' });
    // A file written before collections existed restores to none.
    other.prepareRestore({ state: saved.state, fakerDraws: 0 }, 'test')();
    expect(other.collections.get('/books')).toBeUndefined();
    expect(() => world.prepareRestore({ ...saved, collections: { $t: 'Map', v: [['/x', 3]] } }, 'test')).toThrow('malformed collection');
    world.reset();
    expect(world.collections.get('/books')).toBeUndefined();
  });
});
