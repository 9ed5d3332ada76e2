import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../core/journal.ts';
import { formatEntry } from './request-log.ts';

const entry: JournalEntry = {
  id: 1,
  time: '2025-01-01T00:00:00.000Z',
  api: 'microsite',
  method: 'POST',
  path: '/microsite/api/goal',
  operation: 'POST /api/goal',
  status: 400,
  durationMs: 1.3,
  forced: false,
  issues: [{ in: 'body', field: 'input', message: 'is required' }],
  context: null,
  delayMs: 0,
  fault: null,
};
/** The line as read, colours or not. */
const plain = (e: JournalEntry) => stripVTControlCharacters(formatEntry(e, process.stdout));

describe('formatEntry', () => {
  it('prints one line per request, why it was refused beneath, and the context when there is one', () => {
    expect(plain(entry)).toMatch(
      /^\d\d:\d\d:\d\d POST {3}microsite {4}\/microsite\/api\/goal 400 1\.3ms\n {2}↳ refused: body\.input: is required$/,
    );
    expect(plain({ ...entry, context: 'worker-1', issues: [] })).toMatch(/\/microsite\/api\/goal \[worker-1\] 400 1\.3ms$/);
  });
});
