import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import { refuseContext } from './context.ts';
import { CONTROL_HEADER } from './forced-answer.ts';

describe('refuseContext', () => {
  it('lets a request without a context problem through', () => {
    const api = stageRuntime();
    expect(refuseContext(api, exchangeFor(api, new Request('http://stub/things')))).toBeUndefined();
  });

  it('refuses a bad context name with 400 in the API envelope, naming the header, marked as a refused control', async () => {
    const api = stageRuntime();
    const x = exchangeFor(api, new Request('http://stub/things'));
    x.contextIssue = { in: 'header', field: 'contract-stubs-context', message: 'must be 1 to 128 letters' };
    const reply = refuseContext(api, x);
    expect(reply?.status).toBe(400);
    expect(reply?.headers.get(CONTROL_HEADER)).toBe('context-refused');
    expect(reply?.json).toMatchObject({
      error: { status: 400, code: 'VALIDATION_ERROR', message: expect.stringContaining('contract-stubs-context') },
    });
    expect(x.issues).toEqual([x.contextIssue]);
  });

  it('is what StubApi.answer does with a bad header, before routing', async () => {
    const api = stageRuntime();
    const reply = await api.answer(
      {
        method: 'GET',
        url: 'http://stub/nowhere',
        headers: { 'contract-stubs-context': 'two words' },
        toRequest: () => new Request('http://stub/nowhere'),
      },
      { path: '/nowhere' },
    );
    expect(reply.status).toBe(400);
    expect(api.journal.find()).toEqual([
      expect.objectContaining({ status: 400, context: null, issues: [expect.objectContaining({ field: 'contract-stubs-context' })] }),
    ]);
  });
});
