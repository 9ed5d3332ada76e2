// Where this package's own files are, from src/ as from dist/: the nearest folder with a
// package.json above this file, so commands work from any working directory.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package root (the nearest folder with a package.json above this file), from src/ as from dist/.
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the package root (no package.json above this file)');
    dir = parent;
  }
  return dir;
}

/** `openapi/<id>.yaml` of this package, as an absolute path. */
export function documentPath(apiId: string): string {
  return join(packageRoot(), 'openapi', `${apiId}.yaml`);
}

export function documentedApis(): string[] {
  const dir = join(packageRoot(), 'openapi');
  return existsSync(dir) ? readdirSync(dir).flatMap((f) => (f.endsWith('.yaml') ? [f.slice(0, -'.yaml'.length)] : [])) : [];
}
