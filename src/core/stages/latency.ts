// Waits the delay the network stage decided, before the answer is built and its first byte
// sent (a streamed answer keeps its own pacing after that). The wait ends early when the
// client leaves: its timer is cleared and the request goes no further.
import type { Exchange } from '../exchange.ts';
import { StubReply } from '../reply.ts';

export async function latency(x: Exchange): Promise<StubReply | undefined> {
  const stayed = await wait(x.delayMs, x.request.signal?.());
  // Nobody to answer: the transport drops the connection, if it is still there.
  return stayed ? undefined : new StubReply(0, new Headers(), null, undefined, 'reset');
}

/** True after `ms`; false as soon as `signal` aborts. */
function wait(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
