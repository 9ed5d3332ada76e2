// The items a document-only API keeps by convention (collections.ts): one collection per
// concrete collection path (`/users/7/orders`), its items by id in creation order. Part of the
// world (world.ts), so a reset clears it, a snapshot saves it and each world has its own.
import { decodeState } from '../state-codec.ts';

export interface StoredCollection {
  items: Map<string, unknown>;
  /** The last integer id handed out. */
  counter: number;
}

/** Bounds, so a long run cannot grow the store without limit: the oldest go first. */
const MAX_COLLECTIONS = 1_000;
const MAX_ITEMS = 5_000;

export class CollectionStore {
  #collections = new Map<string, StoredCollection>();

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
      const oldest = this.#collections.keys().next().value;
      if (this.#collections.size > MAX_COLLECTIONS && oldest !== undefined) this.#collections.delete(oldest);
    }
    return collection;
  }

  /** Stores (or replaces) an item; past the cap the oldest item is dropped. */
  put(collection: StoredCollection, id: string, item: unknown): void {
    collection.items.set(id, item);
    const oldest = collection.items.keys().next().value;
    if (collection.items.size > MAX_ITEMS && oldest !== undefined) collection.items.delete(oldest);
  }

  clear(): void {
    this.#collections.clear();
  }

  get size(): number {
    return this.#collections.size;
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
      this.#collections = decoded as Map<string, StoredCollection>;
    };
  }
}
