// One API's part of a state file: its live state (encoded by state-codec.ts as it is written),
// its faker's position and, when it runs without a seed, its random signing secret (so tokens
// issued before a restart still verify after it). Reading one back checks everything before
// anything is installed: a hand-edited file of the wrong shape is refused, never "restored"
// into 500s.
import type { Faker } from '@faker-js/faker';
import { type InstanceSeeding, isRandomSecret } from './instance-seeding.ts';
import { createFaker, restoreFaker } from './seeded-faker.ts';
import { decodeState } from './state-codec.ts';
import { stateMismatch } from './state-shape.ts';

export interface ApiSnapshot {
  state: unknown;
  fakerDraws: number;
  /** Without a seed only: the random secret the API signs with. */
  secret?: string;
  /** The items of collections kept by convention (collections/), where any were stored. */
  collections?: unknown;
}

export interface RestoredApi {
  state: unknown;
  faker: Faker;
  secret: string;
  /** Still encoded: checked and installed by the world's collection store. */
  collections: unknown;
}

/**
 * Checks and decodes one API's snapshot against a fresh state of the running code (`fresh`,
 * whose BoundedMaps are refilled). Throws, naming the API and the place, on anything wrong.
 */
export function readApiSnapshot(input: unknown, id: string, seeding: InstanceSeeding, fresh: unknown): RestoredApi {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw new Error(`${id}: not an object`);
  const { state: encoded, fakerDraws: draws, secret, collections } = input as Partial<ApiSnapshot>;
  if (typeof draws !== 'number' || !Number.isSafeInteger(draws) || draws < 0) throw new Error(`${id}: fakerDraws is missing or invalid`);
  if (!seeding.deterministic && !isRandomSecret(secret)) throw new Error(`${id}: secret is missing or not 64 hex digits`);
  const state = decodeState(encoded, fresh, id);
  // The shape the code expects, object by object (collections by kind): `"x"` where the code
  // keeps its users would answer 500 to every request that reads them.
  const mismatch = stateMismatch(state, fresh, id);
  if (mismatch !== undefined) throw new Error(`${mismatch} (not the state this version keeps)`);
  return {
    state,
    // A seeded run continues its one stream; a random one needs no replay, just fresh randomness.
    faker: seeding.deterministic ? restoreFaker(seeding.fakerSeed(), draws) : createFaker(seeding.fakerSeed(), draws),
    secret: seeding.deterministic ? seeding.secret : (secret as string),
    collections,
  };
}
