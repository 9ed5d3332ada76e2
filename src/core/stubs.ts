// All mounted APIs behind one `fetch`: `/<id>/...` goes to that API (or every path when one
// API is served at the root), `/__stubs/*` are the controls, `GET /` lists what is mounted.
// `answer` takes the request as parts and returns the reply unserialised, for a transport that
// writes it itself (Node); `fetch` is the same over WHATWG `Request` / `Response`.

import { type ApiInstance, createApiInstance, type HandleOptions } from './api-instance.ts';
import type { ApiSnapshot } from './api-snapshot.ts';
import { listing } from './controls/apis.ts';
import { answerControl, isControlPath } from './controls/index.ts';
import type { RuntimeApiDefinition } from './definition.ts';
import { type IncomingRequest, incomingFromRequest } from './incoming.ts';
import { Journal, type JournalEntry } from './journal.ts';
import { type FaultKind, NetworkSettings } from './network-settings.ts';
import { originPolicy } from './origins.ts';
import { prettyJsonReply, type StubReply, untilAborted } from './reply.ts';
import { type LoadedScenario, UnknownScenarioError } from './scenario.ts';
import { servedDocument } from './served-document.ts';
import { createStubsSettings, type StubsSettings, startupSettings } from './settings-change.ts';
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
  /** Wait before every answer: `300` or `"300"` ms, or `"100-600"` drawn from the seed (docs/network.md). */
  latency?: number | string;
  /** The share of requests (0 to 1) that get one of `faultKinds` (default `['error']`) instead of their answer. */
  faultRate?: number;
  faultKinds?: readonly FaultKind[];
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
  reset(id?: string): string[];
  /** Every API's live state, for `--state-file`: encode it at once (`writeStateJson`). */
  snapshot(): StateSnapshot;
  /** Installs a snapshot, all APIs or none (throws, changing nothing, on a bad one). APIs it lacks keep their state. */
  restore(snapshot: unknown): string[];
  /**
   * Loads an API's named scenario into its state (adding to it): the headers that act as the
   * scenario's user, and whatever else it made. Rejects with `UnknownScenarioError` when unknown.
   */
  scenario(api: string, name: string): Promise<LoadedScenario>;
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
  const journal = new Journal(1000, options.onRequest);
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

  function reset(id?: string): string[] {
    const targets = id ? apis.filter((m) => m.api.id === id) : apis;
    for (const m of targets) m.api.reset();
    return targets.map((m) => m.api.id);
  }

  function snapshot(): StateSnapshot {
    return {
      format: STATE_FORMAT,
      version: 1,
      seed: seed ?? null,
      apis: Object.fromEntries(apis.map((m) => [m.api.id, m.api.snapshot()])),
    };
  }

  function restore(input: unknown): string[] {
    const file = input as Partial<StateSnapshot> | null;
    if (file?.format !== STATE_FORMAT || file.version !== 1) throw new Error(`not a ${STATE_FORMAT} version 1 file`);
    if (file.seed !== (seed ?? null)) throw new Error(seedMismatch(file.seed, seed));
    if (file.apis === null || typeof file.apis !== 'object') throw new Error('no apis in the file');
    const saved = file.apis;
    const installs = apis
      .filter((m) => Object.hasOwn(saved, m.api.id))
      .map((m) => [m.api.id, m.api.prepareRestore(saved[m.api.id])] as const);
    for (const [, install] of installs) install();
    return installs.map(([id]) => id);
  }

  async function scenario(id: string, name: string): Promise<LoadedScenario> {
    const available = Object.fromEntries(apis.map(({ api }) => [api.id, api.scenarios().map((s) => s.name)]));
    const mounted = apis.find((m) => m.api.id === id);
    if (!mounted) throw new UnknownScenarioError(`No API "${id}"; scenarios exist for: ${Object.keys(available).join(', ')}`, available);
    const result = await mounted.api.loadScenario(name);
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
