// All mounted APIs behind one `fetch`: `/<id>/...` goes to that API (or every path when one
// API is served at the root), `/__stubs/*` are the controls, `GET /` lists what is mounted.
// `answer` takes the request as parts and returns the reply unserialised, for a transport that
// writes it itself (Node); `fetch` is the same over WHATWG `Request` / `Response`.

import { type ApiInstance, createApiInstance, type HandleOptions } from './api-instance.ts';
import type { ApiSnapshot } from './api-snapshot.ts';
import { contextView, type StubsContext } from './context-view.ts';
import { checkContextName } from './contexts.ts';
import { listing } from './controls/apis.ts';
import { answerControl, isControlPath } from './controls/index.ts';
import type { RuntimeApiDefinition } from './definition.ts';
import { type IncomingRequest, incomingFromRequest } from './incoming.ts';
import { Journal, type JournalEntry, type JournalLimits } from './journal.ts';
import { type FaultKind, NetworkSettings } from './network-settings.ts';
import { originPolicy } from './origins.ts';
import { prettyJsonReply, type StubReply, untilAborted } from './reply.ts';
import { type LoadedScenario, UnknownScenarioError } from './scenario.ts';
import { servedDocument } from './served-document.ts';
import { createStubsSettings, type StubsSettings, startupSettings } from './settings-change.ts';
import { type StubsState, stateAccess } from './stubs-state.ts';
import { SOCKET_PATH } from './websocket.ts';

export interface StubsOptions {
  /**
   * Same seed, clock and requests give byte-identical answers. Without a seed (and without
   * `now`, which implies `DEFAULT_SEED`), ids, session cookies and signing keys are random.
   */
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
  /**
   * Origins trusted beyond loopback ones (`https://app.example.com`; `--cors-origins`): their
   * pages get CORS answers and may call the controls. `*` opens CORS (never the controls) to
   * any origin but `null`. See origins.ts.
   */
  corsOrigins?: string[];
  /** Called with every journal entry (coverage recorders, loggers). */
  onRequest?: (entry: JournalEntry) => void;
  /** Contexts (`contract-stubs-context`) each API keeps before dropping the least recently used (default 100). */
  maxContexts?: number;
  /** The journal's bounds: entries and bytes (default 1,000 and 16 MiB). */
  journal?: JournalLimits;
  /** Wait before every answer: `300` or `"300"` ms, or `"100-600"` drawn from the seed (docs/network.md). */
  latency?: number | string;
  /** The share of requests (0 to 1) that get one of `faultKinds` (default `['error']`) instead of their answer. */
  faultRate?: number;
  faultKinds?: readonly FaultKind[];
}

/** Which worlds a reset, snapshot or restore touches: one API or all, a context or the default world. */
export interface StateSelection {
  api?: string | undefined;
  context?: string | undefined;
}

export interface Mounted {
  api: ApiInstance;
  /** `/microsite`, or `` when served at the root. */
  prefix: string;
}

export interface Stubs {
  readonly apis: Mounted[];
  readonly journal: Journal;
  /** Latency and faults in force (`/__stubs/settings`). */
  readonly settings: StubsSettings;
  /** Which API a path belongs to, and the path inside it. */
  resolve(pathname: string): { mounted: Mounted; path: string } | null;
  /** The API whose WebSocket channel is at this path (`/<api>/ws`), if any. */
  socketAt(pathname: string): ApiInstance | null;
  fetch(request: Request, options?: Omit<HandleOptions, 'path'>): Promise<Response>;
  answer(request: IncomingRequest, options?: Omit<HandleOptions, 'path'>): Promise<StubReply>;
  /**
   * One API or all: without `context`, the default world reset and every context forgotten;
   * with it, that context alone (it starts afresh on its next request).
   */
  reset(id?: string, options?: { context?: string | undefined }): string[];
  /**
   * Every API's live state (or one API's, or a context's), as `--state-file` writes it: encode
   * it at once (`writeStateJson`), it goes on changing.
   */
  snapshot(selection?: StateSelection): StateSnapshot;
  /**
   * Installs a snapshot, all APIs or none (throws, changing nothing, on a bad one). APIs it lacks
   * keep their state; with `api`, only that API's part is installed (and must be there).
   */
  restore(snapshot: unknown, selection?: StateSelection): string[];
  /**
   * Loads an API's named scenario into its state (that context's, with `context`), adding to it:
   * the headers that act as the scenario's user, and whatever else it made. Rejects with
   * `UnknownScenarioError` when unknown.
   */
  scenario(api: string, name: string, options?: { context?: string | undefined }): Promise<LoadedScenario>;
  /** One API's state, read and restored: the twin of `GET` / `PUT /__stubs/state`. */
  readonly state: StubsState;
  /** The controls bound to one context, and the header that puts a request in it (a per-test helper). */
  context(name: string): StubsContext;
}

export const STATE_FORMAT = 'contract-stubs-state';

export interface StateSnapshot {
  format: typeof STATE_FORMAT;
  version: 1;
  /** `null`: written without a seed (each API then carries its random secret). */
  seed: number | null;
  apis: Record<string, ApiSnapshot>;
}

export const DEFAULT_SEED = 1;

const seedText = (seed: unknown) => (seed === null ? 'without --seed' : `with --seed ${String(seed)}`);

function seedMismatch(written: unknown, now: number | undefined): string {
  const advice = written === null || typeof written === 'number' ? `; start ${seedText(written)} to restore it` : '';
  return `written ${seedText(written)}, now ${seedText(now ?? null)}: its tokens and ids would not match${advice}`;
}

