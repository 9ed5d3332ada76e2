// The per-API fixtures, by API id. An API registered in handlers/index.ts without one here is
// fuzzed anonymously and still gets the generic abuse tests.
import { allyFixture } from './ally.ts';
import type { RobustnessFixture } from './fixture.ts';
import { micrositeFixture } from './microsite.ts';
import { sageFixture } from './sage.ts';
import { scorecardFixture } from './scorecard.ts';
import { shadowCoachFixture } from './shadow-coach.ts';

export const fixtures: ReadonlyMap<string, RobustnessFixture> = new Map(
  [micrositeFixture, allyFixture, scorecardFixture, shadowCoachFixture, sageFixture].map((f) => [f.api, f]),
);

/** Blanks the fields `api`'s fixture declares as real measurements of `operation` (`GET /api/health`). */
export function withoutMeasured(api: string, operation: string, text: string): string {
  const paths = fixtures.get(api)?.measured?.[operation];
  if (!paths) return text;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return text;
  }
  for (const path of paths) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let holder: unknown = json;
    for (const key of keys) holder = holder && typeof holder === 'object' ? (holder as Record<string, unknown>)[key] : undefined;
    if (holder && typeof holder === 'object' && last in holder) (holder as Record<string, unknown>)[last] = '…';
  }
  return JSON.stringify(json);
}
