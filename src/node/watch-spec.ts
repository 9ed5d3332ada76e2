// `start --spec <file> --watch`: an edit to a served document, or to any local file it `$ref`s,
// reloads that API in place (its collections kept). A document that no longer loads is
// reported and the last good version keeps serving. The folders of the files are watched, not
// the files, since editors save by writing a new file and renaming it over the old one.
import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Stubs } from '../core/stubs.ts';
import { reloadQueue } from './reload-queue.ts';
import { type LoadedSpec, loadSpec, specDefinition } from './spec.ts';
import type { WatchReport } from './watch.ts';

export function watchSpecs(stubs: Stubs, specs: ReadonlyMap<string, LoadedSpec>, report: WatchReport): { close(): void } {
  /** Which APIs each watched file belongs to. */
  const owners = new Map<string, Set<string>>();
  const watchers = new Map<string, FSWatcher>();

  function track(id: string, files: string[]): void {
    for (const set of owners.values()) set.delete(id);
    for (const file of files) {
      const set = owners.get(file) ?? new Set<string>();
      set.add(id);
      owners.set(file, set);
      const dir = dirname(file);
      if (watchers.has(dir)) continue;
      const watcher = watch(dir, (_event, name) => {
        if (!name) return;
        for (const owner of owners.get(join(dir, basename(name.toString()))) ?? []) schedule(owner);
      });
      watcher.on('error', (error) => report(`watching ${dir}: ${error.message}`, 'error'));
      watchers.set(dir, watcher);
    }
  }

  async function reload(id: string): Promise<void> {
    const mounted = stubs.apis.find((m) => m.api.id === id);
    const spec = specs.get(id);
    if (!mounted || !spec) return;
    try {
      const loaded = await loadSpec(spec.file);
      mounted.api.reload(specDefinition(id, loaded, mounted.api.definition.handlers));
      track(id, loaded.files);
      report(`reloaded ${id} from ${spec.file}`, 'info');
    } catch (error) {
      report(`${(error as Error).message}; still serving the last good version of ${id}`, 'error');
    }
  }

  const { schedule, close } = reloadQueue(reload);

  for (const [id, spec] of specs) track(id, spec.files);
  return {
    close() {
      for (const watcher of watchers.values()) watcher.close();
      close();
    },
  };
}
