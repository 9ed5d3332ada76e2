// A faker per API instance, seeded, so ids and text depend only on the seed and the order
// of requests. Fake data is English.
import type { Faker, LocaleDefinition } from '@faker-js/faker';
// Only the English locale: the package's main entry loads every locale (~40 MiB of RSS).
import { faker as english } from '@faker-js/faker/locale/en';

const EnglishFaker = english.constructor as new (options: { locale: LocaleDefinition }) => Faker;

export function createFaker(seed: number): Faker {
  const faker = new EnglishFaker({ locale: english.rawDefinitions });
  faker.seed(seed);
  return faker;
}

/** A stable per-API seed, so APIs sharing one `--seed` do not produce the same ids. */
export function seedFor(id: string, seed: number): number {
  let hash = seed >>> 0;
  for (const ch of id) hash = (Math.imul(hash ^ ch.charCodeAt(0), 16777619) + 1) >>> 0;
  return hash;
}
