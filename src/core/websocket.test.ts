import { describe, expect, it } from 'vitest';
import { defineApi } from './definition.ts';
import { createStubs } from './stubs.ts';
import type { StubSocket } from './websocket.ts';

const document = { openapi: '3.1.0', info: { title: 'echo', version: '1' }, paths: {} };

/** A channel that answers every message with the state's counter and the push interval. */
const echo = defineApi<Record<string, never>, { state: { count: number }; principal: null; services: null }>({
  id: 'echo',
  document,
  envelope: ({ message }) => ({ message }),
  createServices: () => null,
  createState: () => ({ count: 0 }),
  authenticate: {},
  handlers: {},
  websocket: {
    connect(socket, ctx) {
      socket.onMessage((text) => {
        ctx.state.count += 1;
        socket.send(`${text}:${ctx.state.count}:${ctx.pushMs}`);
      });
    },
  },
});
const silent = defineApi({ ...echo, id: 'silent', websocket: undefined } as never);

function fakeSocket() {
  const sent: string[] = [];
  let listener: (text: string) => void = () => {};
  const socket: StubSocket = {
    send: (text) => sent.push(text),
    close: () => {},
    onMessage: (cb) => {
      listener = cb;
    },
    onClose: () => {},
  };
  return { socket, sent, receive: (text: string) => listener(text) };
}

describe('WebSocket channels', () => {
  it('finds the channel at /<api>/ws only for APIs that have one', () => {
    const stubs = createStubs([echo, silent]);
    expect(stubs.socketAt('/echo/ws')?.id).toBe('echo');
    expect(stubs.socketAt('/echo/other')).toBeNull();
    expect(stubs.socketAt('/silent/ws')).toBeNull();
    expect(stubs.socketAt('/nowhere/ws')).toBeNull();
    expect(createStubs([echo], { rootApi: 'echo' }).socketAt('/ws')?.id).toBe('echo');
  });

  it("hands sockets the API's current state (a reset's new one too) and the push interval", () => {
    const stubs = createStubs([echo], { socketPushMs: 25 });
    const api = stubs.socketAt('/echo/ws');
    const { socket, sent, receive } = fakeSocket();
    expect(api?.connectSocket(socket)).toBe(true);
    receive('a');
    receive('b');
    stubs.reset();
    receive('c');
    expect(sent).toEqual(['a:1:25', 'b:2:25', 'c:1:25']);
    expect(createStubs([silent]).apis[0]?.api.connectSocket(fakeSocket().socket)).toBe(false);
  });
});
