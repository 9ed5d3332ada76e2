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
