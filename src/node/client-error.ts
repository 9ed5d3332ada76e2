// Requests Node's HTTP parser refuses before Express sees them — URL and headers over the cap
// (431), a client too slow to send its request (408), bytes that are not HTTP (400) — are
// answered in JSON too, never with Node's bare status line. Which API they were meant for is
// unknown here (the request line may not even have arrived), so the body is the controls'
// plain `{ error, status }`, and the control header marks it as outside every contract.
// Too many header fields get the same 431, from `refuseTooManyHeaders`: Node's own count cap
// fails with the same parser error as its size cap, so the answer could not say which was hit.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { CONTROL_HEADER } from '../core/stages/forced-answer.ts';
import { readOff } from './fetch-bridge.ts';

/** Header fields a request may carry (Node's default cap, counted here instead: see `refuseTooManyHeaders`). */
export const MAX_HEADER_FIELDS = 1000;

const REFUSALS: Record<string, { status: number; text: string; message: string }> = {
  HPE_HEADER_OVERFLOW: { status: 431, text: 'Request Header Fields Too Large', message: 'The URL and headers exceed 64 KiB' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, text: 'Request Timeout', message: 'The request did not arrive in time' },
};
const MALFORMED = { status: 400, text: 'Bad Request', message: 'The request is not valid HTTP' };

export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // Nothing can be answered on a socket the peer closed or one already answering.
  if (error.code === 'ECONNRESET' || !socket.writable || socket.writableEnded) {
    socket.destroy();
    return;
  }
  const refusal = REFUSALS[error.code ?? ''] ?? MALFORMED;
  const body = JSON.stringify({ error: refusal.message, status: refusal.status });
  const head = [
    `HTTP/1.1 ${refusal.status} ${refusal.text}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `${CONTROL_HEADER}: transport-refused`,
    'Connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

/**
 * Answers 431 when the request carries more than MAX_HEADER_FIELDS header fields (the server
 * turns Node's count cap off, so its parser error always means the size cap). True when answered.
 */
export function refuseTooManyHeaders(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.rawHeaders.length <= MAX_HEADER_FIELDS * 2) return false;
  const body = JSON.stringify({ error: `The request has more than ${MAX_HEADER_FIELDS.toLocaleString('en')} header fields`, status: 431 });
  // Read the body off first: closing with bytes unread would reset the connection under the answer.
  readOff(req).then(() => {
    res.writeHead(431, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      [CONTROL_HEADER]: 'transport-refused',
      connection: 'close',
    });
    res.end(body);
  });
  return true;
}
