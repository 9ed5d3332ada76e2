// Session and assessment ids. A reset reseeds the faker, so the same seed would hand out the
// same ids again, and a browser still holding a cookie from before the reset would find a
// stranger's new session under it. Each state an instance builds (at start, then on every
// reset) is a new generation: the first generation's ids are the faker's characters as they
// are, so `--seed` runs stay byte-identical from the start; a later generation shifts each
// character by an amount drawn from its number, so its ids keep the documented shape but
// differ from every earlier generation's (as random ids differ: a clash is a 1 in 36^12 or
// 36^9 chance), while staying distinct from one another (the shift is one-to-one).
import type { HandlerContext, InstanceInfo } from '../../src/core/index.ts';
import type { ScorecardEnv } from './env.ts';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const generations = new WeakMap<InstanceInfo, number>();

/** The generation of the state being built for this instance: 0 at start, then 1, 2, … */
export function nextGeneration(instance: InstanceInfo): number {
  const generation = generations.get(instance) ?? 0;
  generations.set(instance, generation + 1);
  return generation;
}

/** Each character moved along the alphabet by a xorshift sequence seeded with the generation. */
function shifted(random: string, generation: number): string {
  let h = (Math.imul(generation, 0x9e3779b1) ^ 0x85ebca6b) >>> 0 || 1;
  return [...random]
    .map((char) => {
      h ^= h << 13;
      h ^= h >>> 17;
      h ^= h << 5;
      h >>>= 0;
      return ALPHABET[(ALPHABET.indexOf(char) + (h % 36)) % 36];
    })
    .join('');
}

export function newId(prefix: 'sess' | 'assess', faker: HandlerContext<unknown, ScorecardEnv>['faker'], generation: number): string {
  const random = faker.string.alphanumeric({ length: prefix === 'sess' ? 12 : 9, casing: 'lower' });
  return `${prefix}_${generation === 0 ? random : shifted(random, generation)}`;
}
