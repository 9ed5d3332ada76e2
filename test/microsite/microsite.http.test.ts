import { describe } from 'vitest';
import { startHttp } from '../support/transports.ts';
import { micrositeScenarios } from './scenarios.ts';

describe('microsite over HTTP (Express + the core validator)', () => micrositeScenarios(startHttp));
