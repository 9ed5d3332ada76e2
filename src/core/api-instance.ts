// One API as the stubs serve it: what must change together when its definition is reloaded
// (definition, compiled document, services), its world (state, faker, rate limits: world.ts),
// and its metrics. Requests go through the stages in pipeline.ts.
import type { ApiRuntime, ErrorReplyOptions } from './api-runtime.ts';
import { type ApiSnapshot, readApiSnapshot } from './api-snapshot.ts';
import { type CompiledApi, compileApi } from './compiled-api.ts';
import { CONTEXT_HEADER, contextNameProblem, Worlds } from './contexts.ts';
import type { InstanceInfo, RuntimeApiDefinition } from './definition.ts';
import type { Operation } from './document.ts';
import { Exchange } from './exchange.ts';
import { type IncomingRequest, incomingFromRequest } from './incoming.ts';
import { type InstanceSeeding, instanceSeeding } from './instance-seeding.ts';
import { isoTime } from './iso-time.ts';
import type { Journal } from './journal.ts';
import { type MetricsSnapshot, RequestMetrics } from './metrics.ts';
import { NetworkSettings } from './network-settings.ts';
import { type OriginPolicy, originPolicy } from './origins.ts';
import { runPipeline } from './pipeline.ts';
import { jsonReply, type StubReply, withHeaders } from './reply.ts';
import type { TransportVerdict } from './request-body.ts';
import type { ScenarioAnswer, ScenarioRequest, ScenarioResult } from './scenario.ts';
import { scenarioRequest } from './scenario-request.ts';
import { inArrivalOrder } from './socket-order.ts';
import { CONTROL_HEADER } from './stages/forced-answer.ts';
import { documentsStatus } from './undocumented.ts';
import { DEFAULT_SOCKET_PUSH_MS, type StubSocket } from './websocket.ts';
import { World } from './world.ts';

export interface InstanceOptions {
  /** Same seed, same ids, cookies and keys; without one they are random (instance-seeding.ts). */
  seed?: number;
  /** A fixed clock: the same requests then give byte-identical answers. */
  now?: Date;
  /** Check every answer against the document; an off-contract answer becomes a 500. */
  strict: boolean;
  journal: Journal;
  /** Pause between two events of a streamed answer, in ms (default 0). */
  streamDelayMs?: number;
  /** Development-only test endpoints are served (default true); see `InstanceInfo.testEndpoints`. */
  testEndpoints?: boolean;
  /** Count and enforce the definition's rate limits (default true; off only for load runs). */
  rateLimits?: boolean;
  /** Pause between two periodic pushes on WebSocket channels, in ms. */
  socketPushMs?: number;
  /** Contexts (`contract-stubs-context`) kept before the least recently used goes (contexts.ts). */
  maxContexts?: number;
  /** Which pages' origins get CORS answers (default: loopback origins only). */
  origins?: OriginPolicy;
  /** Latency and faults in force, shared by the stubs' APIs (default: none). */
  network?: NetworkSettings;
  /** Operations without a handler keep collections by convention (default true; `--stateless`). */
  stateful?: boolean;
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
  /**
   * Hands an opened socket to the API's channel, in the world of `context` (the default one
   * without); false (socket untouched) when it has none.
   */
  connectSocket(socket: StubSocket, context?: string): boolean;
  /**
   * Serve a new version of this API's definition (`--watch`). Its state, faker and services
   * carry over when the state the new definition would build has the same shape; otherwise
   * the API starts from a clean world and `reason` says what differed.
   */
  reload(next: RuntimeApiDefinition): { stateKept: boolean; reason?: string };
  /**
   * A clean start: without `context`, the default world reset and every context forgotten (and
   * the metrics cleared); with one, that context alone forgotten (it starts afresh on next use).
   */
  reset(context?: string): void;
  /** The API's named scenarios (`definition.scenarios`), in the order it lists them. */
  scenarios(): { name: string; description: string }[];
  /**
   * Loads a scenario into the state of `context` (the default world without), adding to it;
   * undefined when the API has no such scenario.
   */
  loadScenario(name: string, context?: string): Promise<ScenarioResult | undefined>;
  /** The live state, the faker's position (and a random secret): to be encoded at once (state-codec.ts). */
  snapshot(context?: string): ApiSnapshot;
  /**
   * Checks a snapshot and returns the function that installs it: every API of a file is
   * decoded before any is installed, so a bad file changes nothing. Throws on a bad snapshot.
   */
  prepareRestore(snapshot: unknown, context?: string): () => void;
}

