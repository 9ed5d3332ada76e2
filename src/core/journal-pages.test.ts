import { describe, expect, it } from 'vitest';
import { JournalPages } from './journal-pages.ts';

describe('JournalPages', () => {
  it('reads back what was written: null, empty, multi-byte text, and parts over a page', () => {
    const pages = new JournalPages();
    const long = `${'é'.repeat(40_000)}🙂`;
    const first = pages.write(['{"id":1}', null, '', 'ünïcødé ✓']);
    const written = [first, pages.write([long, 'after']), pages.write(['next', null])];
    expect(written.map((stored) => pages.read(stored))).toEqual([
      ['{"id":1}', null, '', 'ünïcødé ✓'],
      [long, 'after'],
      ['next', null],
    ]);
    expect(pages.read(first, 2)).toEqual(['{"id":1}', null]);
  });

  it('reuses an emptied page, and never a page whose entries are still read', () => {
    const pages = new JournalPages();
    const part = 'x'.repeat(30_000);
    const first = pages.write([part]);
    const second = pages.write([part]);
    // Two fit a page: the third takes a new one.
    const third = pages.write([part]);
    expect(third.page).not.toBe(first.page);
    pages.release(first);
    expect(pages.read(second)).toEqual([part]);
    pages.release(second);
    // The first page, emptied, is taken once the current one is full.
    pages.write([part]);
    const fifth = pages.write([part]);
    expect(fifth.page).toBe(first.page);
    expect(pages.read(third)).toEqual([part]);
  });
});
