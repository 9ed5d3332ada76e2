// A Map with a size cap and an optional byte budget (least recently used goes first) and an
// optional time to live, so state cannot grow without limit during a long CI run, whatever
// the requests carry.

export interface BoundedMapOptions<V> {
  maxEntries: number;
  /**
   * The entries together may take at most this many bytes, as `sizeOf` measures them (see
   * byte-size.ts): the least recently used go first. An entry larger than the whole budget is
   * kept alone rather than refused; callers that let values grow keep each within a smaller
   * per-entry budget of their own.
   */
  maxBytes?: number;
  /** An entry's size in bytes; required with `maxBytes`. */
  sizeOf?: (value: V) => number;
  /** Entries untouched for this long disappear; omit for no expiry. */
  ttlMs?: number;
  now: () => Date;
}

interface Entry<V> {
  value: V;
  touched: number;
  bytes: number;
}

export class BoundedMap<K, V> {
  readonly #entries = new Map<K, Entry<V>>();
  readonly #options: BoundedMapOptions<V>;
  #bytes = 0;
  /** The most recently used entry (last in `#entries`), which needs no re-marking. */
  #newest: Entry<V> | undefined;
  constructor(options: BoundedMapOptions<V>) {
    if (options.maxBytes !== undefined && !options.sizeOf) throw new Error('BoundedMap: maxBytes needs sizeOf');
    this.#options = options;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The bytes the entries take together, as measured when each was set or last resized (0 without `sizeOf`). */
  get bytes(): number {
    return this.#bytes;
  }

  /** The budget, if any. */
  get maxBytes(): number | undefined {
    return this.#options.maxBytes;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const now = this.#options.now().getTime();
    if (this.#options.ttlMs !== undefined && now - entry.touched > this.#options.ttlMs) {
      this.delete(key);
      return undefined;
    }
    entry.touched = now;
    // Re-insert to mark as most recently used, unless it is already (one user's run of requests).
    if (entry !== this.#newest) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
      this.#newest = entry;
    }
    return entry.value;
  }

  set(key: K, value: V): this {
    this.#put(key, value, this.#options.now().getTime());
    return this;
  }

  /**
   * Measures an entry again after its value changed in place (a message added to a session):
   * its new size counts against the budget, and other entries, least recently used first, go
   * to make room. `bytes`, when the caller already knows the new size (`bytesOf` plus what it
   * added, see byte-size.ts), saves measuring a large value again on every change.
   */
  resize(key: K, bytes?: number): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    const measured = bytes ?? this.#measure(entry.value);
    this.#bytes += measured - entry.bytes;
    entry.bytes = measured;
    this.#evict(key);
  }

  /** An entry's bytes as last measured, without touching it; undefined when absent. */
  bytesOf(key: K): number | undefined {
    return this.#entries.get(key)?.bytes;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  delete(key: K): boolean {
    const entry = this.#entries.get(key);
    if (!entry) return false;
    if (entry === this.#newest) this.#newest = undefined;
    this.#bytes -= entry.bytes;
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
    this.#put(key, value, touched);
  }

  #measure(value: V): number {
    return this.#options.sizeOf ? this.#options.sizeOf(value) : 0;
  }

  #put(key: K, value: V, touched: number): void {
    this.delete(key);
    const bytes = this.#measure(value);
    const entry = { value, touched, bytes };
    this.#entries.set(key, entry);
    this.#newest = entry;
    this.#bytes += bytes;
    this.#evict(key);
  }

  /** Least recently used first, never `keep`, until within the cap and the budget. */
  #evict(keep: K): void {
    const { maxEntries, maxBytes = Number.POSITIVE_INFINITY } = this.#options;
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= maxEntries && this.#bytes <= maxBytes) return;
      if (key !== keep) this.delete(key);
    }
  }
}
