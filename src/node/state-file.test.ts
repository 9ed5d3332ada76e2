// Writing and reading `--state-file`: interval writes never pile up, a failed write is reported
// every time and leaves no temp file, the JSON is streamed (a state past V8's ~512 MiB string
// limit is written whole), stale temp files are removed and an oversized file is set aside.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Stubs } from '../core/stubs.ts';
import { loadStateFile, MAX_STATE_FILE_BYTES, persistState, writeStateFile } from './state-file.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'contract-stubs-persist-'));

/** Stubs that only snapshot (and refuse every restore, as a file of the wrong shape is). */
function fakeStubs(snapshot: () => unknown): Stubs {
  return {
    snapshot,
    restore: () => {
      throw new Error('not this file');
    },
  } as Partial<Stubs> as Stubs;
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

describe('persistState', () => {
  it('skips ticks while a write is in flight, so the file never lags behind a queue of writes', async () => {
    const file = join(folder(), 'state.json');
    let snapshots = 0;
    // Every write (with its fsync) outlasts a 1 ms interval.
    const persistence = persistState(
      file,
      fakeStubs(() => ({ n: ++snapshots })),
      1,
      (message) => {
        throw new Error(message);
      },
    );
    await new Promise((r) => setTimeout(r, 100));
    const before = snapshots;
    await persistence.stop();
    // At most the write in flight (it may not have taken its snapshot yet) and the final one;
    // queued ticks would add one snapshot each.
    expect(snapshots).toBeLessThanOrEqual(before + 2);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: snapshots });
  });

  it('reports every failed write, loudly, and leaves no temp file behind', async () => {
    const dir = folder();
    // A directory where the file should be: every rename over it fails.
    const file = join(dir, 'state.json');
    mkdirSync(file);
    const messages: string[] = [];
    const persistence = persistState(
      file,
      fakeStubs(() => ({ n: 1 })),
      1,
      (message) => messages.push(message),
    );
    await until(() => messages.length >= 3);
    await persistence.stop();
    expect(messages[0]).toMatch(
      new RegExp(
        `^error: state file ${file} was NOT written \\(.+\\); it has not been written since start, and changes made since then would be lost on a restart$`,
      ),
    );
    expect(new Set(messages).size).toBe(1);
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('says since when the file is stale once it has been written before', async () => {
    const file = join(folder(), 'state.json');
    let value: unknown = { n: 1 };
    const messages: string[] = [];
    const persistence = persistState(
      file,
      fakeStubs(() => value),
      60_000,
      (message) => messages.push(message),
    );
    await persistence.flush();
    value = { f: () => 1 };
    await persistence.flush();
    await persistence.stop();
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/\(state\.f: a function cannot be persisted\); it still holds the state of \d{4}-\d\d-\d\dT/);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: 1 });
  });
});

describe('writeStateFile', () => {
  // One 1 MiB string referenced 520 times: 520 MiB of JSON from ~1 MiB of heap. As one string
  // (JSON.stringify) it failed with "Invalid string length" and the file silently went stale.
  // In memory (/dev/shm) where there is one: the flush of half a GiB to a disk is not the point.
  it('streams a state larger than the largest string V8 can hold', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'contract-stubs-large-'));
    const file = join(dir, 'state.json');
    const piece = 'x'.repeat(1024 * 1024);
    try {
      await writeStateFile(
        file,
        fakeStubs(() => ({ pieces: Array.from({ length: 520 }, () => piece) })),
      );
      const { size } = statSync(file);
      expect(size).toBe(520 * (piece.length + 3) + '{"pieces":[]}'.length - 1);
      const tail = Buffer.alloc(8);
      readSync(openSync(file, 'r'), tail, 0, 8, size - 8);
      expect(tail.toString()).toBe('xxxxx"]}');
      expect(readdirSync(dir)).toEqual(['state.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loadStateFile', () => {
  it('removes temp files of processes that no longer run, and keeps the rest', async () => {
    const dir = folder();
    const file = join(dir, 'state.json');
    const stale = `${file}.tmp-2147483646`;
    const own = `${file}.tmp-${process.pid}`;
    const other = join(dir, 'other.json.tmp-2147483646');
    for (const path of [stale, own, other]) writeFileSync(path, '{');
    const loaded = await loadStateFile(
      file,
      fakeStubs(() => ({})),
    );
    expect(loaded).toEqual({ kind: 'none', removedTemps: [stale] });
    expect([existsSync(stale), existsSync(own), existsSync(other)]).toEqual([false, true, true]);
  });

  it(`sets aside a file over ${MAX_STATE_FILE_BYTES / 1024 / 1024} MiB without reading it`, async () => {
    const dir = folder();
    const file = join(dir, 'state.json');
    writeFileSync(file, '');
    truncateSync(file, MAX_STATE_FILE_BYTES + 1); // sparse: no disk used
    const loaded = await loadStateFile(
      file,
      fakeStubs(() => ({})),
    );
    expect(loaded).toMatchObject({ kind: 'set-aside', reason: 'it is 268,435,457 bytes, more than the 256 MiB read back' });
    expect(existsSync(file)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
