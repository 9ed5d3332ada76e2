// An API definition = its document + its handlers + its error envelope (+ how it
// authenticates and what state it keeps). Adapters and the pipeline only see this shape.
import type { OpenApiDocument } from './document.ts';
import type { ErrorEnvelope } from './envelope.ts';
import type { ApiEnv, Handlers } from './handler.ts';
import type { RuntimeContext } from './handler-context.ts';
import type { InstanceInfo } from './instance-info.ts';
import type { RateLimitOptions } from './rate-limit.ts';
import type { StubReply } from './reply.ts';
import type { Scenario } from './scenario.ts';
import type { CreatesSession } from './session-creation.ts';
import type { WebSocketOptions } from './websocket.ts';

export type { InstanceInfo } from './instance-info.ts';

/**
 * Cross-origin access for browsers (iframes, other origins). The pipeline answers preflights
 * (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) with 204 and adds the CORS
 * headers to every answer to a request with an `Origin`. The requesting origin is echoed (with
 * `Vary: Origin`), never `*`: browsers refuse `*` together with credentials.
 */
export interface CorsOptions {
  methods: string[];
  headers: string[];
  credentials: boolean;
  /** `Access-Control-Max-Age` of preflight answers, in seconds. */
  maxAgeSeconds?: number;
}

export type AuthResult<P> = { ok: true; principal: P } | { ok: false; status: 401 | 403; message: string; code?: string };

export interface AuthInput<Env extends ApiEnv> {
  headers: Record<string, string>;
  cookies: Record<string, string>;
  /** The query as coerced from the document (an API key may travel there). */
  query: Record<string, unknown>;
  state: Env['state'];
  services: Env['services'];
  now(): Date;
}

export type Authenticator<Env extends ApiEnv> = (input: AuthInput<Env>) => Promise<AuthResult<Env['principal']>>;

export interface ApiDefinition<Paths, Env extends ApiEnv> {
  id: string;
  document: OpenApiDocument;
  envelope: ErrorEnvelope;
  /** Long-lived per instance (signing keys): survive `reset`. */
  createServices(instance: InstanceInfo): Env['services'];
  /** A clean world: called at start and on every reset. */
  createState(instance: InstanceInfo): Env['state'];
  /** One per security scheme name the document uses. */
  authenticate: Record<string, Authenticator<Env>>;
  handlers: Handlers<Paths, Env>;
  cors?: CorsOptions;
  /** Rate limits, counted after authentication and before the handler. */
  rateLimit?: RateLimitOptions<Env['principal'], Env['state']>;
  /**
   * The requests that create a session or an account, limited per client address (see
   * session-creation.ts) so that one client cannot evict everyone else's from the capped store.
   */
  createsSession?: CreatesSession<Env['state']>;
  /** Headers on every answer of this API, errors and forced answers included (security headers). */
  responseHeaders?: Record<string, string>;
  /** The media type of an error answer (default `application/json`), by status and operation key. */
  errorMediaType?(status: number, operation: string | undefined): string;
  /**
   * Path prefixes that reach the same operations as another (`{ '/api/v1': '/api' }`): the
   * request is routed, validated and handled as if it had been sent to the target path.
   */
  pathAliases?: Record<string, string>;
  /** A WebSocket channel at `/<api>/ws` (see websocket.ts), on both transports. */
  websocket?: WebSocketOptions<Env>;
  /** Named states a test or story can load (`POST /__stubs/scenarios/<api>/<name>`). */
  scenarios?: Scenario<Env>[];
}

export type RuntimeHandler = (ctx: RuntimeContext) => StubReply | Promise<StubReply>;

/** The erased form the pipeline runs; typed definitions become this through `defineApi`. */
export interface RuntimeApiDefinition {
  id: string;
  document: OpenApiDocument;
  envelope: ErrorEnvelope;
  createServices(instance: InstanceInfo): unknown;
  createState(instance: InstanceInfo): unknown;
  authenticate: Record<string, (input: AuthInput<ApiEnv>) => Promise<AuthResult<unknown>>>;
  handlers: Partial<Record<string, RuntimeHandler>>;
  cors?: CorsOptions;
  rateLimit?: RateLimitOptions<unknown, unknown>;
  createsSession?: CreatesSession<unknown>;
  responseHeaders?: Record<string, string>;
  errorMediaType?(status: number, operation: string | undefined): string;
  pathAliases?: Record<string, string>;
  websocket?: WebSocketOptions<ApiEnv>;
  scenarios?: Scenario<ApiEnv>[];
}

export function defineApi<Paths, Env extends ApiEnv>(definition: ApiDefinition<Paths, Env>): RuntimeApiDefinition {
  // The typed handler map is checked against the document at compile time; the pipeline
  // builds contexts of the same shape at run time, which is what makes this erasure sound.
  return definition as unknown as RuntimeApiDefinition;
}
