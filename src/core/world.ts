// The mutable world of one API: its state, its seeded faker, its rate-limit counters, its
// generator of delays and faults, and the ids of the requests it answered. What a reset clears,
// a snapshot saves and a restore installs lives here together, beside nothing else; the
// definition, compiled document and signing secret stay with the instance (api-instance.ts).
import type { Faker } from '@faker-js/faker';
import { CollectionStore } from './collections/store.ts';
import type { InstanceSeeding } from './instance-seeding.ts';
import { RateLimiter } from './rate-limit.ts';
import { createFaker, fakerDraws } from './seeded-faker.ts';
import { SeededRandom } from './seeded-random.ts';
import { stateMismatch } from './state-shape.ts';

/** The world's part of a snapshot: its live state (encoded when written) and its faker's position. */
export interface WorldSnapshot {
  state: unknown;
  fakerDraws: number;
  /** The items of collections kept by convention (collections/), where any were stored. */
  collections?: unknown;
}

export class World {
  state: unknown;
  faker: Faker;
  readonly limiter = new RateLimiter();
  /** Delays and faults drawn for this world's requests: apart from the faker, so they never move its data. */
  random: SeededRandom;
  /** Collections kept by convention for operations without a handler. */
  readonly collections = new CollectionStore();
  readonly #seeding: InstanceSeeding;
  #createState: () => unknown;
  #requests = 0;

  /**
   * `createState` builds a clean state: at the start and on every reset. With a seed, every
   * clean world draws the same numbers; without one, each draws fresh random ones.
   */
  constructor(seeding: InstanceSeeding, createState: () => unknown) {
    this.#seeding = seeding;
    this.#createState = createState;
    this.state = createState();
    const seed = seeding.fakerSeed();
    this.faker = createFaker(seed);
    this.random = new SeededRandom(firstWord(seed));
  }

  /** `req_0000000a`: numbered from 1 in each world, again after a reset. */
  nextRequestId(): string {
    return `req_${(++this.#requests).toString(36).padStart(8, '0')}`;
  }

  /** A clean world: fresh state, the faker and delays at a fresh seed, no rate-limit counts, ids from 1. */
  reset(): void {
    this.state = this.#createState();
    const seed = this.#seeding.fakerSeed();
    this.faker = createFaker(seed);
    this.random = new SeededRandom(firstWord(seed));
    this.limiter.clear();
    this.collections.clear();
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

  /** The live state and the faker's position: encode it at once (state-codec.ts), it goes on changing. */
  snapshot(): WorldSnapshot {
    const snapshot: WorldSnapshot = { state: this.state, fakerDraws: fakerDraws(this.faker) };
    if (this.collections.size > 0) snapshot.collections = this.collections.live();
    return snapshot;
  }

  /** A clean state as this world builds it: the template a restored snapshot is decoded against. */
  freshState(): unknown {
    return this.#createState();
  }

  /**
   * Installs a restored state and faker (checked by api-snapshot.ts) and collections (checked
   * by their store); rate-limit windows start afresh.
   */
  install(state: unknown, faker: Faker, installCollections: () => void): void {
    this.state = state;
    this.faker = faker;
    installCollections();
    this.limiter.clear();
  }
}

/** The generator of delays and faults takes one 32-bit word of the faker's seed. */
function firstWord(seed: number | number[]): number {
  return typeof seed === 'number' ? seed : (seed[0] ?? 0);
}
