// `stubsClient(origin, { context })`: the `/__stubs/*` controls of a running server, over
// `fetch`, shaped as `stubs` is in process (MSW): scenarios, state, journal and reset, bound to
// one context when given. For end-to-end tests (Playwright) that share one `npm start`.
import { CONTEXT_HEADER, checkContextName } from './contexts.ts';
import type { JournalRecord } from './journal.ts';
import { type AnyJournalFilter, describeFilter, type JournalFilter } from './journal-filter.ts';
import type { LoadedScenario } from './scenario.ts';
import type { StateSnapshot } from './stubs.ts';

export interface StubsClientOptions {
  /** Every call acts in this context (`contract-stubs-context`); the journal is read within it. */
  context?: string;
  /** The `fetch` to call the server with (default: the global one). */
  fetch?: typeof fetch;
}

export interface ClientWaitOptions {
  /** Rejects after this long (default 5,000 ms). */
  timeoutMs?: number;
  /** Pause between two looks at the journal (default 50 ms). */
  intervalMs?: number;
}

/** A journal filter as the client sends it: its own context is added. */
export type ClientFilter<Paths = unknown> = Omit<JournalFilter<Paths>, 'context'>;

export interface StubsClient {
  readonly origin: string;
  readonly context: string | undefined;
  /** `{ 'contract-stubs-context': name }` with a context, `{}` without: send it with the app's requests. */
  readonly headers: Readonly<Record<string, string>>;
  /** `POST /__stubs/scenarios/{api}/{name}`: the scenario's headers (with the context header) and what it made. */
  scenario(api: string, name: string): Promise<LoadedScenario>;
  /** `POST /__stubs/reset`: the context (of one API or all), or without one every API's default world and every context. */
  reset(api?: string): Promise<string[]>;
  readonly state: {
    get(api: string): Promise<StateSnapshot>;
    put(api: string, snapshot: unknown): Promise<void>;
  };
  readonly journal: {
    find<Paths = unknown>(filter?: ClientFilter<Paths>): Promise<JournalRecord[]>;
    count<Paths = unknown>(filter?: ClientFilter<Paths>): Promise<number>;
    /** The oldest matching entry, once there is one; polls until `timeoutMs`, then rejects. */
    waitFor<Paths = unknown>(filter?: ClientFilter<Paths>, options?: ClientWaitOptions): Promise<JournalRecord>;
    /** Forgets the matching entries (this context's, with a context). */
    clear<Paths = unknown>(filter?: ClientFilter<Paths>): Promise<void>;
  };
  /** The same server, another context. */
  withContext(name: string): StubsClient;
}

export function stubsClient(origin: string, options: StubsClientOptions = {}): StubsClient {
  const { context } = options;
  checkContextName(context);
  const base = new URL(origin).origin;
  const send = options.fetch ?? ((input, init) => fetch(input, init));

  async function call<T>(method: string, path: string, query: Record<string, string | undefined> = {}, body?: unknown): Promise<T> {
    const url = new URL(`/__stubs${path}`, base);
    for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, value);
    const response = await send(url, {
      method,
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as T & { error?: string };
    if (!response.ok)
      throw new Error(`${method} ${url.pathname}${url.search} → ${response.status}: ${answer.error ?? JSON.stringify(answer)}`);
    return answer;
  }

  const filterQuery = (filter: Omit<AnyJournalFilter, 'context'>): Record<string, string | undefined> => ({
    api: filter.api,
    operation: filter.operation,
    status: filter.status === undefined ? undefined : String(filter.status),
    since: filter.since instanceof Date ? filter.since.toISOString() : filter.since === undefined ? undefined : String(filter.since),
    limit: filter.limit === undefined ? undefined : String(filter.limit),
    context,
  });
  const find = async (filter: Omit<AnyJournalFilter, 'context'> = {}) =>
    (await call<{ requests: JournalRecord[] }>('GET', '/requests', filterQuery(filter))).requests;

  return {
    origin: base,
    context,
    headers: context === undefined ? {} : { [CONTEXT_HEADER]: context },
    scenario: (api, name) => call('POST', `/scenarios/${encodeURIComponent(api)}/${encodeURIComponent(name)}`, { context }),
    reset: async (api) => (await call<{ reset: string[] }>('POST', '/reset', { api, context })).reset,
    state: {
      get: (api) => call('GET', '/state', { api, context }),
      put: async (api, snapshot) => {
        await call('PUT', '/state', { api, context }, snapshot);
      },
    },
    journal: {
      find,
      count: async (filter = {}) => (await call<{ count: number }>('GET', '/requests/count', filterQuery(filter))).count,
      async waitFor(filter = {}, { timeoutMs = 5000, intervalMs = 50 } = {}) {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
          const [first] = await find({ ...filter, limit: undefined });
          if (first) return first;
          if (Date.now() >= deadline) {
            throw new Error(`No ${describeFilter({ ...filter, context })} in the journal within ${timeoutMs} ms`);
          }
          await new Promise((resolve) => setTimeout(resolve, intervalMs));
        }
      },
      clear: async (filter = {}) => {
        await call('DELETE', '/requests', filterQuery(filter));
      },
    },
    withContext: (name) => stubsClient(base, { ...options, context: name }),
  };
}
