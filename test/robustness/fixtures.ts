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
