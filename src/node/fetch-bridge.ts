// A Node request (plain, or as Express hands it over) → the core's parts (`IncomingRequest`, a
// Fetch Request built only on demand), and the core's reply or a Fetch Response → the Node
// response, so the core never sees Node's or Express's objects.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { TLSSocket } from 'node:tls';
import type { IncomingRequest } from '../core/incoming.ts';
import type { BodyRead } from '../core/read-body.ts';
import type { StubReply, TransportFault } from '../core/reply.ts';

const RAW_BODY = Symbol('contract-stubs raw body');
type WithRawBody = IncomingMessage & { [RAW_BODY]?: Uint8Array };
const EMPTY = new Uint8Array(0);

/** Keeps the bytes a body parser read (from its `verify` hook), for the core and the handler. */
export function keepRawBody(req: IncomingMessage, bytes: Uint8Array): void {
  (req as WithRawBody)[RAW_BODY] = bytes;
}

/** The bytes a body parser read, as sent; undefined when none did. */
export function rawBodyOf(req: IncomingMessage): Uint8Array | undefined {
  return (req as WithRawBody)[RAW_BODY];
}

/** A request as Express hands it over (`originalUrl`: the URL before any mount or rewrite), or plain. */
type NodeRequest = IncomingMessage & { originalUrl?: string };
/** A response that knows its request, as Node's and Express's do. */
type NodeResponse = ServerResponse & { req: IncomingMessage };

/** As Express's `req.protocol` (no proxy trusted) and `req.get('host')` read it. */
export function originOf(req: IncomingMessage): string {
  return `${(req.socket as TLSSocket).encrypted ? 'https' : 'http'}://${req.headers.host ?? '127.0.0.1'}`;
}

/** The request target as sent, whatever Express's mounts made of `req.url`. */
function targetOf(req: NodeRequest): string {
  return req.originalUrl ?? req.url ?? '/';
}

/** `streamBody`: pass the body through for the core to read (unread, or the bytes the JSON parser read); otherwise no body. */
export function toFetchRequest(req: NodeRequest, streamBody: boolean): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const hasStream = streamBody && mayHaveBody(req) && !req.readableEnded;
  if (!hasStream) headers.delete('content-length');
  // A body the JSON parser already read goes on as the bytes it read, for the core to judge.
  const parsed = streamBody && mayHaveBody(req) && !hasStream ? rawBodyOf(req) : undefined;
  return new Request(`${originOf(req)}${targetOf(req)}`, {
    method: req.method ?? 'GET',
    headers,
    ...(hasStream ? { body: webBody(req), duplex: 'half' } : {}),
    ...(parsed !== undefined ? { body: new Uint8Array(parsed) } : {}),
  });
}

/**
 * The body as a web stream read on demand. A reader that stops early (a body over the size
 * limit) leaves the rest on the wire for `readOff` to drop before the answer goes out;
 * `Readable.toWeb` reads ahead and would destroy the request, and with it the keep-alive
 * connection, before the answer goes out.
 */
function webBody(req: Readable): ReadableStream<Uint8Array> {
  const chunks = req.iterator({ destroyOnReturn: false });
  return new ReadableStream(
    {
      async pull(controller) {
        const { done, value } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(value as Uint8Array);
      },
      async cancel() {
        await chunks.return?.();
      },
    },
    // Nothing is read before the core asks: a body it refuses unread is drained whole.
    { highWaterMark: 0 },
  );
}

function mayHaveBody(req: IncomingMessage): boolean {
  return req.method !== 'GET' && req.method !== 'HEAD';
}

/**
 * The request as parts, read off Node's already-parsed headers: no Headers, URL or Request
 * per request. `streamBody` as for `toFetchRequest`, which builds the Request if asked for.
 */
