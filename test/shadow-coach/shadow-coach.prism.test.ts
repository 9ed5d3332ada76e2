import { describe, vi } from 'vitest';
import { startPrismProxied } from '../support/transports.ts';
import { shadowCoachScenarios } from './scenarios.ts';

// Starting Prism takes a few seconds on a busy machine (it bounds itself at 30 s).
vi.setConfig({ hookTimeout: 45_000 });

describe('shadow-coach through a Prism proxy (Prism judges every answer)', () =>
  shadowCoachScenarios(() => startPrismProxied({}, ['shadow-coach'])));
