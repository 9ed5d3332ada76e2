import { describe } from 'vitest';
import { startMsw } from '../support/transports.ts';
import { sageScenarios } from './scenarios.ts';

describe('sage through MSW setupServer', () => sageScenarios(startMsw));
