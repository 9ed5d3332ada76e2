// One API instance: `handle(Request) → Response` through route → prefer → body → validate →
// authenticate → handler → response check. Transports hand it a Request, or the same request
// as parts (`answer(IncomingRequest) → StubReply`) when they can write the reply themselves.

import type { Faker } from '@faker-js/faker';
import { parse as parseCookies } from 'cookie';
import { createSchemaCompiler } from './ajv.ts';
import { coerceParameter } from './coerce.ts';
import type { AuthResult, InstanceInfo, RuntimeApiDefinition, RuntimeContext } from './definition.ts';
import { indexOperations, type Operation } from './document.ts';
import { STATUS_TEXT, StubError, type StubErrorOptions } from './envelope.ts';
import { forcedReply } from './forced.ts';
import { HandlerContextImpl } from './handler-context.ts';
import { type IncomingRequest, incomingFromRequest } from './incoming.ts';
import { isoTime } from './iso-time.ts';
import type { Journal } from './journal.ts';
import { type MetricsSnapshot, RequestMetrics } from './metrics.ts';
import { type OriginPolicy, originPolicy } from './origins.ts';
import { isForced, preferencesFrom } from './prefer.ts';
import { defaultRateLimitHeaders, RateLimiter, retryAfterSeconds } from './rate-limit.ts';
import { emptyReply, jsonReply, replyBuilder, type StubReply } from './reply.ts';
import { parseRequestBody, type TransportVerdict } from './request-body.ts';
import { createRequestValidator } from './request-validator.ts';
import { createResponseValidator } from './response-validator.ts';
import { createRouter } from './router.ts';
import { advanceFaker, createFaker, fakerDraws, seedFor } from './seeded-faker.ts';
import { refuseSessionCreation } from './session-creation.ts';
import { decodeState, encodeState } from './state-codec.ts';
import { stateMismatch } from './state-shape.ts';
import { describeIssues, type RequestParts, type ValidationIssue } from './validation.ts';
import { DEFAULT_SOCKET_PUSH_MS, type StubSocket } from './websocket.ts';

export interface InstanceOptions {
  seed: number;
  /** A fixed clock: the same requests then give byte-identical answers. */
  now?: Date;
  /** Check every answer against the document; an off-contract answer becomes a 500. */
  strict: boolean;
  journal: Journal;
  nextRequestId: () => string;
  /** Pause between two events of a streamed answer, in ms (default 0). */
  streamDelayMs?: number;
  /** Development-only test endpoints are served (default true); see `InstanceInfo.testEndpoints`. */
  testEndpoints?: boolean;
  /** Count and enforce the definition's rate limits (default true; off only for load runs). */
  rateLimits?: boolean;
  /** Pause between two periodic pushes on WebSocket channels, in ms. */
  socketPushMs?: number;
  /** Which pages' origins get CORS answers (default: loopback origins only). */
  origins?: OriginPolicy;
}

export interface HandleOptions {
  /** The path inside the API (`/api/goal`), after the mount prefix. */
  path: string;
  /** Set when the transport already parsed and validated the request. */
  verdict?: TransportVerdict;
  /** The request's URL, when the caller has already parsed it (the core then does not again). */
  url?: URL;
  /** The caller's address, for per-IP rate limits; `local` when the transport has none (MSW). */
  clientAddress?: string;
  /**
   * Cookies the transport knows the request carries beyond its `Cookie` header: in a browser a
   * service worker never sees that header, and MSW hands the page's cookies over separately.
   */
  cookies?: Record<string, string>;
}

export interface ApiInstance {
  readonly id: string;
  readonly definition: RuntimeApiDefinition;
  readonly operations: Operation[];
  handle(request: Request, options: HandleOptions): Promise<Response>;
  /** `handle` without the WHATWG objects: the transport writes the reply itself. */
  answer(request: IncomingRequest, options: HandleOptions): Promise<StubReply>;
  /** An error in this API's envelope, for failures outside any operation. */
  errorResponse(status: number, message: string): Response;
  /** The documented operation a request would reach, if any. */
  operationFor(method: string, path: string): Operation | undefined;
  /** The path an alias stands for (`/api/v1/x` → `/api/x`), or the path itself. */
  unalias(path: string): string;
  /** Requests, 5xx errors and durations of the answers this instance has sent. */
  metrics(): MetricsSnapshot;
  /** Hands an opened socket to the API's channel; false (socket untouched) when it has none. */
  connectSocket(socket: StubSocket): boolean;
  /**
   * Serve a new version of this API's definition (`--watch`). Its state, faker and services
   * carry over when the state the new definition would build has the same shape; otherwise
   * the API starts from a clean world and `reason` says what differed.
   */
  reload(next: RuntimeApiDefinition): { stateKept: boolean; reason?: string };
  reset(): void;
  /** The state and the faker's position, as JSON-ready data (see state-codec.ts). */
  snapshot(): ApiSnapshot;
  /**
   * Checks a snapshot and returns the function that installs it: every API of a file is
   * decoded before any is installed, so a bad file changes nothing. Throws on a bad snapshot.
   */
  prepareRestore(snapshot: unknown): () => void;
}

