// Rate limits, per-API response headers and path aliases, on both transports: the core runs
// them, so Express and MSW must answer alike.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineApi } from '../src/core/definition.ts';
import type { OpenApiDocument } from '../src/core/document.ts';
import { RateLimiter } from '../src/core/rate-limit.ts';
import { createStubs } from '../src/core/stubs.ts';
import { createMswStubs } from '../src/msw/index.ts';
import { serve } from '../src/node/index.ts';

const envelope = { type: 'object', properties: { message: { type: 'string' } } };
const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Stages', version: '1.0.0' },
  paths: {
    '/api/things': {
      post: {
        operationId: 'createThing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', additionalProperties: false, required: ['name'], properties: { name: { type: 'string' } } },
            },
          },
        },
        responses: {
          '201': { description: 'created', content: { 'application/json': { schema: { type: 'object' } } } },
          '400': { description: 'invalid', content: { 'application/json': { schema: envelope } } },
          '429': { description: 'limited', content: { 'application/json': { schema: envelope } } },
        },
      },
    },
  },
};

const stagesApi = defineApi<Record<string, never>, { state: null; principal: null; services: null }>({
  id: 'stages',
  document,
  envelope: ({ status, message, code, details }) => ({ status, message, code, details }),
  createServices: () => null,
  createState: () => null,
  authenticate: {},
  handlers: {},
  rateLimit: { rules: ({ clientAddress }) => [{ key: `ip:${clientAddress}`, limit: 2, windowMs: 60_000 }] },
  responseHeaders: { 'x-content-type-options': 'nosniff' },
  pathAliases: { '/api/v1': '/api' },
});
stagesApi.handlers['POST /api/things'] = (ctx) => ctx.reply(201).json(ctx.body);

const now = new Date('2025-01-01T00:00:00Z');

describe('RateLimiter', () => {
  it('counts per key within a window, refuses without counting, and starts a new window', () => {
    const limiter = new RateLimiter();
    const rule = { key: 'a', limit: 2, windowMs: 1000 };
    expect(limiter.hit([rule], now)).toMatchObject({ remaining: 1, exceeded: false });
    expect(limiter.hit([{ ...rule, key: 'b' }], now)).toMatchObject({ remaining: 1 });
    expect(limiter.hit([rule], now)).toMatchObject({ remaining: 0, exceeded: false });
    expect(limiter.hit([rule], now)).toMatchObject({ remaining: 0, exceeded: true, resetAt: new Date(now.getTime() + 1000) });
    expect(limiter.hit([rule], new Date(now.getTime() + 1000))).toMatchObject({ remaining: 1, exceeded: false });
  });

  it('reports the tightest rule, and the spent one when any is spent', () => {
    const limiter = new RateLimiter();
    const loose = { key: 'loose', limit: 10, windowMs: 1000 };
    const tight = { key: 'tight', limit: 1, windowMs: 1000 };
    expect(limiter.hit([loose, tight], now)?.rule).toBe(tight);
    const refused = limiter.hit([loose, tight], now);
    expect(refused).toMatchObject({ rule: tight, exceeded: true });
    // The refused hit was not counted against the loose rule either.
    expect(limiter.hit([loose], now)).toMatchObject({ remaining: 8 });
  });
});

const transports = {
  http: async () => {
    const running = await serve([stagesApi], { port: 0, strict: true, now });
    return { base: `${running.origin}/stages`, reset: () => running.stubs.reset(), close: () => running.close() };
  },
  msw: async () => {
    const { handlers, stubs } = createMswStubs([stagesApi], { origin: 'http://stages.test', strict: true, now });
    const server = setupServer(...handlers);
    server.listen({ onUnhandledFrame: 'bypass' });
    return { base: 'http://stages.test/stages', reset: () => stubs.reset(), close: async () => server.close() };
  },
};

