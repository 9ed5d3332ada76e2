// `--state-file <path>`: every API's state written atomically (a temp file beside it, flushed,
// then renamed over it) at an interval and on shutdown, and restored on start. A file that
// cannot be read back whole — truncated, corrupt, too large, of the wrong shape, from another
// seed — is reported, renamed aside (`<path>.corrupt-<time>`) and not loaded: the stubs start
// with fresh state. Temp files a killed process left behind are removed at start.
import { writeSync } from 'node:fs';
import { open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { writeStateJson } from '../core/state-codec.ts';
import type { Stubs } from '../core/stubs.ts';

export const DEFAULT_STATE_INTERVAL_MS = 5000;

/**
 * The largest file read back. State is bounded in bytes (docs/security.md: all five APIs at
 * their budgets write well under this), and a file this size is already a few hundred MiB of
 * heap while it is parsed; V8 cannot hold a string past ~512 MiB at all.
 */
export const MAX_STATE_FILE_BYTES = 256 * 1024 * 1024;

export type StateLoad =
  | { kind: 'none'; removedTemps: string[] }
  | { kind: 'restored'; apis: string[]; removedTemps: string[] }
  | { kind: 'set-aside'; reason: string; movedTo: string; removedTemps: string[] };

const tempOf = (path: string, pid: number) => `${path}.tmp-${pid}`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes `<path>.tmp-<pid>` files of processes that no longer run (killed mid-write); returns their paths. */
export async function removeStaleTemps(path: string): Promise<string[]> {
  const prefix = `${basename(path)}.tmp-`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return [];
  }
  const stale = names.filter((name) => {
    const pid = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    return /^\d+$/.test(pid) && Number(pid) !== process.pid && !isRunning(Number(pid));
  });
  await Promise.all(stale.map((name) => rm(join(dirname(path), name), { force: true })));
  return stale.map((name) => join(dirname(path), name));
}

export async function loadStateFile(path: string, stubs: Stubs, now: () => Date = () => new Date()): Promise<StateLoad> {
  const removedTemps = await removeStaleTemps(path);
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_STATE_FILE_BYTES) {
      const limit = `${MAX_STATE_FILE_BYTES / (1024 * 1024)} MiB`;
      return await setAside(path, now, removedTemps, `it is ${size.toLocaleString('en')} bytes, more than the ${limit} read back`);
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none', removedTemps };
    throw error;
  }
  try {
    return { kind: 'restored', apis: stubs.restore(JSON.parse(text)), removedTemps };
  } catch (error) {
    return setAside(path, now, removedTemps, (error as Error).message);
  }
}

async function setAside(path: string, now: () => Date, removedTemps: string[], reason: string): Promise<StateLoad> {
  const movedTo = `${path}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
  await rename(path, movedTo);
  return { kind: 'set-aside', reason, movedTo, removedTemps };
}

/** Every byte of `text` at the file's current position (`writeSync` may write less than asked). */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
}

/**
 * Writes the stubs' state to `path` so that `path` always holds a whole file, old or new. The
 * JSON is streamed to the temp file in chunks as it is encoded, in one synchronous pass (one
 * consistent moment of the state; never one string, never a second copy in memory); the flush
 * and rename are asynchronous. On any failure the temp file is removed and the error thrown.
 */
export async function writeStateFile(path: string, stubs: Pick<Stubs, 'snapshot'>): Promise<void> {
  const temp = tempOf(path, process.pid);
  try {
    const handle = await open(temp, 'w');
    try {
      writeStateJson(stubs.snapshot(), (chunk) => writeAll(handle.fd, chunk));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export interface StatePersistence {
  /** Writes now (after a write in flight, if any): on a shutdown signal, before connections drain. True once written. */
  flush(): Promise<boolean>;
  /** Stops the interval and writes once more (after in-flight requests have finished). True once written. */
  stop(): Promise<boolean>;
}

/** What a failed write says, every time: the file on disk is stale from then on. */
export function writeFailure(path: string, error: unknown, lastWritten: Date | undefined): string {
  const since = lastWritten ? `still holds the state of ${lastWritten.toISOString()}` : 'has not been written since start';
  return `error: state file ${path} was NOT written (${(error as Error).message}); it ${since}, and changes made since then would be lost on a restart`;
}

/** Writes every `intervalMs` (never two writes at once) until stopped; every failed write is reported through `log`. */
export function persistState(
  path: string,
  stubs: Pick<Stubs, 'snapshot'>,
  intervalMs: number,
  log: (message: string) => void,
): StatePersistence {
  // A tick that finds a write in flight is skipped, not queued: when a write (fsync under load)
  // outlasts the interval, queued writes would pile up and the file would lag further and
  // further behind, losing more than the last interval on a kill.
  let writing: Promise<boolean> | undefined;
  let lastWritten: Date | undefined;
  const write = (): Promise<boolean> => {
    writing ??= writeStateFile(path, stubs)
      .then(
        () => {
          lastWritten = new Date();
          return true;
        },
        (error) => {
          log(writeFailure(path, error, lastWritten));
          return false;
        },
      )
      .finally(() => {
        writing = undefined;
      });
    return writing;
  };
  const flush = async () => {
    await writing;
    return write();
  };
  const timer = setInterval(write, intervalMs);
  timer.unref();
  return {
    flush,
    stop() {
      clearInterval(timer);
      return flush();
    },
  };
}
