// The analytics arithmetic on its own, against numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import { activityTrend, bucketOf, moodHistory, round2, trendOf } from '../../handlers/shadow-coach/mood-stats.ts';

const at = (iso: string) => new Date(iso);

describe('bucketOf', () => {
  it('groups by UTC day, ISO week (its Monday) and month (its first day)', () => {
    expect(bucketOf(at('2024-01-15T23:59:59Z'), 'day')).toBe('2024-01-15');
    expect(bucketOf(at('2024-01-14T12:00:00Z'), 'week')).toBe('2024-01-08'); // a Sunday
    expect(bucketOf(at('2024-01-15T00:00:00Z'), 'week')).toBe('2024-01-15'); // a Monday
    expect(bucketOf(at('2024-03-01T00:00:00Z'), 'week')).toBe('2024-02-26'); // across a leap day
    expect(bucketOf(at('2024-12-31T10:00:00Z'), 'month')).toBe('2024-12-01');
  });
});

describe('trendOf', () => {
  it('compares the later half’s mean with the earlier half’s, leaving a middle entry out', () => {
    expect(trendOf([])).toBe('insufficient_data');
    expect(trendOf([5])).toBe('insufficient_data');
    expect(trendOf([5, 6])).toBe('improving'); // 6 − 5 = 1
    expect(trendOf([6, 5.5])).toBe('declining'); // −0.5
    expect(trendOf([5, 5.4])).toBe('stable'); // 0.4
    expect(trendOf([2, 9, 9, 3])).toBe('improving'); // (9 + 3) / 2 − (2 + 9) / 2 = 0.5
    expect(trendOf([1, 10, 1])).toBe('stable'); // the middle 10 is left out: 1 − 1 = 0
    expect(trendOf([8, 1, 7])).toBe('declining'); // 7 − 8 = −1
  });
});

describe('moodHistory', () => {
  it('buckets newest first with means to two decimals, and statistics over the entries', () => {
    const entries = [
      { score: 2, timestamp: at('2024-05-02T09:00:00Z') },
      { score: 3, timestamp: at('2024-05-01T09:00:00Z') }, // out of order on purpose
      { score: 3, timestamp: at('2024-05-02T18:00:00Z') },
      { score: 10, timestamp: at('2024-05-20T09:00:00Z') },
    ];
    // Time order 3, 2, 3, 10: mean 18 / 4 = 4.5; (3 + 10) / 2 − (3 + 2) / 2 = 4 → improving.
    expect(moodHistory(entries, 'day')).toEqual({
      mood_scores: [
        { date: '2024-05-20', score: 10, count: 1 },
        { date: '2024-05-02', score: 2.5, count: 2 },
        { date: '2024-05-01', score: 3, count: 1 },
      ],
      statistics: { average: 4.5, min: 2, max: 10, trend: 'improving' },
    });
    // 2024-05-01 is a Wednesday: its week starts on Monday 2024-04-29; 8 / 3 = 2.666… → 2.67.
    expect(moodHistory(entries, 'week').mood_scores).toEqual([
      { date: '2024-05-20', score: 10, count: 1 },
      { date: '2024-04-29', score: 2.67, count: 3 },
    ]);
    expect(moodHistory(entries, 'month').mood_scores).toEqual([{ date: '2024-05-01', score: 4.5, count: 4 }]);
    expect(moodHistory([], 'day')).toEqual({
      mood_scores: [],
      statistics: { average: null, min: null, max: null, trend: 'insufficient_data' },
    });
  });

  it('rounds half away from zero at two decimals and compares activity', () => {
    expect(round2(20 / 3)).toBe(6.67);
    expect(round2(5.125)).toBe(5.13);
    expect(activityTrend(3, 1)).toBe('increasing');
    expect(activityTrend(0, 2)).toBe('decreasing');
    expect(activityTrend(4, 4)).toBe('stable');
  });
});
