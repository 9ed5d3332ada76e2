// `/sage/ws` through MSW's ws.link: setupServer intercepts Node's global WebSocket.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { sage } from '../../handlers/sage/index.ts';
import { createMswStubs } from '../../src/msw/index.ts';
import { sageBackToBack, sageSocketConversation } from './websocket-conversation.ts';

const ORIGIN = 'http://stubs.test';

describe('sage WebSocket through MSW', () => {
  const { handlers } = createMswStubs([sage], { origin: ORIGIN, socketPushMs: 100 });
  const server = setupServer(...handlers);
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
  afterAll(() => server.close());

  it('authenticates, subscribes and pushes guidance; a bad token gets an error and 4401', async () => {
    await sageSocketConversation(ORIGIN, () => new WebSocket('ws://stubs.test/sage/ws'));
  });

  // Eight open at a time: MSW adds a listener per open socket to one shared BroadcastChannel
  // (removed on close), and Node warns of a leak past ten listeners.
  it('answers auth and subscribe sent back to back in order, on 48 sockets, 8 at once', async () => {
    await sageBackToBack(ORIGIN, () => new WebSocket('ws://stubs.test/sage/ws'), 48, 8);
  });
});
