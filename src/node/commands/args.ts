// Command-line parsing shared by the commands: `-h/--help` prints the command's usage, a bad
// flag or a stray argument prints it and exits with code 2, as every command documents.
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

export function usageError(usage: string, message: string): never {
  console.error(`contract-stubs: ${message}\n\n${usage}`);
  process.exit(2);
}

export function parseCommand<O extends ParseArgsOptionsConfig>(argv: string[], usage: string, options: O) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    return usageError(usage, (error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  if (parsed.positionals.length > 0) usageError(usage, `unexpected argument "${parsed.positionals[0]}"`);
  return parsed.values;
}
