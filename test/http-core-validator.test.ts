// Every API's scenario suite over real HTTP with `--validator core`: Express hands each API
// request to the core, whose compiled validator (the one MSW runs) judges it.
import { describe } from 'vitest';
import { allyScenarios } from './ally/scenarios.ts';
import { micrositeScenarios } from './microsite/scenarios.ts';
import { sageScenarios } from './sage/scenarios.ts';
import { scorecardScenarios } from './scorecard/scenarios.ts';
import { shadowCoachScenarios } from './shadow-coach/scenarios.ts';
import { startHttp } from './support/transports.ts';

const start = () => startHttp({ validator: 'core' });

describe('microsite over HTTP, --validator core', () => micrositeScenarios(start));
describe('ally over HTTP, --validator core', () => allyScenarios(start));
describe('scorecard over HTTP, --validator core', () => scorecardScenarios(start));
describe('shadow-coach over HTTP, --validator core', () => shadowCoachScenarios(start));
describe('sage over HTTP, --validator core', () => sageScenarios(start));
