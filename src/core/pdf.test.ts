import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { textPdf } from './pdf.ts';

const input = {
  title: 'Journal — export',
  lines: ['First paragraph.', '', 'A long line '.repeat(200), 'Emoji 🙂 and 中文 become question marks.'],
  createdAt: new Date('2025-01-01T00:00:00Z'),
};

describe('textPdf', () => {
  it('builds a real PDF that wraps long text onto further pages', async () => {
    const bytes = await textPdf({ ...input, lines: [...input.lines, ...Array.from({ length: 80 }, (_, i) => `Line ${i}`)] });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.getPageCount()).toBeGreaterThan(1);
    expect(loaded.getTitle()).toBe('Journal — export');
    expect(loaded.getCreationDate()?.toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('gives the same bytes for the same input', async () => {
    expect(Buffer.from(await textPdf(input)).equals(Buffer.from(await textPdf(input)))).toBe(true);
  });
});
