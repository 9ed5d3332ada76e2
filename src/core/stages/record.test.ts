import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import { jsonReply } from '../reply.ts';
import { record } from './record.ts';
import { route } from './route.ts';

describe('record', () => {
  it('journals the request with its operation, status and issues, and counts it in the metrics', () => {
    const api = stageRuntime();
    const x = exchangeFor(api, new Request('http://stub/things/1?x=1'));
    route(api, x);
    x.issues = [{ in: 'query', field: 'x', message: 'is odd' }];
    record(api, x, jsonReply(400, {}));
    expect(api.journal.list()).toEqual([
      expect.objectContaining({
        time: '2025-01-01T00:00:00.000Z',
        api: 'stage',
        method: 'GET',
        path: '/things/1?x=1',
        operation: 'GET /things/{id}',
        status: 400,
        forced: false,
        issues: [{ in: 'query', field: 'x', message: 'is odd' }],
      }),
    ]);
    expect(api.metrics()).toMatchObject({ requests: 1, errors: 0 });
  });

  it('keeps the request headers and body, the answer, and the context; a body the transport refused too', () => {
    const api = stageRuntime();
    const x = exchangeFor(api, new Request('http://stub/things', { method: 'POST', headers: { 'x-trace': '1' } }));
    route(api, x);
    x.body = { name: 'a' };
    x.hasBody = true;
    record(api, x, jsonReply(201, { id: 1, name: 'a' }));
    const refused = exchangeFor(api, new Request('http://stub/things', { method: 'POST' }), {
      verdict: { kind: 'invalid', issues: [], body: { name: 1 } },
    });
    record(api, refused, jsonReply(400, {}));
    const [created, invalid] = api.journal.find();
    expect(created).toMatchObject({
      context: null,
      request: { headers: { 'x-trace': '1' }, body: { name: 'a' } },
      response: { status: 201, headers: { 'content-type': 'application/json' }, body: { id: 1, name: 'a' } },
    });
    expect(invalid?.request.body).toEqual({ name: 1 });
  });
});
