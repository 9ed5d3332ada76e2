// A faker per API instance, seeded, so ids and text depend only on the seed and the order
// of requests. Fake data is English. Each faker counts the numbers it has drawn, so a state
// restored from a file can put its faker back at the same position (`advanceFaker`): ids made
// after a restart then continue the sequence instead of repeating ids the state already holds.
//
// Only the English locale entry is loaded: faker's main entry imports every locale (~10 MiB of
// heap, ~14 MiB of RSS). That entry exports just a ready `faker`, so the class comes from its
// constructor, the English + base data from its `rawDefinitions`, and the Mersenne Twister
// faker seeds by default from a documented `distributor`, which is handed the randomizer.
import type { Faker, Randomizer } from '@faker-js/faker';
import { faker as english } from '@faker-js/faker/locale/en';

const EnglishFaker = english.constructor as typeof Faker;
const draws = new WeakMap<Faker, { count: number; randomizer: Randomizer }>();

/** A fresh instance of faker's default randomizer (Mersenne Twister, 53-bit). */
function mersenneRandomizer(): Randomizer {
  let found: Randomizer | undefined;
  new EnglishFaker({ locale: {} }).number.float({
    distributor: (randomizer) => {
      found = randomizer;
      return 0;
    },
  });
  if (!found) throw new Error('faker did not hand its randomizer to the distributor');
  return found;
}

/** `drawn`: the count to start from (a faker restored past `MAX_REPLAYED_DRAWS`, see `restoreFaker`). */
export function createFaker(seed: number | number[], drawn = 0): Faker {
  const inner = mersenneRandomizer();
  const counter = { count: 0, randomizer: inner };
  const randomizer: Randomizer = {
    next: () => {
      counter.count++;
      return inner.next();
    },
    seed: (value) => {
      counter.count = 0;
      inner.seed(value);
    },
  };
  const faker = new EnglishFaker({ locale: english.rawDefinitions, randomizer });
  if (typeof seed === 'number') faker.seed(seed);
  else faker.seed(seed);
  counter.count = drawn;
  draws.set(faker, counter);
  return faker;
}

/**
 * Draws replayed at most when a state is restored (about a second here): replay is linear, and
 * a hand-edited `fakerDraws: 1e9` took 7.5 s to start.
 */
export const MAX_REPLAYED_DRAWS = 100_000_000;

/**
 * The faker of a restored state, `draws` after `seed`: the same stream at the same position
 * (ids made after a restart never repeat restored ones), replayed. Past `MAX_REPLAYED_DRAWS` it
 * is a new stream seeded from `seed` and the count instead — as reproducible for the same file,
 * and its counter goes on from `draws`, so a later restore derives yet another stream rather
 * than replaying positions this one already used.
 */
export function restoreFaker(seed: number | number[], draws: number): Faker {
  if (draws > MAX_REPLAYED_DRAWS) return createFaker([...[seed].flat(), draws % 2 ** 32, Math.floor(draws / 2 ** 32)], draws);
  const faker = createFaker(seed);
  advanceFaker(faker, draws);
  return faker;
}

/** How many numbers this faker has drawn since it was seeded. */
export function fakerDraws(faker: Faker): number {
  return draws.get(faker)?.count ?? 0;
}

/** Draws `count` numbers, as if that many had been used. */
export function advanceFaker(faker: Faker, count: number): void {
  const counter = draws.get(faker);
  if (!counter) throw new Error('not a faker from createFaker');
  for (let i = 0; i < count; i++) counter.randomizer.next();
  counter.count += count;
}

/** A stable per-API seed, so APIs sharing one `--seed` do not produce the same ids. */
export function seedFor(id: string, seed: number): number {
  let hash = seed >>> 0;
  for (const ch of id) hash = (Math.imul(hash ^ ch.charCodeAt(0), 16777619) + 1) >>> 0;
  return hash;
}
