// The items a document-only API keeps by convention (collections.ts): one collection per
// concrete collection path (`/users/7/orders`), its items by id in creation order. Part of the
// world (world.ts), so a reset clears it, a snapshot saves it and each world has its own.
import { byteSize, ENTRY_SLOT_BYTES } from '../byte-size.ts';
import { decodeState } from '../state-codec.ts';

export interface StoredCollection {
  items: Map<string, unknown>;
  /** The last integer id handed out. */
  counter: number;
}

/** Bounds, so a long run cannot grow the store without limit: the oldest go first. */
const MAX_COLLECTIONS = 1_000;
const MAX_ITEMS = 5_000;
/**
 * A world's collections together, by byteSize's estimate (docs/state-budgets.md): without it,
 * a client posting the largest bodies a document allows could fill 1,000 × 5,000 of them.
 */
export const COLLECTIONS_MAX_BYTES = 32 * 1024 * 1024;

export class CollectionStore {
  #collections = new Map<string, StoredCollection>();
  /** Each item's measured bytes, per collection; kept beside the items so snapshots stay plain. */
  #sizes = new WeakMap<StoredCollection, Map<string, number>>();
  #bytes = 0;
  readonly #maxBytes: number;

  constructor(maxBytes = COLLECTIONS_MAX_BYTES) {
    this.#maxBytes = maxBytes;
  }

  /** The collection at a concrete path, once anything was stored there. */
  get(path: string): StoredCollection | undefined {
    return this.#collections.get(path);
  }

  /** The collection at a concrete path, created empty on first use. */
  open(path: string): StoredCollection {
    let collection = this.#collections.get(path);
    if (!collection) {
      collection = { items: new Map(), counter: 0 };
      this.#collections.set(path, collection);
      if (this.#collections.size > MAX_COLLECTIONS) this.#dropOldestCollection(collection);
    }
    return collection;
  }

  /**
   * Stores (or replaces) an item. Past a cap the oldest go: this collection's oldest item past
   * its count; past the byte budget the oldest other collections, then this one's oldest items,
   * never the item just written.
   */
  put(collection: StoredCollection, id: string, item: unknown): void {
    this.#forget(collection, id);
    collection.items.set(id, item);
    const size = ENTRY_SLOT_BYTES + byteSize(id) + byteSize(item);
    this.#sizesOf(collection).set(id, size);
    this.#bytes += size;
    if (collection.items.size > MAX_ITEMS) this.#dropOldestItem(collection);
    while (this.#bytes > this.#maxBytes) {
      if (this.#collections.size > 1) this.#dropOldestCollection(collection);
      else if (collection.items.size > 1) this.#dropOldestItem(collection);
      else break;
    }
  }

  /** Removes an item (a DELETE). */
  delete(collection: StoredCollection, id: string): void {
    this.#forget(collection, id);
    collection.items.delete(id);
  }

  clear(): void {
    this.#collections.clear();
    this.#sizes = new WeakMap();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#collections.size;
  }

  /** The estimated bytes of every item held, as measured when each was stored. */
  get bytes(): number {
    return this.#bytes;
  }

  /** The live collections, for a snapshot: encode them at once (state-codec.ts), they go on changing. */
  live(): Map<string, StoredCollection> {
    return this.#collections;
  }

  /** Checks an encoded store and returns the function that installs it (throws on a bad one). */
  prepareRestore(encoded: unknown): () => void {
    if (encoded === undefined) return () => this.clear();
    const decoded = decodeState(encoded, undefined, 'collections');
    if (!(decoded instanceof Map)) throw new Error('collections: not a Map');
    for (const [path, value] of decoded) {
      const collection = value as Partial<StoredCollection> | null;
      if (typeof path !== 'string' || !(collection?.items instanceof Map) || typeof collection.counter !== 'number') {
        throw new Error(`collections: malformed collection ${String(path)}`);
      }
    }
    return () => {
      this.clear();
      // Measured as they come in, and held to the budget as if each had just been stored.
      for (const [path, collection] of decoded as Map<string, StoredCollection>) {
        const items = collection.items;
        collection.items = new Map();
        this.#collections.set(path, collection);
        for (const [id, item] of items) this.put(collection, id, item);
      }
    };
  }

  #sizesOf(collection: StoredCollection): Map<string, number> {
    let sizes = this.#sizes.get(collection);
    if (!sizes) {
      sizes = new Map();
      this.#sizes.set(collection, sizes);
    }
    return sizes;
  }

  #forget(collection: StoredCollection, id: string): void {
    const sizes = this.#sizesOf(collection);
    this.#bytes -= sizes.get(id) ?? 0;
    sizes.delete(id);
  }

  #dropOldestItem(collection: StoredCollection): void {
    const oldest = collection.items.keys().next().value;
    if (oldest !== undefined) this.delete(collection, oldest);
  }

  /** Drops the oldest collection other than `keep`, with its items. */
  #dropOldestCollection(keep: StoredCollection): void {
    for (const [path, collection] of this.#collections) {
      if (collection === keep) continue;
      for (const size of this.#sizesOf(collection).values()) this.#bytes -= size;
      this.#sizes.delete(collection);
      this.#collections.delete(path);
      return;
    }
  }
}
