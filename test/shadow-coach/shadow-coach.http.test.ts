import { describe } from 'vitest';
import { startHttp } from '../support/transports.ts';
import { shadowCoachScenarios } from './scenarios.ts';

describe('shadow-coach over HTTP (Express + the core validator)', () => shadowCoachScenarios(startHttp));
