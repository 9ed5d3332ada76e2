import { describe } from 'vitest';
import { startMsw } from '../support/transports.ts';
import { shadowCoachScenarios } from './scenarios.ts';

describe('shadow-coach through MSW setupServer', () => shadowCoachScenarios(startMsw));