/** An API instance; the pipeline's stages see it as their `ApiRuntime`. */
export class StubApi implements ApiInstance, ApiRuntime {
  readonly id: string;
  readonly info: InstanceInfo;
  readonly journal: Journal;
  readonly strict: boolean;
  readonly rateLimits: boolean;
  readonly network: NetworkSettings;
  readonly origins: OriginPolicy;
  /** Where ids, cookies and signing keys come from: the seed, or fresh randomness. */
  readonly seeding: InstanceSeeding;
  readonly stateful: boolean;
  readonly requestMetrics = new RequestMetrics();
  readonly now: () => Date;
  readonly #socketPushMs: number;
  #scenarioLoads = 0;
  // Replaced together by reload().
  definition: RuntimeApiDefinition;
  compiled: CompiledApi;
  services: unknown;
  readonly worlds: Worlds;

  constructor(definition: RuntimeApiDefinition, options: InstanceOptions) {
    const fixed = options.now;
    this.now = fixed ? () => new Date(fixed.getTime()) : () => new Date();
    this.id = definition.id;
    this.seeding = instanceSeeding(definition.id, options.seed);
    this.info = {
      id: definition.id,
      secret: this.seeding.secret,
      now: this.now,
      streamDelayMs: options.streamDelayMs ?? 0,
      testEndpoints: options.testEndpoints ?? true,
    };
    this.journal = options.journal;
    this.strict = options.strict;
    this.rateLimits = options.rateLimits !== false;
    this.network = options.network ?? new NetworkSettings();
    this.origins = options.origins ?? originPolicy();
    this.stateful = options.stateful !== false;
    this.#socketPushMs = options.socketPushMs ?? DEFAULT_SOCKET_PUSH_MS;
    this.definition = definition;
    this.compiled = compileApi(definition);
    this.services = definition.createServices(this.info);
    this.worlds = new Worlds(() => new World(this.seeding, () => this.definition.createState(this.info)), options.maxContexts);
  }

  /** The default world: requests without a context header. */
  get world(): World {
    return this.worlds.default;
  }

  get operations(): Operation[] {
    return this.compiled.operations;
  }

  errorReply(world: World, status: number, message: string, options: ErrorReplyOptions = {}): StubReply {
    const body = this.definition.envelope({
      status,
      message,
      requestId: world.nextRequestId(),
      timestamp: isoTime(this.now()),
      ...(options.code ? { code: options.code } : {}),
      ...(options.issues ? { issues: options.issues } : {}),
      ...(options.details ? { details: options.details } : {}),
      ...(options.operation ? { operation: options.operation } : {}),
    });
    const mediaType = this.definition.errorMediaType?.(status, options.operation);
    const undocumented = options.operation !== undefined && !documentsStatus(this.compiled, options.operation, status);
    return jsonReply(status, body, {
      headers: {
        ...(mediaType ? { 'content-type': mediaType } : {}),
        ...(undocumented ? { [CONTROL_HEADER]: 'undocumented-status' } : {}),
        ...options.headers,
      },
    });
  }

  answer(request: IncomingRequest, options: HandleOptions): Promise<StubReply> {
    // A bad context name is refused by the pipeline's context stage, in the default world.
    const context = request.headers[CONTEXT_HEADER];
    const refused = context === undefined ? undefined : contextNameProblem(context);
    const exchange = new Exchange({
      request,
      url: options.url ?? new URL(request.url),
      path: this.compiled.unalias(options.path),
      verdict: options.verdict,
      clientAddress: options.clientAddress ?? 'local',
      knownCookies: options.cookies ?? {},
      world: refused === undefined ? this.worlds.get(context) : this.world,
      context: refused === undefined ? context : undefined,
      started: performance.now(),
    });
    if (refused !== undefined) exchange.contextIssue = { in: 'header', field: CONTEXT_HEADER, message: refused };
    return runPipeline(this, exchange);
  }

  async handle(request: Request, options: HandleOptions): Promise<Response> {
    return (await this.answer(incomingFromRequest(request), options)).toResponse();
  }

  errorResponse(status: number, message: string): Response {
    return withHeaders(this.errorReply(this.world, status, message), this.definition.responseHeaders).toResponse();
  }

