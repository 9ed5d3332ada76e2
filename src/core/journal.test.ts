import { describe, expect, it } from 'vitest';
import { Journal } from './journal.ts';

const entry = (path: string, api = 'a') => ({
  time: '2025-01-01T00:00:00.000Z',
  api,
  method: 'GET',
  path,
  operation: null,
  status: 200,
  durationMs: 1,
  forced: false,
  issues: [],
  delayMs: 0,
  fault: null,
});

describe('Journal', () => {
  it('keeps only the newest entries up to its capacity', () => {
    const journal = new Journal(3);
    for (let i = 1; i <= 5; i++) journal.record(entry(`/${i}`));
    expect(journal.list().map((e) => e.path)).toEqual(['/3', '/4', '/5']);
    expect(journal.list().map((e) => e.id)).toEqual([3, 4, 5]);
  });

  it('keeps the newest entries within its byte budget, oldest dropped first', () => {
    const journal = new Journal(1000, undefined, 1024 * 1024);
    // 64 KiB paths (the longest URL the HTTP server takes): 1,000 of them were 63 MB.
    for (let i = 0; i < 1000; i++) journal.record(entry(`/${i}/${'x'.repeat(64 * 1024)}`));
    const kept = journal.list();
    expect(journal.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(kept.length).toBe(7);
    expect(kept.map((e) => e.id)).toEqual([994, 995, 996, 997, 998, 999, 1000]);
    journal.clear();
    expect(journal.bytes).toBe(0);
  });

  it('filters by api and limits to the newest n', () => {
    const journal = new Journal();
    journal.record(entry('/1', 'a'));
    journal.record(entry('/2', 'b'));
    journal.record(entry('/3', 'a'));
    expect(journal.list({ api: 'a' }).map((e) => e.path)).toEqual(['/1', '/3']);
    expect(journal.list({ limit: 1 }).map((e) => e.path)).toEqual(['/3']);
    journal.clear();
    expect(journal.list()).toEqual([]);
  });
});
