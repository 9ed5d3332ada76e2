import { describe, expect, it } from 'vitest';
import { exchangeFor, stageDefinition, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import { documentAnswer } from './document-answer.ts';

// The stage fixture's API with no handler at all: every answer comes from its document.
const documentOnly = { ...stageDefinition, handlers: {} };

function run(method: string, path: string, body?: unknown, options: { stateful?: boolean } = {}) {
  const api = stageRuntime({ definition: documentOnly, ...options });
  const answer = (m: string, p: string, b?: unknown, query: Record<string, unknown> = {}) => {
    const x = exchangeFor(api, new Request(`http://stub${p}`, { method: m }));
    x.query = query;
    const found = api.compiled.match(m, p);
    if (found.kind !== 'found') throw new Error(`no operation for ${m} ${p}`);
    x.operation = found.operation;
    x.params = found.operation.path.includes('{') ? { id: Number(found.params.id) } : {};
    x.body = b;
    x.limitHeaders = { 'x-ratelimit-remaining': '9' };
    return documentAnswer(api, x, found.operation as Operation);
  };
  return { api, answer, first: answer(method, path, body) };
}

describe('documentAnswer', () => {
  it("answers the success status's first example, with the rate-limit headers", () => {
    const { first } = run('POST', '/things', { name: 'a' }, { stateful: false });
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ id: 1, name: 'first' });
    expect(first.headers.get('x-ratelimit-remaining')).toBe('9');
  });

  it('generates seeded data from the schema where there is no example, the same for the same seed', () => {
    const one = run('GET', '/things/7', undefined, { stateful: false }).first;
    const two = run('GET', '/things/7', undefined, { stateful: false }).first;
    expect(one.status).toBe(200);
    expect(one.json).toEqual(two.json);
    expect(Object.keys(one.json as object).sort()).toEqual(['id', 'name']);
  });

  it('keeps a collection by convention: POST stores the body completed to the item schema, GET reads it', () => {
    const { answer, first } = run('POST', '/things', { name: 'kept' });
    expect(first.status).toBe(201);
    expect(first.json).toEqual({ id: 1, name: 'kept' });
    expect(answer('GET', '/things/1').json).toEqual({ id: 1, name: 'kept' });
    expect(answer('GET', '/things').json).toEqual([{ id: 1, name: 'kept' }]);
    const missing = answer('GET', '/things/2');
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ error: { status: 404, code: 'NOT_FOUND', message: 'path.id: no item 2 in /things' } });
  });

  it('lists the page the declared limit asks for, in creation order', () => {
    const { answer } = run('POST', '/things', { name: 'one' });
    answer('POST', '/things', { name: 'two' });
    answer('POST', '/things', { name: 'three' });
    expect(answer('GET', '/things', undefined, { limit: 2 }).json).toEqual([
      { id: 1, name: 'one' },
      { id: 2, name: 'two' },
    ]);
    expect((answer('GET', '/things').json as unknown[]).length).toBe(3);
  });

  it('reads from the document until anything is stored, and with state off (--stateless)', () => {
    expect(run('GET', '/things').first.status).toBe(200);
    const { answer } = run('POST', '/things', { name: 'a' }, { stateful: false });
    expect(answer('GET', '/things/1').json).not.toEqual({ id: 1, name: 'a' });
  });
});