export function createStubs(definitions: RuntimeApiDefinition[], options: StubsOptions = {}): Stubs {
  const journal = new Journal(options.journal ?? {}, options.onRequest);
  const network = new NetworkSettings(startupSettings(options));
  const origins = originPolicy(options.corsOrigins);
  const selected = options.rootApi ? definitions.filter((d) => d.id === options.rootApi) : definitions;
  if (options.rootApi && selected.length === 0) {
    throw new Error(`Unknown API "${options.rootApi}"; known: ${definitions.map((d) => d.id).join(', ')}`);
  }
  const seed = options.seed ?? (options.now ? DEFAULT_SEED : undefined);
  const apis: Mounted[] = selected.map((definition) => ({
    prefix: options.rootApi ? '' : `/${definition.id}`,
    api: createApiInstance(definition, {
      ...(seed !== undefined ? { seed } : {}),
      strict: options.strict ?? false,
      journal,
      streamDelayMs: options.streamDelayMs ?? 0,
      testEndpoints: options.testEndpoints ?? true,
      rateLimits: options.rateLimits ?? true,
      ...(options.maxContexts !== undefined ? { maxContexts: options.maxContexts } : {}),
      network,
      origins,
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

  function reset(id?: string, { context }: { context?: string | undefined } = {}): string[] {
    checkContextName(context);
    const targets = id ? apis.filter((m) => m.api.id === id) : apis;
    for (const m of targets) m.api.reset(context);
    return targets.map((m) => m.api.id);
  }

  function chosen({ api }: StateSelection): Mounted[] {
    if (api === undefined) return apis;
    const found = apis.filter((m) => m.api.id === api);
    if (found.length === 0) throw new Error(`Unknown API "${api}"; known: ${apis.map((m) => m.api.id).join(', ')}`);
    return found;
  }

  function snapshot(selection: StateSelection = {}): StateSnapshot {
    checkContextName(selection.context);
    return {
      format: STATE_FORMAT,
      version: 1,
      seed: seed ?? null,
      apis: Object.fromEntries(chosen(selection).map((m) => [m.api.id, m.api.snapshot(selection.context)])),
    };
  }

  function restore(input: unknown, selection: StateSelection = {}): string[] {
    checkContextName(selection.context);
    const targets = chosen(selection);
    const file = input as Partial<StateSnapshot> | null;
    if (file?.format !== STATE_FORMAT || file.version !== 1) throw new Error(`not a ${STATE_FORMAT} version 1 file`);
    if (file.seed !== (seed ?? null)) throw new Error(seedMismatch(file.seed, seed));
    if (file.apis === null || typeof file.apis !== 'object') throw new Error('no apis in the file');
    const saved = file.apis;
    if (selection.api !== undefined && !Object.hasOwn(saved, selection.api)) throw new Error(`no state for ${selection.api} in it`);
    const installs = targets
      .filter((m) => Object.hasOwn(saved, m.api.id))
      .map((m) => [m.api.id, m.api.prepareRestore(saved[m.api.id], selection.context)] as const);
    for (const [, install] of installs) install();
    return installs.map(([id]) => id);
  }

  async function scenario(id: string, name: string, { context }: { context?: string | undefined } = {}): Promise<LoadedScenario> {
    checkContextName(context);
    const available = Object.fromEntries(apis.map(({ api }) => [api.id, api.scenarios().map((s) => s.name)]));
    const mounted = apis.find((m) => m.api.id === id);
    if (!mounted) throw new UnknownScenarioError(`No API "${id}"; scenarios exist for: ${Object.keys(available).join(', ')}`, available);
    const result = await mounted.api.loadScenario(name, context);
    if (!result) {
      const names = available[id]?.join(', ') || 'none';
      throw new UnknownScenarioError(`No scenario "${name}" in ${id}; its scenarios: ${names}`, available);
    }
    const { headers, ...made } = result;
    return { api: id, scenario: name, headers, ...made };
  }

  function socketAt(pathname: string): ApiInstance | null {
    const target = resolve(pathname);
    if (!target || target.path !== SOCKET_PATH || !target.mounted.api.definition.websocket) return null;
    return target.mounted.api;
  }

  async function answer(request: IncomingRequest, answerOptions: Omit<HandleOptions, 'path'> = {}): Promise<StubReply> {
    const url = new URL(request.url);
    if (isControlPath(url.pathname)) return answerControl(stubs, request, url, origins);
    const target = resolve(url.pathname);
    if (target) {
      const { mounted, path } = target;
      if (request.method === 'GET' && path === '/openapi.json')
        return prettyJsonReply(200, servedDocument(mounted.api.definition.document, url.origin, mounted.prefix));
      return mounted.api.answer(request, { path, url, ...answerOptions });
    }
    if (request.method === 'GET' && url.pathname === '/') return prettyJsonReply(200, listing(stubs, url.origin));
    return prettyJsonReply(404, { error: `Nothing is mounted at ${url.pathname}`, ...listing(stubs, url.origin) });
  }

  const stubs: Stubs = {
    apis,
    journal,
    settings: createStubsSettings(
      network,
      apis.map((m) => m.api),
    ),
    resolve,
    socketAt,
    reset,
    snapshot,
    restore,
    scenario,
    state: stateAccess(snapshot, restore),
    context: (name) => contextView(stubs, name),
    async fetch(request, fetchOptions = {}) {
      const reply = await answer(incomingFromRequest(request), fetchOptions);
      // A hanging fault: no answer until the client gives up, then a network error.
      if (reply.fault === 'hang') await untilAborted(request.signal);
      return reply.toResponse();
    },
    answer,
  };
  return stubs;
}
