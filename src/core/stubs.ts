// All mounted APIs behind one `fetch`: `/<id>/...` goes to that API (or every path when one
// API is served at the root), `/__stubs/*` are the controls, `GET /` lists what is mounted.
// `answer` takes the request as parts and returns the reply unserialised, for a transport that
// writes it itself (Node); `fetch` is the same over WHATWG `Request` / `Response`.

import { type ApiInstance, createApiInstance, type HandleOptions } from './api-instance.ts';
import { listing } from './controls/apis.ts';
import { answerControl, isControlPath } from './controls/index.ts';
import type { RuntimeApiDefinition } from './definition.ts';
import { type IncomingRequest, incomingFromRequest } from './incoming.ts';
import { Journal, type JournalEntry } from './journal.ts';
import { prettyJsonReply, type StubReply } from './reply.ts';
import { SOCKET_PATH } from './websocket.ts';
import type { ApiSnapshot } from './world.ts';

export interface StubsOptions {
  seed?: number;
  now?: Date;
  strict?: boolean;
  /** Pause between two events of a streamed answer (SSE), in ms (default 0: all at once). */
  streamDelayMs?: number;
  /** Serve development-only test endpoints (`/api/test/*`); default true (`--no-test-endpoints`). */
  testEndpoints?: boolean;
  /** Enforce each API's rate limits; default true (`--no-rate-limits`, for load runs only). */
  rateLimits?: boolean;
  /** Operations without a handler keep collections by convention; default true (`--stateless`). */
  stateful?: boolean;
  /** Pause between two periodic pushes on WebSocket channels (`/<api>/ws`), in ms (default 60 s). */
  socketPushMs?: number;
  /** Serve this one API at the root (`/api/...`) instead of under `/<id>`. */
  rootApi?: string;
  /** Called with every journal entry (coverage recorders, loggers). */
  onRequest?: (entry: JournalEntry) => void;
}

export interface Mounted {
  api: ApiInstance;
  /** `/microsite`, or `` when served at the root. */
  prefix: string;
}

export interface Stubs {
  readonly apis: Mounted[];
  readonly journal: Journal;
  /** Which API a path belongs to, and the path inside it. */
  resolve(pathname: string): { mounted: Mounted; path: string } | null;
  /** The API whose WebSocket channel is at this path (`/<api>/ws`), if any. */
  socketAt(pathname: string): ApiInstance | null;
  fetch(request: Request, options?: Omit<HandleOptions, 'path'>): Promise<Response>;
  answer(request: IncomingRequest, options?: Omit<HandleOptions, 'path'>): Promise<StubReply>;
  reset(id?: string): string[];
  /** Every API's state, for `--state-file`. */
  snapshot(): StateSnapshot;
  /** Installs a snapshot, all APIs or none (throws, changing nothing, on a bad one). APIs it lacks keep their state. */
  restore(snapshot: unknown): string[];
}

export const STATE_FORMAT = 'contract-stubs-state';

export interface StateSnapshot {
  format: typeof STATE_FORMAT;
  version: 1;
  seed: number;
  apis: Record<string, ApiSnapshot>;
}

export const DEFAULT_SEED = 1;

export function createStubs(definitions: RuntimeApiDefinition[], options: StubsOptions = {}): Stubs {
  const journal = new Journal(1000, options.onRequest);
  const selected = options.rootApi ? definitions.filter((d) => d.id === options.rootApi) : definitions;
  if (options.rootApi && selected.length === 0) {
    throw new Error(`Unknown API "${options.rootApi}"; known: ${definitions.map((d) => d.id).join(', ')}`);
  }
  const apis: Mounted[] = selected.map((definition) => ({
    prefix: options.rootApi ? '' : `/${definition.id}`,
    api: createApiInstance(definition, {
      seed: options.seed ?? DEFAULT_SEED,
      strict: options.strict ?? false,
      journal,
      streamDelayMs: options.streamDelayMs ?? 0,
      testEndpoints: options.testEndpoints ?? true,
      rateLimits: options.rateLimits ?? true,
      stateful: options.stateful ?? true,
      ...(options.socketPushMs !== undefined ? { socketPushMs: options.socketPushMs } : {}),
      ...(options.now ? { now: options.now } : {}),
    }),
  }));

  function resolve(pathname: string) {
    if (isControlPath(pathname)) return null;
    for (const mounted of apis) {
      if (mounted.prefix === '') return { mounted, path: pathname };
      if (pathname === mounted.prefix || pathname.startsWith(`${mounted.prefix}/`)) {
        return { mounted, path: pathname.slice(mounted.prefix.length) || '/' };
      }
    }
    return null;
  }

  function reset(id?: string): string[] {
    const targets = id ? apis.filter((m) => m.api.id === id) : apis;
    for (const m of targets) m.api.reset();
    return targets.map((m) => m.api.id);
  }

  const seed = options.seed ?? DEFAULT_SEED;

  function snapshot(): StateSnapshot {
    return { format: STATE_FORMAT, version: 1, seed, apis: Object.fromEntries(apis.map((m) => [m.api.id, m.api.snapshot()])) };
  }

  function restore(input: unknown): string[] {
    const file = input as Partial<StateSnapshot> | null;
    if (file?.format !== STATE_FORMAT || file.version !== 1) throw new Error(`not a ${STATE_FORMAT} version 1 file`);
    if (file.seed !== seed) throw new Error(`written with --seed ${String(file.seed)}, now ${seed}: its tokens and ids would not match`);
    if (file.apis === null || typeof file.apis !== 'object') throw new Error('no apis in the file');
    const saved = file.apis;
    const installs = apis
      .filter((m) => Object.hasOwn(saved, m.api.id))
      .map((m) => [m.api.id, m.api.prepareRestore(saved[m.api.id])] as const);
    for (const [, install] of installs) install();
    return installs.map(([id]) => id);
  }

  function socketAt(pathname: string): ApiInstance | null {
    const target = resolve(pathname);
    if (!target || target.path !== SOCKET_PATH || !target.mounted.api.definition.websocket) return null;
    return target.mounted.api;
  }

  async function answer(request: IncomingRequest, answerOptions: Omit<HandleOptions, 'path'> = {}): Promise<StubReply> {
    const url = new URL(request.url);
    if (isControlPath(url.pathname)) return answerControl(stubs, request, url);
    const target = resolve(url.pathname);
    if (target) {
      const { mounted, path } = target;
      if (request.method === 'GET' && path === '/openapi.json') return prettyJsonReply(200, mounted.api.definition.document);
      return mounted.api.answer(request, { path, url, ...answerOptions });
    }
    if (request.method === 'GET' && url.pathname === '/') return prettyJsonReply(200, listing(stubs, url.origin));
    return prettyJsonReply(404, { error: `Nothing is mounted at ${url.pathname}`, ...listing(stubs, url.origin) });
  }

  const stubs: Stubs = {
    apis,
    journal,
    resolve,
    socketAt,
    reset,
    snapshot,
    restore,
    async fetch(request, fetchOptions = {}) {
      return (await answer(incomingFromRequest(request), fetchOptions)).toResponse();
    },
    answer,
  };
  return stubs;
}
