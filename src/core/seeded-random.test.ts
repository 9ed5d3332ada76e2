import { describe, expect, it } from 'vitest';
import { SeededRandom } from './seeded-random.ts';

const draws = (random: SeededRandom, n: number) => Array.from({ length: n }, () => random.next());

describe('SeededRandom', () => {
  it('repeats its sequence for the same seed, and again after a reset', () => {
    const a = new SeededRandom(42);
    const first = draws(a, 20);
    expect(draws(new SeededRandom(42), 20)).toEqual(first);
    a.reset();
    expect(draws(a, 20)).toEqual(first);
  });

  it('gives another sequence for another seed, in [0, 1)', () => {
    const a = draws(new SeededRandom(1), 1000);
    expect(draws(new SeededRandom(2), 1000)).not.toEqual(a);
    expect(a.every((n) => n >= 0 && n < 1)).toBe(true);
    // Spread over the interval, not stuck in one part of it.
    expect(a.filter((n) => n < 0.5).length).toBeGreaterThan(400);
    expect(a.filter((n) => n < 0.5).length).toBeLessThan(600);
  });

  it('draws whole numbers within both bounds, each of them', () => {
    const random = new SeededRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.between(100, 104)));
    expect([...seen].sort()).toEqual([100, 101, 102, 103, 104]);
  });
});
