import { describe, expect, it } from 'vitest';
import { exchangeFor, type StageState, stageDefinition, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { RuntimeHandler } from '../definition.ts';
import type { Operation } from '../document.ts';
import { StubError } from '../envelope.ts';
import { callHandler } from './handler.ts';

function runWith(handler: RuntimeHandler) {
  const api = stageRuntime({ definition: { ...stageDefinition, handlers: { 'POST /things': handler } } });
  const x = exchangeFor(api, new Request('http://stub/things', { method: 'POST' }));
  x.body = { name: 'a' };
  x.principal = 'alice';
  x.limitHeaders = { 'x-ratelimit-remaining': '1' };
  return { api, reply: callHandler(api, x, api.operationFor('POST', '/things') as Operation) };
}

describe('callHandler', () => {
  it("gives the handler the request's parts and the world's state, and adds the rate-limit headers", async () => {
    const { api, reply } = runWith((ctx) => {
      const state = ctx.state as StageState;
      state.things.push({ id: state.things.length + 1, name: String((ctx.body as { name: string }).name) });
      return ctx.reply(201).json({ ...state.things[0], by: ctx.principal });
    });
    const answered = await reply;
    if (!answered) throw new Error('the handler answered nothing');
    expect(answered.status).toBe(201);
    expect(answered.json).toEqual({ id: 1, name: 'a', by: 'alice' });
    expect(answered.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(api.world.state).toEqual({ things: [{ id: 1, name: 'a' }] });
  });

  it('turns a StubError into the envelope, with its code and headers', async () => {
    const { reply } = runWith(() => {
      throw new StubError(404, 'No such thing', { code: 'THING_NOT_FOUND', headers: { 'x-why': 'gone' } });
    });
    const answered = await reply;
    if (!answered) throw new Error('the handler answered nothing');
    expect(answered.status).toBe(404);
    expect(answered.json).toMatchObject({ error: { code: 'THING_NOT_FOUND', message: 'No such thing' } });
    expect(answered.headers.get('x-why')).toBe('gone');
    expect(answered.headers.get('x-ratelimit-remaining')).toBe('1');
  });

  it('lets any other error through to the pipeline (a 500 there)', async () => {
    await expect(
      runWith(() => {
        throw new TypeError('bug');
      }).reply,
    ).rejects.toThrow('bug');
  });
});
