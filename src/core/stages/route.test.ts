import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import { StubReply } from '../reply.ts';
import { route } from './route.ts';

describe('route', () => {
  it('finds the operation and keeps the path parameters as sent', () => {
    const api = stageRuntime();
    const x = exchangeFor(api, new Request('http://stub/things/42'));
    const found = route(api, x);
    expect(found).not.toBeInstanceOf(StubReply);
    expect(x.operation?.key).toBe('GET /things/{id}');
    expect(x.params).toEqual({ id: '42' });
  });

  it('answers 404 in the envelope for an undocumented path', () => {
    const api = stageRuntime();
    const x = exchangeFor(api, new Request('http://stub/nothing'));
    const reply = route(api, x) as StubReply;
    expect(reply.status).toBe(404);
    expect(reply.json).toMatchObject({ error: { status: 404, code: 'NOT_FOUND', message: 'No operation matches GET /nothing' } });
    expect(x.operation).toBeNull();
  });

  it('answers 405 with Allow for a documented path without that method', () => {
    const api = stageRuntime();
    const reply = route(api, exchangeFor(api, new Request('http://stub/things/1', { method: 'DELETE' }))) as StubReply;
    expect(reply.status).toBe(405);
    expect(reply.headers.get('allow')).toBe('GET');
    expect(reply.json).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED' } });
  });

  it('marks path parameters that do not decode', () => {
    const api = stageRuntime();
    const x = exchangeFor(api, new Request('http://stub/things/%E0%A4%A'));
    route(api, x);
    expect(x.undecodable).toEqual(['id']);
  });
});
