// The mutable world of one API: its state, its seeded faker, its rate-limit counters and the
// ids of the requests it answered. What a reset clears, a snapshot saves and a restore installs
// lives here together, beside nothing else; the definition and compiled document stay with the
// instance (api-instance.ts).
import type { Faker } from '@faker-js/faker';
import { RateLimiter } from './rate-limit.ts';
import { advanceFaker, createFaker, fakerDraws } from './seeded-faker.ts';
import { decodeState, encodeState } from './state-codec.ts';
import { stateMismatch } from './state-shape.ts';

export interface ApiSnapshot {
  state: unknown;
  fakerDraws: number;
}

export class World {
  state: unknown;
  faker: Faker;
  readonly limiter = new RateLimiter();
  readonly #seed: number;
  #createState: () => unknown;
  #requests = 0;

  /** `createState` builds a clean state: at the start and on every reset. */
  constructor(seed: number, createState: () => unknown) {
    this.#seed = seed;
    this.#createState = createState;
    this.state = createState();
    this.faker = createFaker(seed);
  }

  /** `req_0000000a`: numbered from 1 in each world, again after a reset. */
  nextRequestId(): string {
    return `req_${(++this.#requests).toString(36).padStart(8, '0')}`;
  }

  /** A clean world: fresh state, the faker back at its seed, no rate-limit counts, ids from 1. */
  reset(): void {
    this.state = this.#createState();
    this.faker = createFaker(this.#seed);
    this.limiter.clear();
    this.#requests = 0;
  }

  /**
   * Builds clean states with `createState` from now on (a reloaded definition). The live state
   * stays when its shape fits what `createState` builds; otherwise the world starts clean and
   * the difference is returned.
   */
  adopt(createState: () => unknown): string | undefined {
    const mismatch = stateMismatch(this.state, createState());
    this.#createState = createState;
    if (mismatch !== undefined) this.reset();
    return mismatch;
  }

  /** The state and the faker's position, as JSON-ready data (see state-codec.ts). */
  snapshot(): ApiSnapshot {
    return { state: encodeState(this.state), fakerDraws: fakerDraws(this.faker) };
  }

  /**
   * Checks a snapshot and returns the function that installs it, so that a caller restoring
   * several worlds can check them all before changing any. Throws on a bad snapshot.
   */
  prepareRestore(snapshot: unknown, label: string): () => void {
    const { state: encoded, fakerDraws: draws } = (snapshot ?? {}) as Partial<ApiSnapshot>;
    if (typeof draws !== 'number' || !Number.isSafeInteger(draws) || draws < 0)
      throw new Error(`${label}: fakerDraws is missing or invalid`);
    const fresh = this.#createState();
    const restored = decodeState(encoded, fresh, label);
    // Decoded is not enough: `"x"` where the code keeps its users would answer 500 to every request.
    const mismatch = stateMismatch(restored, fresh, label);
    if (mismatch !== undefined) throw new Error(`${mismatch} (not the state this version keeps)`);
    return () => {
      this.state = restored;
      this.faker = createFaker(this.#seed);
      advanceFaker(this.faker, draws);
      // Rate-limit windows are short and not persisted: a restart starts them afresh.
      this.limiter.clear();
    };
  }
}
