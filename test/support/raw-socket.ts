// Raw HTTP/1.1 over a TCP socket, for what a client library would tidy up: bytes that are not
// HTTP, slow or truncated requests, several requests on one connection, bodies the server
// refuses. Collects everything the server sends until it closes the connection.
import { connect } from 'node:net';

/**
 * Writes `chunks` to the server at `origin` (pausing `pauseMs` between two) and resolves with
 * everything received (latin1) once the server closes; rejects on a socket error (a reset).
 */
export function rawRequest(origin: string, chunks: string | string[], { pauseMs = 0 } = {}): Promise<string> {
  const { port, hostname } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname.replace(/^\[|\]$/g, ''));
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (data) => {
      received += data;
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.on('connect', async () => {
      for (const chunk of typeof chunks === 'string' ? [chunks] : chunks) {
        if (socket.destroyed) return;
        socket.write(chunk);
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
    });
  });
}

/** The first answer of a raw exchange: status, headers (lower-case names), body and header lines. */
export function parseRawResponse(response: string) {
  const [head = '', body = ''] = response.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body, lines };
}

/** The status of every answer in a raw exchange, in order (several requests on one connection). */
export function statusesOf(response: string): number[] {
  return [...response.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => Number(m[1]));
}
