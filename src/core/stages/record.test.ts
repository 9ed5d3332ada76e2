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
});
