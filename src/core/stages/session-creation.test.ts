import { afterEach, describe, expect, it, vi } from 'vitest';
import { exchangeFor, stageDefinition, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import { SESSION_CREATIONS_PER_MINUTE } from '../session-creation.ts';
import { limitSessionCreation } from './session-creation.ts';

// In the fixture, creating a thing stands for creating a session.
const definition = { ...stageDefinition, createsSession: ({ operation }: { operation: Operation }) => operation.key === 'POST /things' };

function creator(rateLimits = true) {
  const api = stageRuntime({ definition, rateLimits });
  const op = api.operationFor('POST', '/things') as Operation;
  return (clientAddress: string) => {
    const x = exchangeFor(api, new Request('http://stub/things', { method: 'POST' }), { clientAddress });
    return limitSessionCreation(api, x, op);
  };
}

describe('limitSessionCreation', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets an address create its sessions up to the limit a minute, then answers 429 with Retry-After', () => {
    const create = creator();
    for (let i = 0; i < SESSION_CREATIONS_PER_MINUTE; i++) expect(create('10.0.0.1')).toBeUndefined();
    const refused = create('10.0.0.1');
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('retry-after')).toBe('60');
    expect(refused?.json).toMatchObject({ error: { code: 'RATE_LIMIT_EXCEEDED' } });
    expect(create('10.0.0.2')).toBeUndefined();
  });

  it('rolls its minute on the wall clock, also when the API runs on a fixed clock (--now)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const create = creator();
    for (let i = 0; i < SESSION_CREATIONS_PER_MINUTE; i++) expect(create('10.0.0.1')).toBeUndefined();
    expect(create('10.0.0.1')?.status).toBe(429);
    vi.setSystemTime(Date.now() + 61_000);
    expect(create('10.0.0.1')).toBeUndefined();
  });
  it('counts nothing with rate limits off, nor for a request that creates no session', () => {
    const create = creator(false);
    for (let i = 0; i <= SESSION_CREATIONS_PER_MINUTE; i++) expect(create('10.0.0.1')).toBeUndefined();
    const api = stageRuntime({ definition });
    const list = api.operationFor('GET', '/things') as Operation;
    for (let i = 0; i <= SESSION_CREATIONS_PER_MINUTE; i++)
      expect(limitSessionCreation(api, exchangeFor(api, new Request('http://stub/things')), list)).toBeUndefined();
  });
});
