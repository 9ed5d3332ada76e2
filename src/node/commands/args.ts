// Command-line parsing shared by the commands: `-h/--help` prints the command's usage; a bad
// flag or a stray argument prints one line saying what is wrong and where the help is, and
// exits with code 2, as every command documents.
import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/** `contract-stubs start: --port must be …` and a pointer to `contract-stubs start --help`; exit code 2. */
export function usageError(command: string, message: string): never {
  console.error(`contract-stubs ${command}: ${message}\nSee \`contract-stubs ${command} --help\` for its options.`);
  process.exit(2);
}

// parseArgs follows an unknown option with a paragraph on `--`; the first sentence says it all.
const firstSentence = (message: string) => message.replace(/^Unknown option (.+?)\. To specify .*$/s, 'unknown option $1');

export function parseCommand<O extends ParseArgsOptionsConfig>(argv: string[], command: string, usage: string, options: O) {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    return usageError(command, firstSentence((error as Error).message));
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(usage);
    process.exit(0);
  }
  if (parsed.positionals.length > 0) usageError(command, `unexpected argument "${parsed.positionals[0]}"`);
  return parsed.values;
}
