// The order of the stages, seen from outside: which refusal a request gets when several apply.
import { describe, expect, it } from 'vitest';
import { exchangeFor, stageDefinition, stageRuntime } from '../../test/support/stage-fixture.ts';
import { runPipeline } from './pipeline.ts';
import type { StubReply } from './reply.ts';

const api = () =>
  stageRuntime({
    strict: true,
    definition: {
      ...stageDefinition,
      handlers: {
        'POST /things': (ctx) => ctx.reply(201).json({ id: 1, name: (ctx.body as { name: string }).name }),
        'GET /things/{id}': () => {
          throw new Error('a bug in a handler');
        },
      },
      responseHeaders: { 'x-content-type-options': 'nosniff' },
    },
  });

async function send(stub: ReturnType<typeof api>, path: string, init: RequestInit = {}): Promise<StubReply> {
  return runPipeline(stub, exchangeFor(stub, new Request(`http://stub${path}`, init)));
}

const post = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', ...headers },
});

describe('runPipeline', () => {
  it('answers through every stage to the handler, then adds the API headers and records', async () => {
    const stub = api();
    const reply = await send(stub, '/things', post('{"name":"a"}', { authorization: 'Bearer good', origin: 'http://127.0.0.1:5173' }));
    expect(reply.status).toBe(201);
    expect(reply.json).toEqual({ id: 1, name: 'a' });
    expect(reply.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(stub.journal.list().map((e) => [e.operation, e.status])).toEqual([['POST /things', 201]]);
    // Recorded as it went out: with the API's headers and the CORS headers added last.
    expect(stub.journal.find()[0]?.response.headers).toMatchObject({
      'x-ratelimit-remaining': '1',
      'x-content-type-options': 'nosniff',
      'access-control-allow-origin': 'http://127.0.0.1:5173',
    });
  });

  it('forced answers come before the body is read', async () => {
    const reply = await send(api(), '/things', post('{"name":', { prefer: 'code=201' }));
    expect(reply.status).toBe(201);
  });

  it('a bad body is refused before the caller is authenticated, who is checked before the rate limit', async () => {
    const stub = api();
    expect((await send(stub, '/things', post('{"name":""}'))).status).toBe(400);
    expect((await send(stub, '/things', post('{"name":"a"}'))).status).toBe(401);
    for (let i = 0; i < 2; i++) await send(stub, '/things', post('{"name":"a"}', { authorization: 'Bearer good' }));
    expect((await send(stub, '/things', post('{"name":"a"}'))).status).toBe(401);
    expect((await send(stub, '/things', post('{"name":"a"}', { authorization: 'Bearer good' }))).status).toBe(429);
  });

  it('a preflight is answered before routing', async () => {
    const reply = await send(api(), '/things', {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST' },
    });
    expect(reply.status).toBe(204);
  });

  it('a failing handler gets a 500 in the envelope without its stack, journaled without its operation', async () => {
    const stub = api();
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const reply = await send(stub, '/things/1');
      expect(reply.status).toBe(500);
      expect(reply.json).toEqual({
        error: { status: 500, code: 'INTERNAL_ERROR', message: 'Internal Server Error', requestId: 'req_00000001' },
      });
      expect(stub.journal.list()[0]).toMatchObject({ operation: null, status: 500, forced: false, issues: [] });
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
