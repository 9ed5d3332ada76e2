import { describe } from 'vitest';
import { startHttp } from '../support/transports.ts';
import { allyPacingScenarios, allyScenarios } from './scenarios.ts';

describe('ally over HTTP (Express + the core validator)', () => allyScenarios(startHttp));
describe('ally streams over HTTP with a pace', () => allyPacingScenarios(() => startHttp({ streamDelayMs: 20 }), 20));
