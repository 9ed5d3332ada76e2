// WebSocket channels on the Node server: `ws` answers upgrades to `/<api>/ws` (or `/ws` for an
// API served at the root) and hands each socket to the API's runtime-neutral channel.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Stubs } from '../core/stubs.ts';
import type { StubSocket } from '../core/websocket.ts';

/** Largest message a client may send (the channels speak small JSON messages). */
const MAX_MESSAGE_BYTES = 64 * 1024;

function adapt(socket: WebSocket): StubSocket {
  return {
    send: (text) => {
      if (socket.readyState === socket.OPEN) socket.send(text);
    },
    close: (code, reason) => socket.close(code, reason),
    onMessage: (listener) => socket.on('message', (data, isBinary) => listener(isBinary ? '' : data.toString())),
    onClose: (listener) => socket.once('close', () => listener()),
  };
}

function refuse(socket: Duplex, status: number, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  socket.destroy();
}

/** `hostAllowed`: the server's Host check (host-check.ts), applied to upgrades too. */
export function attachSockets(server: Server, stubs: Stubs, hostAllowed: (request: IncomingMessage) => boolean): { close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (!hostAllowed(request)) return refuse(socket, 403, 'Forbidden');
    const pathname = new URL(request.url ?? '/', 'http://stubs').pathname;
    const api = stubs.socketAt(pathname);
    if (!api) return refuse(socket, 404, 'Not Found');
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', () => ws.terminate());
      api.connectSocket(adapt(ws));
    });
  });
  return {
    // Shutdown: every open socket gets 1001 (going away), so clients see a clean close.
    close() {
      for (const client of wss.clients) client.close(1001, 'server shutting down');
      wss.close();
    },
  };
}
