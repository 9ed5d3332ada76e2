// Each test run starts with no recorded contract coverage.
import { rmSync } from 'node:fs';
import { COVERAGE_DIR } from '../src/node/commands/coverage.ts';

export default function setup(): void {
  rmSync(COVERAGE_DIR, { recursive: true, force: true });
}
