// Every API's scenario suite over real HTTP with `--validator express-openapi-validator`: each
// API request is judged by express-openapi-validator, the independent second opinion, before
// the core answers it. (The plain <api>.http suites run `start`'s default, the core's validator.)
import { describe } from 'vitest';
import { allyScenarios } from './ally/scenarios.ts';
import { micrositeScenarios } from './microsite/scenarios.ts';
import { sageScenarios } from './sage/scenarios.ts';
import { scorecardScenarios } from './scorecard/scenarios.ts';
import { shadowCoachScenarios } from './shadow-coach/scenarios.ts';
import { startHttp } from './support/transports.ts';

const start = () => startHttp({ validator: 'express-openapi-validator' });

describe('microsite over HTTP, --validator express-openapi-validator', () => micrositeScenarios(start));
describe('ally over HTTP, --validator express-openapi-validator', () => allyScenarios(start));
describe('scorecard over HTTP, --validator express-openapi-validator', () => scorecardScenarios(start));
describe('shadow-coach over HTTP, --validator express-openapi-validator', () => shadowCoachScenarios(start));
describe('sage over HTTP, --validator express-openapi-validator', () => sageScenarios(start));
