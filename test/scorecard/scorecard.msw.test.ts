import { describe } from 'vitest';
import { startMsw } from '../support/transports.ts';
import { scorecardScenarios } from './scenarios.ts';

describe('scorecard through MSW setupServer', () => scorecardScenarios(startMsw));
