import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import { authenticate } from './authenticate.ts';

async function run(method: string, authorization?: string) {
  const api = stageRuntime();
  const x = exchangeFor(api, new Request('http://stub/things', { method, headers: authorization ? { authorization } : {} }));
  return { x, reply: await authenticate(api, x, api.operationFor(method, '/things') as Operation) };
}

describe('authenticate', () => {
  it('passes an operation without a security requirement', async () => {
    const { x, reply } = await run('GET');
    expect(reply).toBeUndefined();
    expect(x.principal).toBeUndefined();
  });

  it("keeps the authenticator's principal for the handler", async () => {
    const { x, reply } = await run('POST', 'Bearer good');
    expect(reply).toBeUndefined();
    expect(x.principal).toBe('alice');
  });

  it("answers the authenticator's refusal (401 or 403) in the envelope", async () => {
    expect((await run('POST')).reply?.json).toMatchObject({
      error: { status: 401, code: 'UNAUTHORIZED', message: 'Bearer token required' },
    });
    expect((await run('POST', 'Bearer forbidden')).reply?.status).toBe(403);
  });
});
