// `/sage/ws` on the Node server, with the `ws` client on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { sage } from '../../handlers/sage/index.ts';
import { type RunningServer, serve } from '../../src/node/server.ts';
import { sageBackToBack, sageSocketConversation } from './websocket-conversation.ts';

describe('sage WebSocket over Node', () => {
  let running: RunningServer;
  beforeAll(async () => {
    running = await serve([sage], { port: 0, socketPushMs: 100 });
  });
  afterAll(() => running.close());

  const wsOrigin = () => running.origin.replace('http', 'ws');

  it('authenticates, subscribes and pushes guidance; a bad token gets an error and 4401', async () => {
    await sageSocketConversation(running.origin, () => new WebSocket(`${wsOrigin()}/sage/ws`));
  });

  it('answers auth and subscribe sent back to back in order, on 50 sockets at once', async () => {
    await sageBackToBack(running.origin, () => new WebSocket(`${wsOrigin()}/sage/ws`));
  });

  it('refuses upgrades to paths without a channel with 404', async () => {
    const socket = new WebSocket(`${wsOrigin()}/sage/nope`);
    const status = await new Promise<number>((resolve) => socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)));
    expect(status).toBe(404);
  });

  it('closes open sockets with 1001 when the server closes', async () => {
    const server = await serve([sage], { port: 0 });
    const socket = new WebSocket(`${server.origin.replace('http', 'ws')}/sage/ws`);
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await server.close();
    expect(await closed).toBe(1001);
  });
});
