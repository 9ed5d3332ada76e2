import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import { jsonReply } from '../reply.ts';
import { checkResponse } from './check-response.ts';
import { route } from './route.ts';

function routed(strict: boolean) {
  const api = stageRuntime({ strict });
  const x = exchangeFor(api, new Request('http://stub/things/1'));
  route(api, x);
  return { api, x };
}

describe('checkResponse', () => {
  it('passes answers through when not strict', () => {
    const { api, x } = routed(false);
    const reply = jsonReply(200, { id: 'one' });
    expect(checkResponse(api, x, reply)).toBe(reply);
  });

  it('under --strict, turns an off-contract answer into a 500 that names the problem', () => {
    const { api, x } = routed(true);
    const reply = checkResponse(api, x, jsonReply(200, { id: 'one', name: 'a' }));
    expect(reply.status).toBe(500);
    expect(reply.json).toMatchObject({
      error: { code: 'OFF_CONTRACT', message: 'The stub answered outside the contract (200): body.id: must be integer' },
    });
    expect(x.issues).toHaveLength(1);
  });

  it('under --strict, passes an answer the document allows', () => {
    const { api, x } = routed(true);
    const reply = jsonReply(200, { id: 1, name: 'a' });
    expect(checkResponse(api, x, reply)).toBe(reply);
  });
});
