import { describe } from 'vitest';
import { startMsw } from '../support/transports.ts';
import { micrositeScenarios } from './scenarios.ts';

describe('microsite through MSW setupServer', () => micrositeScenarios(startMsw));
