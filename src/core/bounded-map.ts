// A Map with a size cap (least recently used goes first) and an optional time to live, so
// state cannot grow without limit during a long CI run.

export interface BoundedMapOptions {
  maxEntries: number;
  /** Entries untouched for this long disappear; omit for no expiry. */
  ttlMs?: number;
  now: () => Date;
}

export class BoundedMap<K, V> {
  readonly #entries = new Map<K, { value: V; touched: number }>();
  readonly #options: BoundedMapOptions;
  constructor(options: BoundedMapOptions) {
    this.#options = options;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const now = this.#options.now().getTime();
    if (this.#options.ttlMs !== undefined && now - entry.touched > this.#options.ttlMs) {
      this.#entries.delete(key);
      return undefined;
    }
    // Re-insert to mark as most recently used, and extend its life.
    this.#entries.delete(key);
    entry.touched = now;
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, { value, touched: this.#options.now().getTime() });
    while (this.#entries.size > this.#options.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
    return this;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  delete(key: K): boolean {
    return this.#entries.delete(key);
  }

  *values(): IterableIterator<V> {
    for (const entry of this.#entries.values()) yield entry.value;
  }

  /** Every entry with the time it was last touched (ms), least recently used first: for persistence. */
  *dump(): IterableIterator<[K, V, number]> {
    for (const [key, entry] of this.#entries) yield [key, entry.value, entry.touched];
  }

  /** Puts back an entry from `dump()`, keeping its touched time; load in dump order to keep the LRU order. */
  load(key: K, value: V, touched: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, touched });
    while (this.#entries.size > this.#options.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (oldest.done) break;
      this.#entries.delete(oldest.value);
    }
  }
}
