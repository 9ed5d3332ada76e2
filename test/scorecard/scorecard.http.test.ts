import { describe } from 'vitest';
import { startHttp } from '../support/transports.ts';
import { scorecardScenarios } from './scenarios.ts';

describe('scorecard over HTTP (Express + the core validator)', () => scorecardScenarios(startHttp));
