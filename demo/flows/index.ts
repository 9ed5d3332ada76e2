// Every API's walk-through, in the order the page shows them. An API that lands adds its
// file here; the demo page and the browser tests pick it up.
import type { Flow } from '../flow.ts';
import { ally } from './ally.ts';
import { microsite } from './microsite.ts';
import { sage } from './sage.ts';
import { scorecard } from './scorecard.ts';
import { shadowCoach } from './shadow-coach.ts';

export const flows: Flow[] = [microsite, ally, scorecard, shadowCoach, sage];
