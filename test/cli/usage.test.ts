// The CLI's own words: `--version`, `--help`, and the one line (plus a pointer to `--help`) a
// mistake gets, with the exit codes the commands document (0 asked for, 2 a usage error).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

async function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await runCli(args);
  return { code, stdout, stderr };
}

describe('contract-stubs', () => {
  it.each([['--version'], ['-v']])('%s prints the package version and exits 0', async (flag) => {
    expect(await cli([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists the commands and mentions --version', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const command of ['start', 'coverage', 'proxy', 'lint']) expect(stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    expect(stdout).toContain('contract-stubs --version');
  });

  it('an unknown command gets one line and a pointer to --help, exit code 2', async () => {
    expect(await cli(['serve'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'contract-stubs: unknown command "serve"\nSee `contract-stubs --help` for the commands.\n',
    });
  });

  it('a command given a stray argument says which one, exit code 2', async () => {
    expect(await cli(['coverage', 'extra'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'contract-stubs coverage: unexpected argument "extra"\nSee `contract-stubs coverage --help` for its options.\n',
    });
  });

  it('<command> --help still prints the whole usage on stdout, exit code 0', async () => {
    const { code, stdout, stderr } = await cli(['start', '--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Usage: contract-stubs start \[options\]\n[\s\S]*--state-interval <ms>/);
  });
});
