// The context a handler receives (`HandlerContext` in handler.ts), built once per request. A
// class: its two lazy members are getters on the prototype. An object literal with getters
// gets fresh accessor closures, and so a fresh hidden class, on every request (~2 µs each).
import type { Faker } from '@faker-js/faker';
import type { StubErrorOptions } from './envelope.ts';
import type { IncomingRequest } from './incoming.ts';
import type { MetricsSnapshot, RequestMetrics } from './metrics.ts';
import type { replyBuilder, StubReply } from './reply.ts';

export interface ContextParts {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  cookies: Record<string, string>;
  body: unknown;
  rawBody: Uint8Array | undefined;
  principal: unknown;
  state: unknown;
  services: unknown;
  faker: Faker;
  now: () => Date;
  secure: boolean;
  clientAddress: string;
  reply: typeof replyBuilder;
  fail: (status: number, message: string, options?: StubErrorOptions) => StubReply;
}

/** What the pipeline hands every handler: `HandlerContext` with the document's types erased. */
export interface RuntimeContext extends ContextParts {
  readonly request: Request;
  readonly metrics: MetricsSnapshot;
}

export class HandlerContextImpl implements RuntimeContext {
  readonly params: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, string>;
  readonly cookies: Record<string, string>;
  readonly body: unknown;
  readonly rawBody: Uint8Array | undefined;
  readonly principal: unknown;
  readonly state: unknown;
  readonly services: unknown;
  readonly faker: Faker;
  readonly now: () => Date;
  readonly secure: boolean;
  readonly clientAddress: string;
  readonly reply: typeof replyBuilder;
  readonly fail: (status: number, message: string, options?: StubErrorOptions) => StubReply;
  readonly #request: IncomingRequest;
  readonly #metrics: RequestMetrics;
  #snapshot: MetricsSnapshot | undefined;

  constructor(parts: ContextParts, request: IncomingRequest, metrics: RequestMetrics) {
    this.params = parts.params;
    this.query = parts.query;
    this.headers = parts.headers;
    this.cookies = parts.cookies;
    this.body = parts.body;
    this.rawBody = parts.rawBody;
    this.principal = parts.principal;
    this.state = parts.state;
    this.services = parts.services;
    this.faker = parts.faker;
    this.now = parts.now;
    this.secure = parts.secure;
    this.clientAddress = parts.clientAddress;
    this.reply = parts.reply;
    this.fail = parts.fail;
    this.#request = request;
    this.#metrics = metrics;
  }

  /** Built only when the handler reads it. */
  get request(): Request {
    return this.#request.toRequest();
  }

  /** Built only when the handler reads it (a health operation): it copies the last minute's answers. */
  get metrics(): MetricsSnapshot {
    this.#snapshot ??= this.#metrics.snapshot();
    return this.#snapshot;
  }
}
