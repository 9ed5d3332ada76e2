import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import { latency } from './latency.ts';

function exchange(signal?: AbortSignal) {
  const x = exchangeFor(stageRuntime(), new Request('http://stub/things', signal ? { signal } : {}));
  x.delayMs = 150;
  return x;
}

describe('latency', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets the request on once its delay has passed, not before', async () => {
    let done = false;
    const waited = latency(exchange()).then((reply) => {
      done = true;
      return reply;
    });
    await vi.advanceTimersByTimeAsync(149);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await waited).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops waiting when the client leaves: its timer is cleared and no answer goes out', async () => {
    const controller = new AbortController();
    const waited = latency(exchange(controller.signal));
    await vi.advanceTimersByTimeAsync(50);
    controller.abort();
    const reply = await waited;
    expect(reply?.status).toBe(0);
    expect(reply?.fault).toBe('reset');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not wait at all for a client already gone', async () => {
    const reply = await latency(exchange(AbortSignal.abort()));
    expect(reply?.fault).toBe('reset');
    expect(vi.getTimerCount()).toBe(0);
  });
});
