// Editors save in bursts (write, rename, chmod): `--watch` reloads an API once per burst, and
// never two reloads of one API at a time. Shared by watch.ts (the package's APIs) and
// watch-spec.ts (`--spec` documents).

/** Settles a burst of file events into one reload. */
const BURST_MS = 150;

export interface ReloadQueue {
  /** A reload of `id` after the burst settles, queued behind any reload of it under way. */
  schedule(id: string): void;
  /** Drops the reloads not yet started. */
  close(): void;
}

export function reloadQueue(reload: (id: string) => Promise<void>): ReloadQueue {
  const pending = new Map<string, NodeJS.Timeout>();
  const queue = new Map<string, Promise<void>>();
  return {
    schedule(id) {
      clearTimeout(pending.get(id));
      pending.set(
        id,
        setTimeout(() => {
          pending.delete(id);
          const previous = queue.get(id) ?? Promise.resolve();
          queue.set(
            id,
            previous.then(() => reload(id)),
          );
        }, BURST_MS),
      );
    },
    close() {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
