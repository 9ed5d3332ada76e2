// `stubs.context(name)`: the controls bound to one context, for a test that shares its stubs
// with others running at the same time (test.concurrent, one MSW server per process): the
// header its app sends, its scenarios, state, journal and reset, none touching another's.
import { CONTEXT_HEADER, checkContextName } from './contexts.ts';
import type { JournalRecord, WaitOptions } from './journal.ts';
import type { JournalFilter } from './journal-filter.ts';
import type { LoadedScenario } from './scenario.ts';
import type { StateSnapshot, Stubs } from './stubs.ts';

/** A journal filter within one context (the context is the view's own). */
export type ContextFilter<Paths = unknown> = Omit<JournalFilter<Paths>, 'context'>;

export interface StubsContext {
  readonly name: string;
  /** `{ 'contract-stubs-context': name }`: the header that puts a request in this context. */
  readonly headers: Readonly<Record<typeof CONTEXT_HEADER, string>>;
  /** Loads a scenario into this context; its `headers` include the context header. */
  scenario(api: string, name: string): Promise<LoadedScenario>;
  /** Forgets this context (of one API, or all): its next request starts from a clean world. */
  reset(api?: string): string[];
  readonly state: {
    get(api: string): StateSnapshot;
    put(api: string, snapshot: unknown): Promise<void>;
  };
  readonly journal: {
    find<Paths = unknown>(filter?: ContextFilter<Paths>): JournalRecord[];
    count<Paths = unknown>(filter?: ContextFilter<Paths>): number;
    waitFor<Paths = unknown>(filter?: ContextFilter<Paths>, options?: WaitOptions): Promise<JournalRecord>;
  };
}

export function contextView(stubs: Stubs, name: string): StubsContext {
  checkContextName(name);
  const context = { context: name };
  return {
    name,
    headers: { [CONTEXT_HEADER]: name },
    scenario: (api, scenario) => stubs.scenario(api, scenario, context),
    reset: (api) => stubs.reset(api, context),
    state: {
      get: (api) => stubs.state.get(api, context),
      put: (api, snapshot) => stubs.state.put(api, snapshot, context),
    },
    journal: {
      find: (filter = {}) => stubs.journal.find({ ...filter, ...context }),
      count: (filter = {}) => stubs.journal.count({ ...filter, ...context }),
      waitFor: (filter = {}, options) => stubs.journal.waitFor({ ...filter, ...context }, options),
    },
  };
}
