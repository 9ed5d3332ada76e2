// The tools behind `lint` (Spectral, openapi-examples-validator) and `proxy` (Prism) are
// optional peer dependencies: together they would more than double what installing this package
// brings (about 145 MB over its 75 MB), for two commands most users of the stubs never run. A
// command whose tool is missing says, in one line, the exact command that installs it (the
// versions are the ones package.json declares).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.ts';

export const TOOLS = {
  lint: {
    name: 'Spectral',
    packages: [
      '@stoplight/spectral-core',
      '@stoplight/spectral-parsers',
      '@stoplight/spectral-ruleset-bundler',
      'openapi-examples-validator',
    ],
  },
  proxy: { name: 'Prism', packages: ['@stoplight/prism-cli'] },
} as const;

export type ToolCommand = keyof typeof TOOLS;

/** `npm install --save-dev <package>@<range> …` for the packages this command needs. */
export function installCommand(command: ToolCommand): string {
  const { peerDependencies = {} } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as {
    peerDependencies?: Record<string, string>;
  };
  const specs = TOOLS[command].packages.map((name) => (peerDependencies[name] ? `${name}@${peerDependencies[name]}` : name));
  return `npm install --save-dev ${specs.join(' ')}`;
}

function installed(specifier: string): boolean {
  try {
    import.meta.resolve(specifier);
    return true;
  } catch {
    return false;
  }
}

/** Ends the process (exit code 1) with the one-line install command when a package the command needs is missing. */
export function requireTool(command: ToolCommand): void {
  if (TOOLS[command].packages.every(installed)) return;
  console.error(`contract-stubs ${command} needs ${TOOLS[command].name}, an optional dependency: ${installCommand(command)}`);
  process.exit(1);
}
