// The answer a handler gives. Handlers build it through `reply(status)`, whose body type is
// the document's schema for that status, so an answer outside the contract does not compile.

const SET_COOKIE = Symbol.for('contract-stubs.set-cookie');

/** No answer at all: the connection is reset, closed cleanly, or held until the client leaves. */
export type TransportFault = 'reset' | 'empty' | 'hang';

export class StubReply {
  readonly status: number;
  readonly headers: Headers;
  /** The JSON value before serialisation, kept so the response check need not re-parse it. */
  readonly json: unknown;
  readonly body: BodyInit | null;
  /** Set on a reply that is no answer (status 0): the transport acts it out (faults.ts). */
  readonly fault: TransportFault | undefined;
  constructor(status: number, headers: Headers, body: BodyInit | null, json?: unknown, fault?: TransportFault) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.json = json;
    this.fault = fault;
  }

  toResponse(): Response {
    // What `fetch` resolves a network error to; MSW turns it into one for its client.
    if (this.fault) return Response.error();
    const response = new Response(this.sizedBody(), { status: this.status, headers: this.headers });
    // Browsers drop `Set-Cookie` from a constructed Response (a forbidden response header):
    // keep the values beside it, for the MSW adapter to hand to MSW's cookie handling.
    const cookies = this.headers.getSetCookie();
    if (cookies.length > 0) Object.defineProperty(response, SET_COOKIE, { value: cookies, enumerable: false });
    return response;
  }

  /**
   * The body with its length in the headers, as the Node server sends it. MSW's Node
   * interception (3.0.5) cannot tell where a body without a length ends: undici opens a new
   * connection for every such answer and MSW never frees the last one (~40 KiB a request).
   * A string goes as the string: encoded to bytes here, `Response` copied them again.
   */
  private sizedBody(): BodyInit | null {
    if (typeof this.body === 'string') {
      // What a Response built from the string would say.
      if (!this.headers.has('content-type')) this.headers.set('content-type', 'text/plain;charset=UTF-8');
      this.headers.set('content-length', String(utf8Length(this.body)));
      return this.body;
    }
    if (this.body === null && !BODILESS_STATUSES.has(this.status)) this.headers.set('content-length', '0');
    return this.body;
  }
}

/** The length of `text` in UTF-8, as `TextEncoder` would encode it (a lone surrogate as U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** Statuses whose answers never carry a body, so never a length either. */
const BODILESS_STATUSES = new Set([101, 103, 204, 304]);

/** Resolves when `signal` aborts: never, for a signal nothing aborts (a hanging fault's point). */
export function untilAborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

/** The `Set-Cookie` values of a response the core built, even where the runtime hid them. */
export function setCookiesOf(response: Response): string[] {
  const kept: unknown = Reflect.get(response, SET_COOKIE);
  return Array.isArray(kept) ? (kept as string[]) : response.headers.getSetCookie();
}

export interface ReplyInit {
  headers?: Record<string, string> | Headers;
  /** `Set-Cookie` values, one per cookie. */
  cookies?: string[];
}

function headersFrom(init: ReplyInit | undefined): Headers {
  const headers = new Headers(init?.headers);
  for (const cookie of init?.cookies ?? []) headers.append('set-cookie', cookie);
  return headers;
}

export function jsonReply(status: number, value: unknown, init?: ReplyInit): StubReply {
  const headers = headersFrom(init);
  if (!headers.has('content-type')) headers.set('content-type', 'application/json');
  return new StubReply(status, headers, JSON.stringify(value), value);
}

export function emptyReply(status: number, init?: ReplyInit): StubReply {
  return new StubReply(status, headersFrom(init), null);
}

export function streamReply(status: number, stream: ReadableStream<Uint8Array>, contentType: string, init?: ReplyInit): StubReply {
  const headers = headersFrom(init);
  headers.set('content-type', contentType);
  return new StubReply(status, headers, stream);
}

/** Untyped builder; the typed view over it lives in handler.ts. */
export function replyBuilder(status: number) {
  return {
    json: (value: unknown, init?: ReplyInit) => jsonReply(status, value, init),
    empty: (init?: ReplyInit) => emptyReply(status, init),
    stream: (stream: ReadableStream<Uint8Array>, contentType: string, init?: ReplyInit) => streamReply(status, stream, contentType, init),
  };
}

/** Adds headers the reply does not set itself. */
export function withHeaders(reply: StubReply, headers: Record<string, string> | undefined): StubReply {
  if (!headers) return reply;
  for (const [name, value] of Object.entries(headers)) if (!reply.headers.has(name)) reply.headers.set(name, value);
  return reply;
}

/** JSON for people as well as programs (the controls, `GET /`, a served document). */
export function prettyJsonReply(status: number, value: unknown): StubReply {
  return new StubReply(status, new Headers({ 'content-type': 'application/json' }), JSON.stringify(value, null, 2), value);
}
