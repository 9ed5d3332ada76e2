import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import { readParameters } from './parameters.ts';
import { route } from './route.ts';

describe('readParameters', () => {
  it('coerces query, header and path parameters to their documented types; the last repeated query value wins', () => {
    const api = stageRuntime();
    const list = exchangeFor(api, new Request('http://stub/things?limit=1&limit=5&extra=x', { headers: { 'x-page': '3' } }));
    readParameters(list, route(api, list) as Operation);
    expect(list.query).toEqual({ limit: 5, extra: 'x' });
    expect(list.headers['x-page']).toBe(3);
    const one = exchangeFor(api, new Request('http://stub/things/42'));
    readParameters(one, route(api, one) as Operation);
    expect(one.params).toEqual({ id: 42 });
  });

  it('merges the cookies the transport knows of with the Cookie header, the header winning', () => {
    const api = stageRuntime();
    const x = exchangeFor(api, new Request('http://stub/things', { headers: { cookie: 'a=1; b=2' } }), { cookies: { b: 'page', c: '3' } });
    readParameters(x, route(api, x) as Operation);
    expect(x.cookies).toEqual({ a: '1', b: '2', c: '3' });
  });
});
