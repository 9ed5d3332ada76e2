// One request on its way through the stages (pipeline.ts): what arrived, and what each stage
// found out, in the order they run. Stages read and fill it; the record stage journals it.
import type { Operation } from './document.ts';
import type { IncomingRequest } from './incoming.ts';
import type { InjectedFault } from './network-settings.ts';
import type { TransportVerdict } from './request-body.ts';
import type { ValidationIssue } from './validation.ts';
import type { World } from './world.ts';

export interface ExchangeInit {
  request: IncomingRequest;
  url: URL;
  /** The path inside the API (`/api/goal`), after the mount prefix and any alias. */
  path: string;
  /** Set when the transport already parsed and validated the request. */
  verdict: TransportVerdict | undefined;
  /** The caller's address, for per-IP rate limits; `local` when the transport has none (MSW). */
  clientAddress: string;
  /** Cookies the transport knows of beyond the `Cookie` header (a browser's, under MSW). */
  knownCookies: Record<string, string>;
  /** The state, faker and counters this request reads and changes. */
  world: World;
  /** The context the request named (`contract-stubs-context`), whose world it is; none for the default world. */
  context?: string | undefined;
  /** `performance.now()` when the request arrived. */
  started: number;
  /** Sent by the stubs themselves (a scenario being loaded): not journaled, not in the metrics. */
  internal?: boolean;
}

export class Exchange {
  readonly request: IncomingRequest;
  readonly url: URL;
  readonly path: string;
  readonly verdict: TransportVerdict | undefined;
  readonly clientAddress: string;
  readonly knownCookies: Record<string, string>;
  readonly world: World;
  readonly context: string | undefined;
  readonly started: number;
  readonly internal: boolean;

  /** route: the documented operation reached, and its path parameters as sent. */
  operation: Operation | null = null;
  params: Record<string, unknown> = {};
  /** route: path parameters whose percent-encoding does not decode. */
  undecodable: string[] = [];
  /** forced answer: the client chose the answer (`Prefer`, `__` controls). */
  forced = false;
  /** network: the wait before the answer, in ms, and the fault injected instead of it. */
  delayMs = 0;
  fault: InjectedFault | undefined = undefined;
  /** body */
  body: unknown = undefined;
  hasBody = false;
  /** The body's bytes as sent (a signature is checked over them), when there was one. */
  rawBody: Uint8Array | undefined = undefined;
  /** parameters: query, headers and cookies coerced to their documented types. */
  query: Record<string, unknown> = {};
  headers: Record<string, string>;
  cookies: Record<string, string> = {};
  /** authenticate: who the caller is, for operations with a security requirement. */
  principal: unknown = undefined;
  /** rate limit: `X-RateLimit-*` headers for the handler's answer. */
  limitHeaders: Record<string, string> | undefined = undefined;
  /** What was wrong with the request, or with the answer under `--strict`. */
  issues: ValidationIssue[] = [];
  /** A context header that names no valid context: refused first (stages/context.ts). */
  contextIssue: ValidationIssue | undefined = undefined;

  constructor(init: ExchangeInit) {
    this.request = init.request;
    this.url = init.url;
    this.path = init.path;
    this.verdict = init.verdict;
    this.clientAddress = init.clientAddress;
    this.knownCookies = init.knownCookies;
    this.world = init.world;
    this.context = init.context;
    this.started = init.started;
    this.internal = init.internal ?? false;
    this.headers = init.request.headers;
  }
}