  operationFor(method: string, path: string): Operation | undefined {
    const found = this.compiled.match(method, this.compiled.unalias(path));
    return found.kind === 'found' ? found.operation : undefined;
  }

  unalias(path: string): string {
    return this.compiled.unalias(path);
  }

  metrics(): MetricsSnapshot {
    return this.requestMetrics.snapshot();
  }

  connectSocket(socket: StubSocket, context?: string): boolean {
    const channel = this.definition.websocket;
    if (!channel) return false;
    const api = this;
    // Looked up at call time: a reset (or a context dropped) shows on the open socket.
    channel.connect(inArrivalOrder(socket), {
      get state() {
        return api.worlds.get(context).state;
      },
      get services() {
        return api.services;
      },
      get faker() {
        return api.worlds.get(context).faker;
      },
      instance: this.info,
      pushMs: this.#socketPushMs,
      now: this.now,
    });
    return true;
  }

  reload(next: RuntimeApiDefinition): { stateKept: boolean; reason?: string } {
    if (next.id !== this.id) throw new Error(`cannot reload ${this.id} with the definition of ${next.id}`);
    // Compiling first: a document the core cannot use throws here, and the old one stays.
    const compiled = compileApi(next);
    const mismatch = this.world.adopt(() => next.createState(this.info));
    for (const world of this.worlds.all()) if (world !== this.world) world.adopt(() => next.createState(this.info));
    this.definition = next;
    this.compiled = compiled;
    if (mismatch === undefined) return { stateKept: true };
    this.services = next.createServices(this.info);
    return { stateKept: false, reason: mismatch };
  }

  reset(context?: string): void {
    if (context !== undefined) {
      this.worlds.drop(context);
      return;
    }
    this.worlds.resetAll();
    this.requestMetrics.clear();
  }

  scenarios(): { name: string; description: string }[] {
    return (this.definition.scenarios ?? []).map(({ name, description }) => ({ name, description }));
  }

  async loadScenario(name: string, context?: string): Promise<ScenarioResult | undefined> {
    const scenario = this.definition.scenarios?.find((s) => s.name === name);
    if (!scenario) return undefined;
    const world = this.worlds.get(context);
    // Each load is its own client: per-address limits (scorecard's 10 starts an hour) count
    // one load's requests, never a client's nor the previous loads'.
    const clientAddress = `scenario-${++this.#scenarioLoads}`;
    const send = async (method: string, path: string, request: ScenarioRequest = {}): Promise<ScenarioAnswer> => {
      const incoming = scenarioRequest(method, path, request);
      const reply = await runPipeline(
        this,
        new Exchange({
          request: incoming,
          url: new URL(incoming.url),
          path: this.compiled.unalias(path),
          verdict: undefined,
          clientAddress,
          knownCookies: {},
          world,
          context,
          started: performance.now(),
          internal: true,
        }),
      );
      return { status: reply.status, headers: reply.headers, json: reply.json };
    };
    const loaded = await scenario.build({
      state: world.state,
      services: this.services,
      faker: world.faker,
      instance: this.info,
      now: this.now,
      send,
    });
    // The scenario's user lives in that context: its requests must say so too.
    return context === undefined ? loaded : { ...loaded, headers: { ...loaded.headers, [CONTEXT_HEADER]: context } };
  }

  snapshot(context?: string): ApiSnapshot {
    return { ...this.worlds.get(context).snapshot(), ...(this.seeding.deterministic ? {} : { secret: this.info.secret }) };
  }

  prepareRestore(snapshot: unknown, context?: string): () => void {
    const world = this.worlds.get(context);
    const label = context === undefined ? this.id : `${this.id} (context ${context})`;
    const restored = readApiSnapshot(snapshot, label, this.seeding, world.freshState());
    const installCollections = world.collections.prepareRestore(restored.collections);
    return () => {
      world.install(restored.state, restored.faker, installCollections);
      if (restored.secret !== this.info.secret) {
        // Tokens issued before the restart were signed with the file's secret.
        this.info.secret = restored.secret;
        this.services = this.definition.createServices(this.info);
      }
    };
  }
}

export function createApiInstance(definition: RuntimeApiDefinition, options: InstanceOptions): ApiInstance {
  return new StubApi(definition, options);
}
