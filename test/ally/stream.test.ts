// The SSE stream ally's handlers return: pull-based, paced, and cancellable without leaving a
// timer behind.
import { expect, it } from 'vitest';
import { chunks } from '../../handlers/ally/assistant.ts';
import { sseStream } from '../../src/core/sse.ts';
import { parseSse } from '../support/sse.ts';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

it('encodes each event as `event:` and a JSON `data:` line', async () => {
  const text = await new Response(sseStream([{ event: 'text-start', data: { id: 'a' } }], 0)).text();
  expect(text).toBe('event: text-start\ndata: {"id":"a"}\n\n');
  expect(parseSse(text)).toEqual([{ event: 'text-start', data: { id: 'a' }, at: expect.any(Number) }]);
});

it('clears its pending timer when cancelled mid-stream', async () => {
  const baseline = timers();
  const events = Array.from({ length: 5 }, (_, i) => ({ event: 'text-delta', data: { id: 'a', delta: String(i) } }));
  const reader = sseStream(events, 60_000).getReader();
  await reader.read();
  const pending = reader.read();
  await new Promise((resolve) => setImmediate(resolve));
  expect(timers()).toBe(baseline + 1);
  await reader.cancel();
  expect(await pending).toEqual({ done: true, value: undefined });
  expect(timers()).toBe(baseline);
});

it('splits text into chunks that concatenate to the text', () => {
  const text = '  # Title\n\nSome words here, and more.\n- a\n';
  expect(chunks(text).join('')).toBe(text);
  expect(chunks(text).length).toBeGreaterThan(2);
});