export interface ApiSnapshot {
  state: unknown;
  fakerDraws: number;
}

/** Adds headers the reply does not set itself. */
function withHeaders(reply: StubReply, headers: Record<string, string> | undefined): StubReply {
  if (!headers) return reply;
  for (const [name, value] of Object.entries(headers)) if (!reply.headers.has(name)) reply.headers.set(name, value);
  return reply;
}

/** Marks answers to a control the client got wrong; they are outside every contract. */
export const CONTROL_HEADER = 'contract-stubs-control';

interface Outcome {
  reply: StubReply;
  operation: Operation | null;
  issues: ValidationIssue[];
  forced: boolean;
}

/** What the pipeline derives from a definition's document: routes and validators. */
function compile(definition: RuntimeApiDefinition) {
  const operations = indexOperations(definition.document);
  const compiler = createSchemaCompiler(definition.document);
  return {
    operations,
    match: createRouter(operations),
    requestValidator: createRequestValidator(operations, compiler),
    responseValidator: createResponseValidator(operations, compiler),
    aliases: Object.entries(definition.pathAliases ?? {}),
  };
}

export function createApiInstance(initial: RuntimeApiDefinition, options: InstanceOptions): ApiInstance {
  const fixed = options.now;
  const now = fixed ? () => new Date(fixed.getTime()) : () => new Date();
  const seed = seedFor(initial.id, options.seed);
  const info: InstanceInfo = {
    id: initial.id,
    seed,
    now,
    streamDelayMs: options.streamDelayMs ?? 0,
    testEndpoints: options.testEndpoints ?? true,
  };
  // Replaced together by reload(); everything below reads them at call time.
  let definition = initial;
  let compiled = compile(definition);
  let services = definition.createServices(info);
  let faker: Faker = createFaker(seed);
  let state = definition.createState(info);
  const limiter = new RateLimiter();
  const metrics = new RequestMetrics();
  const origins = options.origins ?? originPolicy();

  function errorReply(status: number, message: string, extra: StubErrorOptions & { issues?: ValidationIssue[] } = {}) {
    const body = definition.envelope({
      status,
      message,
      requestId: options.nextRequestId(),
      timestamp: isoTime(now()),
      ...(extra.code ? { code: extra.code } : {}),
      ...(extra.issues ? { issues: extra.issues } : {}),
      ...(extra.details ? { details: extra.details } : {}),
    });
    return jsonReply(status, body, { headers: extra.headers ?? {} });
  }

  const fail = (status: number, message: string, opts: StubErrorOptions = {}) => errorReply(status, message, opts);

  /** `/api/v1/x` → `/api/x` where the definition declares that alias. */
  function unalias(path: string): string {
    for (const [from, to] of compiled.aliases) {
      if (path === from || path.startsWith(`${from}/`)) return to + path.slice(from.length);
    }
    return path;
  }

  /** Counts the request against the API's rules: a 429 reply when spent, else headers to add. */
  function rateLimit(
    op: Operation,
    principal: unknown,
    headers: Record<string, string>,
    cookies: Record<string, string>,
    clientAddress: string,
  ) {
    const config = definition.rateLimit;
    if (!config || options.rateLimits === false) return undefined;
    const at = now();
    const input = { operation: op, principal, headers, cookies, clientAddress, state, now: at };
    const limit = limiter.hit(config.rules(input), at);
    if (!limit) return undefined;
    const limitHeaders = (config.headers ?? defaultRateLimitHeaders)(limit, input);
    if (!limit.exceeded) return { headers: limitHeaders };
    const retryAfter = retryAfterSeconds(limit, at);
    const refusal = config.exceeded?.(limit, input) ?? {
      message: `Rate limit of ${limit.rule.limit} requests per ${limit.rule.windowMs / 1000} s exceeded; retry after ${retryAfter} s`,
      code: 'RATE_LIMIT_EXCEEDED',
      details: { retryAfter },
    };
    const refusedHeaders = { ...limitHeaders, 'retry-after': String(retryAfter) };
    return { headers: limitHeaders, refused: errorReply(429, refusal.message, { ...refusal, headers: refusedHeaders }) };
  }

  async function authenticate(op: Operation, headers: Record<string, string>, cookies: Record<string, string>) {
    let failure: AuthResult<unknown> | undefined;
    for (const alternative of op.security) {
      let principal: unknown;
      let passed = true;
      for (const scheme of alternative) {
        const authenticator = definition.authenticate[scheme];
        if (!authenticator) throw new Error(`${definition.id}: no authenticator for security scheme ${scheme}`);
        const result = await authenticator({ headers, cookies, state, services, now });
        if (!result.ok) {
          failure ??= result;
          passed = false;
          break;
        }
        principal = result.principal;
      }
      if (passed) return { ok: true as const, principal };
    }
    return failure ?? { ok: false as const, status: 401 as const, message: 'Unauthorized' };
  }

  async function run(
    request: IncomingRequest,
    url: URL,
    path: string,
    verdict: TransportVerdict | undefined,
    clientAddress: string,
    knownCookies: Record<string, string>,
  ): Promise<Outcome> {
    const none = { operation: null, issues: [], forced: false };
    const found = compiled.match(request.method, path);
    if (found.kind === 'not-found') {
      return { ...none, reply: errorReply(404, `No operation matches ${request.method} ${path}`, { code: 'NOT_FOUND' }) };
    }
    if (found.kind === 'method-not-allowed') {
      const allow = found.allow.join(', ');
      return {
        ...none,
        reply: errorReply(405, `Method ${request.method} is not allowed on ${path}; allowed: ${allow}`, {
          code: 'METHOD_NOT_ALLOWED',
          headers: { allow },
        }),
      };
    }
    const op = found.operation;
    const base = { operation: op, issues: [] as ValidationIssue[], forced: false };

    // Most requests carry neither a Prefer header nor a `__` query control (`%5F` decoded): no query to parse.
    const prefs =
      request.headers.prefer !== undefined || /_|%5f/i.test(url.search)
        ? preferencesFrom(request.headers.prefer, url.searchParams)
        : undefined;
    if (prefs && isForced(prefs)) {
      const forcedFaker = (s: number | undefined) => (s === undefined ? faker : createFaker(s));
      return {
        ...base,
        forced: true,
        reply: forcedReply(op, prefs, { document: definition.document, faker: forcedFaker, errorReply: (st, m) => errorReply(st, m) }),
      };
    }

    const parsed = await parseRequestBody(request, op, verdict);
    if (!parsed.ok) {
      const { status, code, issues } = parsed;
      return { ...base, issues, reply: errorReply(status, describeIssues(issues), { code, issues }) };
    }
    const { body, hasBody } = parsed;

    const headers = request.headers;
    const cookies = headers.cookie ? { ...knownCookies, ...(parseCookies(headers.cookie) as Record<string, string>) } : { ...knownCookies };
    const rawQuery = new Map<string, string[]>();
    if (url.search !== '') {
      url.searchParams.forEach((value, name) => {
        const values = rawQuery.get(name);
        if (values) values.push(value);
        else rawQuery.set(name, [value]);
      });
    }
    const query: Record<string, unknown> = {};
    const params: Record<string, unknown> = { ...found.params };
    for (const [name, values] of rawQuery) query[name] = values[values.length - 1];
    for (const param of op.parameters) {
      if (param.in === 'query' && rawQuery.has(param.name)) query[param.name] = coerceParameter(rawQuery.get(param.name) ?? [], param);
      if (param.in === 'path' && param.name in params) params[param.name] = coerceParameter([String(params[param.name])], param);
      if (param.in === 'header' && headers[param.name.toLowerCase()] !== undefined) {
        headers[param.name.toLowerCase()] = coerceParameter([headers[param.name.toLowerCase()] ?? ''], param) as string;
      }
    }
    const parts: RequestParts = { params, query, headers, cookies, body, hasBody };

    {
      // A path id that is not valid percent-encoded UTF-8 cannot be judged against its schema.
      const undecodable = found.undecodable[0];
      const issues =
        undecodable !== undefined
          ? [{ in: 'path' as const, field: undecodable, message: 'is not valid percent-encoded UTF-8' }]
          : verdict
            ? verdict.kind === 'invalid'
              ? verdict.issues
              : []
            : compiled.requestValidator.validateRequest(op.key, parts);
      if (issues.length > 0) {
        return { ...base, issues, reply: errorReply(400, describeIssues(issues), { code: 'VALIDATION_ERROR', issues }) };
      }
    }

    let principal: unknown;
    if (op.security.length > 0) {
      const auth = await authenticate(op, headers, cookies);
      if (!auth.ok) return { ...base, reply: errorReply(auth.status, auth.message, auth.code ? { code: auth.code } : {}) };
      principal = auth.principal;
    }

    const creation =
      options.rateLimits === false
        ? undefined
        : refuseSessionCreation(definition.createsSession, { operation: op, cookies, state, clientAddress }, limiter, now());
    if (creation) return { ...base, reply: errorReply(429, creation.message, creation) };
    const limited = rateLimit(op, principal, headers, cookies, clientAddress);
    if (limited?.refused) return { ...base, reply: limited.refused };

    const handler = definition.handlers[op.key];
    if (!handler) throw new Error(`${definition.id}: no handler for ${op.key}`);
    const secure = url.protocol === 'https:' || headers['x-forwarded-proto'] === 'https';
    try {
      const ctx = new HandlerContextImpl(
        {
          params,
          query,
          headers,
          cookies,
          body,
          rawBody: parsed.raw,
          principal,
          state,
          services,
          faker,
          now,
          secure,
          clientAddress,
          reply: replyBuilder,
          fail,
        },
        request,
        metrics,
      );
      const reply = await handler(ctx as unknown as RuntimeContext);
      return { ...base, reply: withHeaders(reply, limited?.headers) };
    } catch (error) {
      if (error instanceof StubError) {
        const { code, details, headers } = error;
        return {
          ...base,
          reply: withHeaders(
            errorReply(error.status, error.message, { ...(code ? { code } : {}), ...(details ? { details } : {}), headers }),
            limited?.headers,
          ),
        };
      }
      throw error;
    }
  }

  /** A CORS preflight, answered before routing (no operation documents `OPTIONS`); 403 for an origin not trusted. */
  function preflight(request: IncomingRequest): StubReply | undefined {
    const cors = definition.cors;
    const origin = request.headers.origin;
    if (!cors || !origin || request.method !== 'OPTIONS' || !request.headers['access-control-request-method']) return undefined;
    if (!origins.corsAllows(origin)) return errorReply(403, origins.refusal(origin), { headers: { [CONTROL_HEADER]: 'cors-refused' } });
    return emptyReply(204, {
      headers: {
        'access-control-allow-methods': cors.methods.join(', '),
        'access-control-allow-headers': cors.headers.join(', '),
        'access-control-max-age': String(cors.maxAgeSeconds ?? 600),
        vary: 'Access-Control-Request-Method, Access-Control-Request-Headers',
      },
    });
  }

  /** The requesting origin echoed on every answer to a request from a trusted origin. */
  function withCors(request: IncomingRequest, reply: StubReply): StubReply {
    const cors = definition.cors;
    const origin = request.headers.origin;
    if (!cors || !origin || !origins.corsAllows(origin)) return reply;
    reply.headers.set('access-control-allow-origin', origin);
    if (cors.credentials) reply.headers.set('access-control-allow-credentials', 'true');
    reply.headers.append('vary', 'Origin');
    return reply;
  }

  function check(outcome: Outcome): Outcome {
    const { operation, reply } = outcome;
    if (!options.strict || !operation || reply.json === undefined) return outcome;
    const issues = compiled.responseValidator.validateResponse(
      operation.key,
      reply.status,
      reply.headers.get('content-type') ?? '',
      reply.json,
    );
    if (issues.length === 0) return outcome;
    return {
      ...outcome,
      issues,
      reply: errorReply(500, `The stub answered outside the contract (${reply.status}): ${describeIssues(issues)}`, {
        code: 'OFF_CONTRACT',
      }),
    };
  }

  async function answer(
    request: IncomingRequest,
    { path: requested, verdict, clientAddress, cookies, url: parsed }: HandleOptions,
  ): Promise<StubReply> {
    const started = performance.now();
    const url = parsed ?? new URL(request.url);
    const path = unalias(requested);
    let outcome: Outcome;
    try {
      const preflightReply = preflight(request);
      outcome = preflightReply
        ? { operation: null, issues: [], forced: false, reply: preflightReply }
        : check(await run(request, url, path, verdict, clientAddress ?? 'local', cookies ?? {}));
    } catch (error) {
      if (error instanceof StubError) {
        // Only forced answers throw past run(): a Prefer asking for what the document lacks.
        outcome = {
          operation: null,
          issues: [],
          forced: true,
          reply: errorReply(error.status, error.message, {
            ...(error.code ? { code: error.code } : {}),
            headers: { [CONTROL_HEADER]: 'prefer-refused' },
          }),
        };
      } else {
        // Never a stack trace on the wire; the operator sees it on stderr.
        console.error(`[${definition.id}] ${request.method} ${path}:`, error);
        outcome = {
          operation: null,
          issues: [],
          forced: false,
          reply: errorReply(500, STATUS_TEXT[500] ?? 'Internal Server Error', { code: 'INTERNAL_ERROR' }),
        };
      }
    }
    const durationMs = Math.round((performance.now() - started) * 100) / 100;
    metrics.record(outcome.operation?.key ?? null, outcome.reply.status, durationMs);
    options.journal.record({
      time: isoTime(now()),
      api: definition.id,
      method: request.method,
      path: url.pathname + url.search,
      operation: outcome.operation?.key ?? null,
      status: outcome.reply.status,
      durationMs,
      forced: outcome.forced,
      issues: outcome.issues,
    });
    return withCors(request, withHeaders(outcome.reply, definition.responseHeaders));
  }

  return {
    id: initial.id,
    get definition() {
      return definition;
    },
    get operations() {
      return compiled.operations;
    },
    async handle(request, handleOptions) {
      return (await answer(incomingFromRequest(request), handleOptions)).toResponse();
    },
    answer,
    operationFor(method, path) {
      const found = compiled.match(method, unalias(path));
      return found.kind === 'found' ? found.operation : undefined;
    },
    errorResponse(status, message) {
      return withHeaders(errorReply(status, message), definition.responseHeaders).toResponse();
    },
    unalias,
    metrics: () => metrics.snapshot(),
    connectSocket(socket) {
      const channel = definition.websocket;
      if (!channel) return false;
      channel.connect(socket, {
        get state() {
          return state;
        },
        get services() {
          return services;
        },
        get faker() {
          return faker;
        },
        instance: info,
        pushMs: options.socketPushMs ?? DEFAULT_SOCKET_PUSH_MS,
        now,
      });
      return true;
    },
    reload(next) {
      if (next.id !== initial.id) throw new Error(`cannot reload ${initial.id} with the definition of ${next.id}`);
      // Compiling first: a document the core cannot use throws here, and the old one stays.
      const nextCompiled = compile(next);
      const fresh = next.createState(info);
      const mismatch = stateMismatch(state, fresh);
      definition = next;
      compiled = nextCompiled;
      if (mismatch === undefined) return { stateKept: true };
      state = fresh;
      services = next.createServices(info);
      faker = createFaker(seed);
      limiter.clear();
      return { stateKept: false, reason: mismatch };
    },
    reset() {
      faker = createFaker(seed);
      state = definition.createState(info);
      limiter.clear();
      metrics.clear();
    },
    snapshot() {
      return { state: encodeState(state), fakerDraws: fakerDraws(faker) };
    },
    prepareRestore(snapshot) {
      const { state: encoded, fakerDraws: draws } = (snapshot ?? {}) as Partial<ApiSnapshot>;
      if (typeof draws !== 'number' || !Number.isSafeInteger(draws) || draws < 0)
        throw new Error(`${definition.id}: fakerDraws is missing or invalid`);
      const restored = decodeState(encoded, definition.createState(info), definition.id);
      return () => {
        state = restored;
        faker = createFaker(seed);
        advanceFaker(faker, draws);
        // Rate-limit windows are short and not persisted: a restart starts them afresh.
        limiter.clear();
      };
    },
  };
}
