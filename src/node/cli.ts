// `contract-stubs <command> [options]`: each command lives in commands/<name>.ts and is
// loaded only when asked for, so `start` never pays for the others' dependencies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.ts';

interface Command {
  run(argv: string[]): Promise<void>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  start: { summary: 'serve the APIs (the default command)', load: () => import('./commands/start.ts') },
  coverage: { summary: 'the operation × status table of what traffic exercised', load: () => import('./commands/coverage.ts') },
  proxy: { summary: "validate a real backend's traffic against a document (Prism proxy)", load: () => import('./commands/proxy.ts') },
  lint: { summary: 'lint the OpenAPI documents and validate every example', load: () => import('./commands/lint.ts') },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`);
  return `Usage: contract-stubs <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`contract-stubs <command> --help\` for a command's options, \`contract-stubs --version\` for the version.\n`;
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

export async function main(argv: string[]): Promise<void> {
  const [first] = argv;
  if (first === 'help' || ((first === '--help' || first === '-h') && argv.length === 1)) {
    console.log(usage());
    return;
  }
  if ((first === '--version' || first === '-v') && argv.length === 1) {
    console.log(version());
    return;
  }
  // Without a command name, the options are start's.
  const named = first !== undefined && !first.startsWith('-');
  const name = named ? first : 'start';
  const command = COMMANDS[name];
  if (!command) {
    console.error(`contract-stubs: unknown command "${name}"\nSee \`contract-stubs --help\` for the commands.`);
    process.exit(2);
  }
  await (await command.load()).run(named ? argv.slice(1) : argv);
}
