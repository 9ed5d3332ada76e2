// A faker per API instance, seeded, so ids and text depend only on the seed and the order
// of requests. Fake data is English. Each faker counts the numbers it has drawn, so a state
// restored from a file can put its faker back at the same position (`advanceFaker`): ids made
// after a restart then continue the sequence instead of repeating ids the state already holds.
import { base, en, Faker, generateMersenne53Randomizer, type Randomizer } from '@faker-js/faker';

const draws = new WeakMap<Faker, { count: number; randomizer: Randomizer }>();

export function createFaker(seed: number): Faker {
  const inner = generateMersenne53Randomizer();
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
  const faker = new Faker({ locale: [en, base], randomizer });
  faker.seed(seed);
  draws.set(faker, counter);
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
