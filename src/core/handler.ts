// Handler types, derived from the openapi-typescript output of an API (`paths`), so a
// handler's params, query, body and every reply it can give are the document's own types.
import type { Faker } from '@faker-js/faker';
import type { StubErrorOptions } from './envelope.ts';
import type { MetricsSnapshot } from './metrics.ts';
import type { ReplyInit, StubReply } from './reply.ts';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options' | 'trace';

/** `'POST /api/goal' | 'GET /api/progress' | …` for every operation the document has. */
export type OperationKey<Paths> = {
  [P in keyof Paths & string]: {
    [M in Method & keyof Paths[P]]: [NonNullable<Paths[P][M]>] extends [never] ? never : `${Uppercase<M>} ${P}`;
  }[Method & keyof Paths[P]];
}[keyof Paths & string];

export type OperationAt<Paths, K> = K extends `${infer M} ${infer P}`
  ? P extends keyof Paths
    ? Lowercase<M> extends keyof Paths[P]
      ? NonNullable<Paths[P][Lowercase<M>]>
      : never
    : never
  : never;

type Responses<Op> = Op extends { responses: infer R } ? R : never;
export type StatusOf<Op> = keyof Responses<Op> & number;
type ErrorStatusOf<Op> = Exclude<StatusOf<Op>, 200 | 201 | 202 | 203 | 204 | 206 | 301 | 302 | 303 | 304 | 307 | 308>;
type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type HasContent<R> = R extends { content: infer C } ? ([C] extends [never] ? false : true) : false;

export interface TypedReplyBuilder<R> {
  json(body: JsonOf<R>, init?: ReplyInit): StubReply;
  /** Only for statuses the document declares without a body. */
  empty: HasContent<R> extends true ? never : (init?: ReplyInit) => StubReply;
  stream(
    stream: ReadableStream<Uint8Array>,
    contentType: keyof (R extends { content: infer C } ? C : never) & string,
    init?: ReplyInit,
  ): StubReply;
}

type Part<Op, L extends string> = Op extends { parameters: infer P }
  ? P extends { [K in L]?: infer X }
    ? [NonNullable<X>] extends [never]
      ? Record<string, never>
      : NonNullable<X>
    : Record<string, never>
  : Record<string, never>;

type BodyOf<Op> = Op extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : Op extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B | undefined
    : undefined;

/** What every API supplies: its mutable state, what authentication yields, long-lived services. */
export interface ApiEnv {
  state: unknown;
  principal: unknown;
  services: unknown;
}

export interface HandlerContext<Op, Env extends ApiEnv> {
  request: Request;
  params: Part<Op, 'path'>;
  query: Part<Op, 'query'>;
  headers: Record<string, string>;
  cookies: Record<string, string>;
  body: BodyOf<Op>;
  /**
   * The JSON body's bytes exactly as sent, before parsing: for a signature computed over them
   * (Stripe's webhook). Undefined when the request had no body, or the operation takes none.
   */
  rawBody: Uint8Array | undefined;
  /** Set on operations with a security requirement, once authentication passed. */
  principal: Env['principal'] | undefined;
  state: Env['state'];
  services: Env['services'];
  faker: Faker;
  now(): Date;
  /** True when the request arrived over HTTPS (cookies get `Secure`). */
  secure: boolean;
  /** The caller's address (`127.0.0.1`); MSW has none and says `local`. */
  clientAddress: string;
  /** This API instance's request metrics so far (for health operations). */
  metrics: MetricsSnapshot;
  reply<S extends StatusOf<Op>>(status: S): TypedReplyBuilder<Responses<Op>[S]>;
  /** An error in the API's envelope, for a status this operation documents. */
  fail(status: ErrorStatusOf<Op>, message: string, options?: StubErrorOptions): StubReply;
}

export type Handler<Op, Env extends ApiEnv> = (ctx: HandlerContext<Op, Env>) => StubReply | Promise<StubReply>;

/**
 * Handlers by documented operation, typed by the document; an extra key is a compile error. A
 * handler is optional: an operation without one is answered from the document (its example,
 * else seeded data from its schema; collections keep state: stages/document-answer.ts).
 */
export type Handlers<Paths, Env extends ApiEnv> = {
  [K in OperationKey<Paths>]?: Handler<OperationAt<Paths, K>, Env>;
};
