// Every API this package serves, in the order `GET /` lists them.
import type { RuntimeApiDefinition } from '../src/core/index.ts';
import { ally } from './ally/index.ts';
import { microsite } from './microsite/index.ts';
import { sage } from './sage/index.ts';
import { scorecard } from './scorecard/index.ts';
import { shadowCoach } from './shadow-coach/index.ts';

export const apis: RuntimeApiDefinition[] = [microsite, ally, scorecard, shadowCoach, sage];
