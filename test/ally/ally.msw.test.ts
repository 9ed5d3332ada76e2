import { describe } from 'vitest';
import { startMsw } from '../support/transports.ts';
import { allyPacingScenarios, allyScenarios } from './scenarios.ts';

describe('ally through MSW setupServer', () => allyScenarios(startMsw));
describe('ally streams through MSW with a pace', () => allyPacingScenarios(() => startMsw({ streamDelayMs: 20 }), 20));
