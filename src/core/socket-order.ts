// A socket's messages reach its channel one at a time, in arrival order, on every transport.
// A channel's listener may be async (`auth` verifies a token): later messages wait until it
// settles, so a `subscribe` sent right behind `auth` finds the socket authenticated.
import type { ChannelSocket, StubSocket } from './websocket.ts';

/** Messages a socket may have waiting behind a slow one; more is a flood, and closes it. */
export const MAX_QUEUED_MESSAGES = 256;
/** Close code for a flooding client (RFC 6455: policy violation). */
const CLOSE_POLICY = 1008;

export function inArrivalOrder(socket: StubSocket): ChannelSocket {
  // Once closed (by the channel or the client), queued and later messages are dropped.
  let closed = false;
  socket.onClose(() => {
    closed = true;
  });
  const close = (code: number, reason: string) => {
    closed = true;
    socket.close(code, reason);
  };
  return {
    send: (text) => socket.send(text),
    close,
    onClose: (listener) => socket.onClose(listener),
    onMessage(listener) {
      const queue: string[] = [];
      let busy = false;
      const drain = (): void => {
        for (let text = queue.shift(); text !== undefined && !closed; text = queue.shift()) {
          const pending = listener(text);
          if (pending) {
            busy = true;
            // The channel answers its own failures; a rejection must not stall the socket.
            const next = () => {
              busy = false;
              drain();
            };
            pending.then(next, next);
            return;
          }
        }
      };
      socket.onMessage((text) => {
        if (closed) return;
        if (queue.length >= MAX_QUEUED_MESSAGES) return close(CLOSE_POLICY, 'too many messages waiting');
        queue.push(text);
        if (!busy) drain();
      });
    },
  };
}
