// `contract-stubs coverage [--from <dir>] [--url <origin>]`: the operation × status table.
// Reads the hits the test run recorded (default), or the journal of a running stub server
// (whatever it serves: the five APIs or `--spec` documents, read from the server itself).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type CoverageHit, coverageOf, coverageTable } from '../../core/coverage.ts';
import type { OpenApiDocument } from '../../core/document.ts';
import type { JournalEntry } from '../../core/journal.ts';
import { parseCommand } from './args.ts';

export const COVERAGE_DIR = 'coverage/contract';

const COMMAND = 'coverage';
const USAGE = `Usage: contract-stubs coverage [--from <dir>] [--url <origin>]

Prints every operation of every API with its documented statuses, marked when traffic
exercised them, and exits 1 when an operation was never exercised.

  --from <dir>    hits recorded by the test run, one JSON object per line (default ${COVERAGE_DIR})
  --url <origin>  read the request journal of a running server instead (e.g. http://127.0.0.1:4010)
`;

async function hitsFromDir(dir: string): Promise<CoverageHit[]> {
  const files = (await readdir(dir).catch(() => [])).filter((f) => f.endsWith('.jsonl'));
  if (files.length === 0) throw new Error(`no recorded hits in ${dir}; run the tests first`);
  const texts = await Promise.all(files.map((f) => readFile(join(dir, f), 'utf8')));
  return texts.flatMap((text) =>
    text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CoverageHit),
  );
}

async function hitsFromServer(origin: string): Promise<CoverageHit[]> {
  const response = await fetch(new URL('/__stubs/requests', origin));
  if (!response.ok) throw new Error(`${origin}/__stubs/requests answered ${response.status}`);
  const { requests } = (await response.json()) as { requests: JournalEntry[] };
  return requests.flatMap((r) =>
    r.api && r.operation ? [{ api: r.api, operation: r.operation, status: r.status, forced: r.forced }] : [],
  );
}

/** The documents a running server serves, as it serves them (`/__stubs/apis`, then each `openapi.json`). */
async function documentsOfServer(origin: string): Promise<Array<{ id: string; document: OpenApiDocument }>> {
  const listing = (await (await fetch(new URL('/__stubs/apis', origin))).json()) as Array<{ id: string; openapi: string }>;
  return Promise.all(listing.map(async ({ id, openapi }) => ({ id, document: (await (await fetch(openapi)).json()) as OpenApiDocument })));
}

export async function run(argv: string[]): Promise<void> {
  const values = parseCommand(argv, COMMAND, USAGE, {
    from: { type: 'string' },
    url: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const hits = values.url ? await hitsFromServer(values.url) : await hitsFromDir(values.from ?? COVERAGE_DIR);
  const documents = values.url ? await documentsOfServer(values.url) : (await import('../../../handlers/index.ts')).apis;
  const rows = coverageOf(documents, hits);
  console.log(coverageTable(rows));
  const missing = rows.flatMap((r) => {
    const statuses = r.statuses.filter((s) => !s.exercised).map((s) => s.status + (s.forced ? ' (forced only)' : ''));
    return statuses.length > 0 ? [`  ${r.api} ${r.operation}: ${statuses.join(', ')}`] : [];
  });
  if (missing.length > 0) console.log(`\nStatuses no handler answered yet:\n${missing.join('\n')}`);
  const never = rows.filter((r) => !r.exercised);
  if (never.length > 0) {
    console.error(`\n${never.length} operation(s) never exercised: ${never.map((r) => `${r.api} ${r.operation}`).join(', ')}`);
    process.exit(1);
  }
}
