// Interval writes never pile up: a tick during a write is skipped, so stopping costs one write.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Stubs } from '../core/stubs.ts';
import { persistState } from './state-file.ts';

it('skips ticks while a write is in flight, so the file never lags behind a queue of writes', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'contract-stubs-persist-')), 'state.json');
  let snapshots = 0;
  const stubs = { snapshot: () => ({ n: ++snapshots }) } as unknown as Stubs;
  // Every write (with its fsync) outlasts a 1 ms interval.
  const persistence = persistState(file, stubs, 1, (error) => {
    throw error;
  });
  await new Promise((r) => setTimeout(r, 100));
  const before = snapshots;
  await persistence.stop();
  // At most the write in flight (it may not have taken its snapshot yet) and the final one;
  // queued ticks would add one snapshot each.
  expect(snapshots).toBeLessThanOrEqual(before + 2);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: snapshots });
});
