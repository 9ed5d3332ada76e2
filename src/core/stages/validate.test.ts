import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import { readParameters } from './parameters.ts';
import { route } from './route.ts';
import { validate } from './validate.ts';

function prepared(url: string, init: RequestInit = {}): { api: ReturnType<typeof stageRuntime>; x: Exchange; op: Operation } {
  const api = stageRuntime();
  const x = exchangeFor(api, new Request(url, init));
  const op = route(api, x) as Operation;
  readParameters(x, op);
  return { api, x, op };
}

describe('validate', () => {
  it('lets a valid request through', () => {
    const { api, x, op } = prepared('http://stub/things?limit=2');
    expect(validate(api, x, op)).toBeUndefined();
  });

  it('refuses with 400 naming the field, and keeps the issues for the journal', () => {
    const { api, x, op } = prepared('http://stub/things?limit=0');
    const reply = validate(api, x, op);
    expect(reply?.status).toBe(400);
    expect(reply?.json).toMatchObject({ error: { code: 'VALIDATION_ERROR', message: 'query.limit: must be >= 1' } });
    expect(x.issues).toEqual([{ in: 'query', field: 'limit', message: 'must be >= 1' }]);
  });

  it('judges a body against its schema', () => {
    const { api, x, op } = prepared('http://stub/things', { method: 'POST' });
    x.body = { name: 'a', colour: 'red' };
    x.hasBody = true;
    expect(validate(api, x, op)?.json).toMatchObject({ error: { message: 'body.colour: is not allowed' } });
  });

  it("renders the transport's verdict instead of judging again", () => {
    const { api, x, op } = prepared('http://stub/things?limit=0');
    Object.assign(x, { verdict: { kind: 'valid', body: undefined, hasBody: false } });
    expect(validate(api, x, op)).toBeUndefined();
  });

  it('refuses a path id that does not decode before judging its schema', () => {
    const { api, x, op } = prepared('http://stub/things/%E0%A4%A');
    expect(validate(api, x, op)?.json).toMatchObject({ error: { message: 'path.id: is not valid percent-encoded UTF-8' } });
  });
});
