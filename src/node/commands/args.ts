// Command-line parsing shared by the commands: a bad flag prints the command's usage and
// exits with code 2, as every command documents.
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

export function usageError(usage: string, message: string): never {
  console.error(`contract-stubs: ${message}\n\n${usage}`);
  process.exit(2);
}

export function parseCommand<O extends ParseArgsOptionsConfig>(argv: string[], usage: string, options: O) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    return usageError(usage, (error as Error).message);
  }
}
