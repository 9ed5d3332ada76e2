import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import { CONTROL_HEADER, forcedAnswer } from './forced-answer.ts';

function run(url: string, headers: Record<string, string> = {}) {
  const api = stageRuntime();
  const x = exchangeFor(api, new Request(url, { method: 'POST', headers }));
  const operation = api.operationFor('POST', '/things') as Operation;
  x.operation = operation;
  return { x, reply: forcedAnswer(api, x, operation) };
}

describe('forcedAnswer', () => {
  it('lets a request without Prefer or __ controls through', () => {
    const { x, reply } = run('http://stub/things?name=a_b');
    expect(reply).toBeUndefined();
    expect(x.forced).toBe(false);
  });

  it('answers the named example, or the first, for Prefer', () => {
    expect(run('http://stub/things', { prefer: 'example=second' }).reply?.json).toEqual({ id: 2, name: 'second' });
    const { x, reply } = run('http://stub/things', { prefer: 'code=201' });
    expect(reply?.status).toBe(201);
    expect(reply?.json).toEqual({ id: 1, name: 'first' });
    expect(x.forced).toBe(true);
  });

  it('reads the __ query controls only where no Prefer header is sent', () => {
    expect(run('http://stub/things?__example=second').reply?.json).toEqual({ id: 2, name: 'second' });
    expect(run('http://stub/things?__example=second', { prefer: 'example=first' }).reply?.json).toEqual({ id: 1, name: 'first' });
  });

  it('answers a forced error status in the envelope', () => {
    const { reply } = run('http://stub/things', { prefer: 'code=404' });
    expect(reply?.status).toBe(404);
    expect(reply?.json).toMatchObject({ error: { status: 404, message: 'Forced 404 (Prefer: code=404)' } });
  });

  it('refuses an undocumented status as a control error, not as the operation', () => {
    const { x, reply } = run('http://stub/things', { prefer: 'code=418' });
    expect(reply?.status).toBe(400);
    expect(reply?.headers.get(CONTROL_HEADER)).toBe('prefer-refused');
    expect(reply?.json).toMatchObject({ error: { code: 'PREFER_UNDOCUMENTED_STATUS' } });
    expect(x.operation).toBeNull();
  });
});
