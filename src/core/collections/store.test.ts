import { describe, expect, it } from 'vitest';
import { byteSize, ENTRY_SLOT_BYTES } from '../byte-size.ts';
import { stateJson } from '../state-codec.ts';
import { CollectionStore } from './store.ts';

const item = (id: number, text: string) => ({ id, text });
const sizeOf = (id: string, value: unknown) => ENTRY_SLOT_BYTES + byteSize(id) + byteSize(value);
/** The bytes every held item measures now: what the store's books must say. */
const measured = (store: CollectionStore) => {
  let total = 0;
  for (const collection of store.live().values()) for (const [id, value] of collection.items) total += sizeOf(id, value);
  return total;
};

describe('CollectionStore byte budget', () => {
  const big = 'x'.repeat(1000);
  const one = sizeOf('1', item(1, big));

  it('counts what it holds, through replacing and deleting', () => {
    const store = new CollectionStore();
    const pets = store.open('/pets');
    store.put(pets, '1', item(1, big));
    store.put(pets, '2', item(2, 'small'));
    store.put(pets, '1', item(1, 'now small'));
    expect(store.bytes).toBe(measured(store));
    store.delete(pets, '2');
    expect([...pets.items.keys()]).toEqual(['1']);
    expect(store.bytes).toBe(measured(store));
  });

  it('past the budget drops the oldest other collections first, then the oldest items, never the newest', () => {
    const store = new CollectionStore(3.5 * one);
    const a = store.open('/a');
    const b = store.open('/b');
    store.put(a, '1', item(1, big));
    store.put(b, '1', item(1, big));
    store.put(b, '2', item(2, big));
    expect(store.size).toBe(2);
    store.put(b, '3', item(3, big));
    // Four items do not fit: /a, the oldest other collection, goes whole.
    expect([...store.live().keys()]).toEqual(['/b']);
    store.put(b, '4', item(4, big));
    // Only /b is left: its oldest item goes.
    expect([...b.items.keys()]).toEqual(['2', '3', '4']);
    expect(store.bytes).toBe(measured(store));
    expect(store.bytes).toBeLessThanOrEqual(3.5 * one);
  });

  it('keeps an item larger than the whole budget as the only one', () => {
    const store = new CollectionStore(one / 2);
    const pets = store.open('/pets');
    store.put(pets, '1', item(1, 'small'));
    store.put(pets, '2', item(2, big));
    expect([...pets.items.keys()]).toEqual(['2']);
    expect(store.bytes).toBe(measured(store));
  });

  it('measures a restored store and holds it to the budget, keeping counters and order', () => {
    const source = new CollectionStore();
    const pets = source.open('/pets');
    for (let i = 1; i <= 5; i++) source.put(pets, String(i), item(i, big));
    pets.counter = 5;
    const encoded: unknown = JSON.parse(stateJson(source.live()));
    const small = new CollectionStore(3.5 * one);
    small.prepareRestore(encoded)();
    const restored = small.get('/pets');
    expect(restored?.counter).toBe(5);
    expect([...(restored?.items.keys() ?? [])]).toEqual(['3', '4', '5']);
    expect(small.bytes).toBe(measured(small));
    small.clear();
    expect(small.bytes).toBe(0);
  });
});
