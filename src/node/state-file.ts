// `--state-file <path>`: every API's state written atomically (a temp file beside it, flushed,
// then renamed over it) at an interval and on shutdown, and restored on start. A file that
// cannot be read back whole — truncated, corrupt, from another seed — is reported, renamed
// aside (`<path>.corrupt-<time>`) and not loaded: the stubs start with fresh state.
import { open, readFile, rename, rm } from 'node:fs/promises';
import type { Stubs } from '../core/stubs.ts';

export const DEFAULT_STATE_INTERVAL_MS = 5000;

export type StateLoad = { kind: 'none' } | { kind: 'restored'; apis: string[] } | { kind: 'set-aside'; reason: string; movedTo: string };

export async function loadStateFile(path: string, stubs: Stubs, now: () => Date = () => new Date()): Promise<StateLoad> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    throw error;
  }
  try {
    return { kind: 'restored', apis: stubs.restore(JSON.parse(text)) };
  } catch (error) {
    const movedTo = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
    await rename(path, movedTo);
    return { kind: 'set-aside', reason: (error as Error).message, movedTo };
  }
}

/** Writes the stubs' state to `path` so that `path` always holds a whole file, old or new. */
export async function writeStateFile(path: string, stubs: Stubs): Promise<void> {
  const temp = `${path}.tmp-${process.pid}`;
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(JSON.stringify(stubs.snapshot()));
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export interface StatePersistence {
  /** Stops the interval and writes once more (after in-flight requests have finished). */
  stop(): Promise<void>;
}

/** Writes every `intervalMs` (never two writes at once) until stopped. */
export function persistState(path: string, stubs: Stubs, intervalMs: number, onError: (error: unknown) => void): StatePersistence {
  // A tick that finds a write in flight is skipped, not queued: when a write (fsync under load)
  // outlasts the interval, queued writes would pile up and the file would lag further and
  // further behind, losing more than the last interval on a kill.
  let writing: Promise<void> | undefined;
  const write = (): Promise<void> => {
    writing ??= writeStateFile(path, stubs)
      .catch(onError)
      .finally(() => {
        writing = undefined;
      });
    return writing;
  };
  const timer = setInterval(write, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await writing;
      await write();
    },
  };
}
