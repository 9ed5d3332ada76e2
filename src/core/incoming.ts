// A request as the core reads it. Every transport can hand these parts over without building
// WHATWG objects (the Node transport reads them off `http.IncomingMessage`); the `Request`
// itself is built only when something needs it: a handler reading `ctx.request`, or the core
// reading a body the transport did not parse and cannot read itself (`readBytes`).
import type { BodyRead } from './read-body.ts';

export interface IncomingRequest {
  method: string;
  /** Absolute URL (`http://127.0.0.1:4010/microsite/api/goal?x=1`). */
  url: string;
  /** Lower-case names, repeated headers joined as `Headers` joins them. Owned by this request. */
  headers: Record<string, string>;
  /** The same request as a WHATWG `Request`; one instance, built on first call. */
  toRequest(): Request;
  /**
   * The body as `readBody(toRequest(), maxBytes)` would read it, for a transport that reads it
   * more cheaply itself (Node: off the socket's stream, with no web stream between). Once.
   */
  readBytes?(maxBytes: number): Promise<BodyRead>;
  /** Aborts when the client leaves before its answer is out (ends a latency wait); built on first call. */
  signal?(): AbortSignal;
}

export function incomingFromRequest(request: Request): IncomingRequest {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { method: request.method, url: request.url, headers, toRequest: () => request, signal: () => request.signal };
}
