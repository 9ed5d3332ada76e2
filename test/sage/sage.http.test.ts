import { describe } from 'vitest';
import { startHttp } from '../support/transports.ts';
import { sageScenarios } from './scenarios.ts';

describe('sage over HTTP (Express + the core validator)', () => sageScenarios(startHttp));
