// Figures computed from a user's stored consultations: periods, cost totals, streaks.
import type { Consultation } from './env.ts';
import { round4 } from './env.ts';

export type Period = 'day' | 'week' | 'month' | 'year';

const DAY_MS = 24 * 3600 * 1000;
export const PERIOD_DAYS: Readonly<Record<Period, number>> = { day: 1, week: 7, month: 30, year: 365 };

export function inPeriod(consultations: Consultation[], period: Period, now: Date): Consultation[] {
  const from = now.getTime() - PERIOD_DAYS[period] * DAY_MS;
  return consultations.filter((c) => Date.parse(c.createdAt) > from);
}

export interface CostTotals {
  total: number;
  spent: number;
  saved: number;
  cacheHits: number;
  byModel: Record<'gpt-4' | 'gpt-3.5-turbo' | 'cache', { count: number; cost: number }>;
}

export function costTotals(consultations: Consultation[]): CostTotals {
  const byModel = { 'gpt-4': { count: 0, cost: 0 }, 'gpt-3.5-turbo': { count: 0, cost: 0 }, cache: { count: 0, cost: 0 } };
  let spent = 0;
  let saved = 0;
  for (const { aiContext } of consultations) {
    const { actualCost, originalCost } = aiContext.costOptimization;
    byModel[aiContext.modelUsed].count++;
    byModel[aiContext.modelUsed].cost += actualCost;
    spent += actualCost;
    if (aiContext.cacheHit) saved += originalCost;
  }
  for (const usage of Object.values(byModel)) usage.cost = round4(usage.cost);
  return { total: consultations.length, spent: round4(spent), saved: round4(saved), cacheHits: byModel.cache.count, byModel };
}

export function ratio(part: number, whole: number): number {
  return whole > 0 ? round4(part / whole) : 0;
}

function utcDay(iso: string): number {
  return Math.floor(Date.parse(iso) / DAY_MS);
}

/** Current streak (consecutive UTC days ending today or yesterday) and the longest one. */
export function streaks(consultations: Consultation[], now: Date): { current: number; longest: number } {
  const days = [...new Set(consultations.map((c) => utcDay(c.createdAt)))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i] === (days[i - 1] ?? 0) + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const today = Math.floor(now.getTime() / DAY_MS);
  const last = days[days.length - 1];
  const current = last !== undefined && today - last <= 1 ? run : 0;
  return { current, longest };
}

/** The most frequent value, ties to the first seen; undefined for none. */
export function mostFrequent<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

export function averageRating(consultations: Consultation[]): number | undefined {
  const rated = consultations.flatMap((c) => (c.rating === undefined ? [] : [c.rating]));
  return rated.length > 0 ? Math.round((rated.reduce((a, b) => a + b, 0) / rated.length) * 100) / 100 : undefined;
}
