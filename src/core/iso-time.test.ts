import { describe, expect, it } from 'vitest';
import { isoTime } from './iso-time.ts';

describe('isoTime', () => {
  it('gives exactly what toISOString gives, within a second, across seconds and at the edges', () => {
    const times = [
      0,
      1,
      9,
      10,
      99,
      100,
      999,
      1000,
      1001,
      -1,
      -999,
      -1000,
      -1001,
      Date.UTC(2025, 0, 1, 12, 0, 0, 5),
      Date.UTC(2025, 0, 1, 12, 0, 0, 50),
      Date.UTC(2025, 0, 1, 12, 0, 0, 500),
      Date.UTC(2025, 0, 1, 12, 0, 1, 0),
      253402300799999,
      253402300800000,
      -62167219200000,
      -62167219200001,
      8.64e15,
      -8.64e15,
    ];
    // Each time twice: the second call is answered from the cached second.
    for (const ms of [...times, ...times.toReversed()]) {
      const date = new Date(ms);
      expect(isoTime(date)).toBe(date.toISOString());
      expect(isoTime(date)).toBe(date.toISOString());
    }
  });

  it('throws as toISOString does for an invalid date', () => {
    expect(() => isoTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
