// Records every request the test run's stubs answered, one JSON line per hit, for
// `contract-stubs coverage` (run by CI after the tests).
import { appendFileSync, mkdirSync } from 'node:fs';
import type { CoverageHit } from '../../src/core/coverage.ts';
import type { JournalEntry } from '../../src/core/journal.ts';
import { COVERAGE_DIR } from '../../src/node/commands/coverage.ts';

const file = `${COVERAGE_DIR}/${process.pid}.jsonl`;
mkdirSync(COVERAGE_DIR, { recursive: true });

export function recordCoverage(entry: JournalEntry): void {
  if (!entry.api || !entry.operation) return;
  const hit: CoverageHit = { api: entry.api, operation: entry.operation, status: entry.status, forced: entry.forced };
  appendFileSync(file, `${JSON.stringify(hit)}\n`);
}
