// A small seeded generator (mulberry32) for what must repeat with the seed but must not move
// the faker: a draw from the faker would change every id and text generated after it. Latency
// ranges, fault rates and fault kinds draw from this one instead (world.ts keeps one per world).

export class SeededRandom {
  readonly #seed: number;
  #state: number;

  constructor(seed: number) {
    this.#seed = seed >>> 0;
    this.#state = this.#seed;
  }

  /** A number in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Back to the first number of the sequence. */
  reset(): void {
    this.#state = this.#seed;
  }
}
