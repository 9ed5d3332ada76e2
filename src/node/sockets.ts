// WebSocket channels on the Node server: `ws` answers upgrades to `/<api>/ws` (or `/ws` for an
// API served at the root) and hands each socket to the API's runtime-neutral channel.
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import { CLOSE_BAD_CONTEXT, CONTEXT_HEADER, contextNameProblem } from '../core/contexts.ts';
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
    const url = new URL(request.url ?? '/', 'http://stubs');
    const api = stubs.socketAt(url.pathname);
    if (!api) return refuse(socket, 404, 'Not Found');
    // A browser cannot set headers on a WebSocket: `?context=<name>` on its URL says it; a
    // client that can may send the header instead.
    const header = request.headers[CONTEXT_HEADER];
    const context = url.searchParams.get('context') ?? (typeof header === 'string' ? header : undefined);
    const problem = context === undefined ? undefined : contextNameProblem(context);
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', () => ws.terminate());
      // Opened, then closed with the reason: a refused handshake would tell a browser nothing.
      if (problem !== undefined) return ws.close(CLOSE_BAD_CONTEXT, `context ${problem}`);
      api.connectSocket(adapt(ws), context);
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
