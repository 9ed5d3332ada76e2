// The arithmetic of the analytics: buckets by UTC day, ISO week (its Monday) or month (its first
// day), means to two decimals, and the trend rule (later half's mean minus earlier half's).
import type { components } from '../../src/generated/shadow-coach.ts';

type Trend = components['schemas']['Trend'];
type ActivityTrend = components['schemas']['ActivityTrend'];
export type Granularity = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;
export const TREND_THRESHOLD = 0.5;

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** `2024-01-15` for a day, that week's Monday, or that month's first day (UTC). */
export function bucketOf(at: Date, granularity: Granularity): string {
  if (granularity === 'month') return `${at.toISOString().slice(0, 7)}-01`;
  if (granularity === 'week') {
    const sinceMonday = (at.getUTCDay() + 6) % 7;
    return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()) - sinceMonday * DAY_MS).toISOString().slice(0, 10);
  }
  return at.toISOString().slice(0, 10);
}

/** Scores in time order → the later half's mean minus the earlier half's (a middle one left out). */
export function trendOf(scoresInTimeOrder: number[]): Trend {
  const n = scoresInTimeOrder.length;
  if (n < 2) return 'insufficient_data';
  const half = Math.floor(n / 2);
  const change = round2(mean(scoresInTimeOrder.slice(n - half)) - mean(scoresInTimeOrder.slice(0, half)));
  if (change >= TREND_THRESHOLD) return 'improving';
  if (change <= -TREND_THRESHOLD) return 'declining';
  return 'stable';
}

export function activityTrend(recent: number, before: number): ActivityTrend {
  return recent > before ? 'increasing' : recent < before ? 'decreasing' : 'stable';
}

export interface Scored {
  score: number;
  timestamp: Date;
}

export function moodHistory(entries: Scored[], granularity: Granularity) {
  const ordered = [...entries].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  const buckets = new Map<string, number[]>();
  for (const e of ordered) {
    const key = bucketOf(e.timestamp, granularity);
    buckets.set(key, [...(buckets.get(key) ?? []), e.score]);
  }
  const scores = ordered.map((e) => e.score);
  return {
    mood_scores: [...buckets]
      .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
      .map(([date, values]) => ({ date, score: round2(mean(values)), count: values.length })),
    statistics: {
      average: scores.length > 0 ? round2(mean(scores)) : null,
      min: scores.length > 0 ? Math.min(...scores) : null,
      max: scores.length > 0 ? Math.max(...scores) : null,
      trend: trendOf(scores),
    },
  };
}
