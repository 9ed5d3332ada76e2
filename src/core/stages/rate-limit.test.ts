import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import { rateLimit } from './rate-limit.ts';

describe('rateLimit', () => {
  it('counts per rule key, sets the headers, and answers 429 with Retry-After once spent', () => {
    const api = stageRuntime();
    const op = api.operationFor('POST', '/things') as Operation;
    const hit = (principal: string) => {
      const x = exchangeFor(api, new Request('http://stub/things', { method: 'POST' }));
      x.principal = principal;
      return { x, reply: rateLimit(api, x, op) };
    };
    const first = hit('alice');
    expect(first.reply).toBeUndefined();
    expect(first.x.limitHeaders).toMatchObject({ 'x-ratelimit-limit': '2', 'x-ratelimit-remaining': '1' });
    expect(hit('alice').reply).toBeUndefined();
    const refused = hit('alice').reply;
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('retry-after')).toBe('60');
    expect(refused?.json).toMatchObject({ error: { code: 'RATE_LIMIT_EXCEEDED' } });
    expect(hit('bob').reply).toBeUndefined();
  });

  it('counts nothing when rate limits are off (load runs)', () => {
    const api = stageRuntime({ rateLimits: false });
    const x = exchangeFor(api, new Request('http://stub/things', { method: 'POST' }));
    for (let i = 0; i < 5; i++) expect(rateLimit(api, x, api.operationFor('POST', '/things') as Operation)).toBeUndefined();
    expect(x.limitHeaders).toBeUndefined();
  });
});
