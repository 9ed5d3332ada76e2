// `stubs.state`: one API's state read and restored in process (MSW), the twin of
// `GET` / `PUT /__stubs/state?api=<id>[&context=<name>]`, in the state file's format.
import { stateJson } from './state-codec.ts';
import type { StateSelection, StateSnapshot } from './stubs.ts';

export interface StateOptions {
  /** That context's world instead of the default one. */
  context?: string | undefined;
}

export interface StubsState {
  /** The API's state (and its faker's position) as `GET /__stubs/state?api=<id>` answers it. */
  get(api: string, options?: StateOptions): StateSnapshot;
  /**
   * Restores what `get` gave, exactly. Rejects, changing nothing, when `snapshot` is not one
   * (or holds no state for `api`), saying why.
   */
  put(api: string, snapshot: unknown, options?: StateOptions): Promise<void>;
}

export function stateAccess(
  snapshot: (selection: StateSelection) => StateSnapshot,
  restore: (input: unknown, selection: StateSelection) => string[],
): StubsState {
  return {
    // Encoded, as the control answers it: a copy, not the live state.
    get: (api, options = {}) => JSON.parse(stateJson(snapshot({ api, context: options.context }))),
    // Installed before the promise is returned: awaiting it is only needed to see an error.
    put: async (api, input, options = {}) => {
      restore(input, { api, context: options.context });
    },
  };
}
