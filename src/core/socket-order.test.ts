import { describe, expect, it } from 'vitest';
import { inArrivalOrder, MAX_QUEUED_MESSAGES } from './socket-order.ts';
import type { StubSocket } from './websocket.ts';

function transportSocket() {
  const closes: number[] = [];
  let deliver: (text: string) => void = () => {};
  let closed: () => void = () => {};
  const socket: StubSocket = {
    send: () => {},
    close: (code) => closes.push(code),
    onMessage: (listener) => {
      deliver = listener;
    },
    onClose: (listener) => {
      const before = closed;
      closed = () => {
        before();
        listener();
      };
    },
  };
  return { socket, closes, deliver: (text: string) => deliver(text), clientCloses: () => closed() };
}

/** A promise the test settles by hand. */
function gate() {
  let open: () => void = () => {};
  let fail: () => void = () => {};
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = () => reject(new Error('failed'));
  });
  return { promise, open, fail };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('inArrivalOrder', () => {
  it('holds later messages while an async one is handled, then hands them over in order', async () => {
    const { socket, deliver } = transportSocket();
    const seen: string[] = [];
    const auth = gate();
    inArrivalOrder(socket).onMessage((text) => {
      seen.push(text);
      if (text === 'auth') return auth.promise;
    });
    deliver('auth');
    deliver('subscribe');
    deliver('ping');
    expect(seen).toEqual(['auth']);
    auth.open();
    await settle();
    expect(seen).toEqual(['auth', 'subscribe', 'ping']);
  });

  it('hands over at once while nothing is pending, and goes on after a rejection', async () => {
    const { socket, deliver } = transportSocket();
    const seen: string[] = [];
    const slow = gate();
    inArrivalOrder(socket).onMessage((text) => {
      seen.push(text);
      if (text === 'slow') return slow.promise;
    });
    deliver('a');
    expect(seen).toEqual(['a']);
    deliver('slow');
    deliver('b');
    slow.fail();
    await settle();
    expect(seen).toEqual(['a', 'slow', 'b']);
  });

  it('drops what waits once the channel or the client closed the socket', async () => {
    const { socket, deliver } = transportSocket();
    const seen: string[] = [];
    const auth = gate();
    const channel = inArrivalOrder(socket);
    channel.onMessage((text) => {
      seen.push(text);
      if (text === 'bad auth') return auth.promise.then(() => channel.close(4401, 'authentication failed'));
    });
    deliver('bad auth');
    deliver('subscribe');
    auth.open();
    await settle();
    deliver('later');
    expect(seen).toEqual(['bad auth']);

    const other = transportSocket();
    const got: string[] = [];
    inArrivalOrder(other.socket).onMessage((text) => {
      got.push(text);
    });
    other.clientCloses();
    other.deliver('after close');
    expect(got).toEqual([]);
  });

  it(`closes a flooding socket with 1008 past ${MAX_QUEUED_MESSAGES} waiting messages`, () => {
    const { socket, deliver, closes } = transportSocket();
    let handled = 0;
    inArrivalOrder(socket).onMessage(() => {
      handled++;
      return new Promise<void>(() => {});
    });
    for (let i = 0; i <= MAX_QUEUED_MESSAGES + 1; i++) deliver(`m${i}`);
    expect(handled).toBe(1);
    expect(closes).toEqual([1008]);
  });
});