export function toIncoming(req: NodeRequest, streamBody: boolean, res?: ServerResponse): IncomingRequest {
  const headers: Record<string, string> = {};
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  // As toFetchRequest: no length for a body the core will not read from the stream.
  const hasStream = streamBody && mayHaveBody(req) && !req.readableEnded;
  if (!hasStream) delete headers['content-length'];
  let request: Request | undefined;
  let signal: AbortSignal | undefined;
  return {
    method: req.method ?? 'GET',
    url: `${originOf(req)}${targetOf(req)}`,
    headers,
    toRequest: () => {
      request ??= toFetchRequest(req, streamBody);
      return request;
    },
    // The body toFetchRequest would carry, read without a Request or a web stream.
    readBytes: async (maxBytes) => {
      if (hasStream) return readStream(req, Number(headers['content-length']), maxBytes);
      return { ok: true, bytes: (streamBody && mayHaveBody(req) && rawBodyOf(req)) || EMPTY };
    },
    signal: () => {
      signal ??= leaving(res ?? (req as { res?: ServerResponse }).res);
      return signal;
    },
  };
}

/** Aborts when the response closes before it is finished: the client left, or was cut off. */
function leaving(res: ServerResponse | undefined): AbortSignal {
  const controller = new AbortController();
  // The client may have left before anything asked (while the validator ran).
  if (res?.destroyed) controller.abort();
  else
    res?.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
  return controller.signal;
}

/** As `readBody` in src/core/read-body.ts: refused by its declared length, or as soon as it passes the cap. */
async function readStream(req: IncomingMessage, declared: number, maxBytes: number): Promise<BodyRead> {
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, reason: 'too-large' };
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early leaves the rest on the wire for `readOff` to drop before the answer
  // goes out (destroying the stream would cut the connection before the 413 goes out).
  for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
    total += chunk.byteLength;
    if (total > maxBytes) return { ok: false, reason: 'too-large' };
    chunks.push(chunk);
  }
  return { ok: true, bytes: chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks, total) };
}

/**
 * Reads off and drops what is left of a request body the answer did not need (refused unread or
 * past the size cap), before the answer goes out, as Express's body parser does. A connection
 * that closes after the answer (`Connection: close`) while request bytes are still unread is
 * reset by the kernel, and the client loses the answer it was about to read.
 */
export async function readOff(req: IncomingMessage): Promise<void> {
  if (req.complete || req.destroyed) return;
  req.resume();
  // A client that leaves mid-body ends the request early: nobody is left to answer, nothing to wait for.
  await finished(req).catch(() => {});
}

/** Writes the core's reply; a JSON or text body goes out in one write with its length. */
export async function sendReply(reply: StubReply, res: NodeResponse): Promise<void> {
  if (reply.fault) return actOut(reply.fault, res);
  await readOff(res.req);
  if (reply.body !== null && typeof reply.body !== 'string') return sendFetchResponse(reply.toResponse(), res);
  res.statusCode = reply.status;
  reply.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = reply.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (reply.body === null) {
    res.end();
    return;
  }
  // What a Response built from a string would say.
  if (!reply.headers.has('content-type')) res.setHeader('content-type', 'text/plain;charset=UTF-8');
  res.setHeader('content-length', Buffer.byteLength(reply.body));
  res.end(reply.body);
}

/** Sockets held open by a hanging fault: shutdown cuts them at once instead of waiting (server.ts). */
const hanging = new WeakSet<Socket>();

export function isHanging(socket: Socket): boolean {
  return hanging.has(socket);
}

/**
 * No answer: `reset` destroys the connection (a TCP reset), `empty` closes it cleanly with not
 * a byte sent, `hang` leaves it open until the client goes; Node frees the socket then, and no
 * timer of ours waits on it.
 */
function actOut(fault: TransportFault, res: ServerResponse): void {
  const socket = res.socket;
  // The client already left.
  if (!socket) return;
  if (fault === 'reset') socket.resetAndDestroy();
  else if (fault === 'empty') socket.destroySoon();
  else hanging.add(socket);
}

export async function sendFetchResponse(response: Response, res: NodeResponse): Promise<void> {
  await readOff(res.req);
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  // Whole bodies go out in one write with a length, not chunked.
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    const body = Buffer.from(await response.arrayBuffer());
    res.setHeader('content-length', body.byteLength);
    res.end(body);
    return;
  }
  // Streamed bodies (SSE) are written as they arrive; a client that leaves cancels the stream.
  const reader = response.body.getReader();
  res.on('close', () => {
    reader.cancel().catch(() => {});
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    res.write(value);
  }
  res.end();
}