for (const [name, start] of Object.entries(transports)) {
  describe(`core stages over ${name}`, () => {
    let t: Awaited<ReturnType<typeof start>>;
    beforeAll(async () => {
      t = await start();
    });
    afterAll(() => t.close());

    const post = (path: string, body: unknown) =>
      fetch(`${t.base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    it('limits, answers 429 in the envelope with Retry-After and details, and a reset clears the counters', async () => {
      t.reset();
      const first = await post('/api/things', { name: 'a' });
      expect(first.status).toBe(201);
      expect(first.headers.get('x-ratelimit-limit')).toBe('2');
      expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
      expect(first.headers.get('x-ratelimit-reset')).toBe(String(now.getTime() / 1000 + 60));
      expect((await post('/api/things', { name: 'b' })).headers.get('x-ratelimit-remaining')).toBe('0');
      const refused = await post('/api/things', { name: 'c' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(await refused.json()).toEqual({
        status: 429,
        code: 'RATE_LIMIT_EXCEEDED',
        message: expect.stringMatching(/2 requests per 60 s/),
        details: { retryAfter: 60 },
      });
      t.reset();
      expect((await post('/api/things', { name: 'd' })).status).toBe(201);
    });

    it('puts the response headers on every answer, errors and unknown paths included', async () => {
      t.reset();
      const invalid = await post('/api/things', { nom: 'x' });
      expect(invalid.status).toBe(400);
      expect(invalid.headers.get('x-content-type-options')).toBe('nosniff');
      const missing = await fetch(`${t.base}/api/nothing`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('routes and validates an alias exactly as its target', async () => {
      t.reset();
      const created = await post('/api/v1/things', { name: 'via alias' });
      expect(created.status).toBe(201);
      expect(await created.json()).toEqual({ name: 'via alias' });
      const invalid = await post('/api/v1/things', { name: 3 });
      expect(invalid.status).toBe(400);
      expect((await invalid.json()).message).toMatch(/body\.name/);
    });
  });
}

describe('metrics and the test-endpoints switch', () => {
  const probeDocument: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: 'Probe', version: '1.0.0' },
    paths: {
      '/api/probe': {
        get: {
          operationId: 'probe',
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
    },
  };
  const probe = defineApi<Record<string, never>, { state: null; principal: null; services: { testEndpoints: boolean } }>({
    id: 'probe',
    document: probeDocument,
    envelope: ({ message }) => ({ message }),
    createServices: (instance) => ({ testEndpoints: instance.testEndpoints }),
    createState: () => null,
    authenticate: {},
    handlers: {},
    rateLimit: {
      rules: () => [{ key: 'all', limit: 5, windowMs: 60_000 }],
      headers: (limit, input) => ({ 'x-until-reset': String((limit.resetAt.getTime() - input.now.getTime()) / 1000) }),
    },
  });
  probe.handlers['GET /api/probe'] = (ctx) => {
    const { metrics, services } = ctx;
    return ctx.reply(200).json({ ...metrics, ...(services as object) });
  };

  it('hands handlers the answers sent so far; a reset clears the counts', async () => {
    const stubs = createStubs([probe], { now });
    const get = async (path: string) => (await stubs.fetch(new Request(`http://x/probe${path}`))).json();
    await get('/api/missing');
    const seen = await get('/api/probe');
    expect(seen).toMatchObject({ requests: 1, errors: 0, testEndpoints: true, recent: [{ operation: null, status: 404 }] });
    expect(stubs.apis[0]?.api.metrics()).toMatchObject({ requests: 2, errors: 0 });
    stubs.reset();
    expect(await get('/api/probe')).toMatchObject({ requests: 0, recent: [] });
  });

  it('passes --no-test-endpoints (testEndpoints: false) to the API as instance info', async () => {
    const stubs = createStubs([probe], { testEndpoints: false, now });
    const answer = await stubs.fetch(new Request('http://x/probe/api/probe'));
    expect(await answer.json()).toMatchObject({ testEndpoints: false });
    // Rate-limit hooks see the instance's clock.
    expect(answer.headers.get('x-until-reset')).toBe('60');
  });

  it('enforces no rate limit with --no-rate-limits (rateLimits: false), for load runs', async () => {
    const stubs = createStubs([probe], { rateLimits: false, now });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const answer = await stubs.fetch(new Request('http://x/probe/api/probe'));
      expect(answer.headers.get('x-until-reset')).toBeNull();
      statuses.push(answer.status);
    }
    expect(statuses).toEqual(Array(7).fill(200));
    const limited = createStubs([probe], { now });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await limited.fetch(new Request('http://x/probe/api/probe'))).status);
    expect(answers).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
