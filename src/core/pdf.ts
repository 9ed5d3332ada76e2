// Plain-text PDFs for downloadable exports, through `pdf-lib` (pure JavaScript, so it runs in a
// browser under MSW as well as in Node). Deterministic: the document's dates come from the
// caller, so the same input gives the same bytes (and a fixed clock gives fixed files).
// pdf-lib is loaded on the first export, not at start: ~3 MiB of heap a server never needs
// unless someone downloads a PDF.
import type { PDFFont } from 'pdf-lib';

export interface TextPdf {
  title: string;
  /** Paragraphs; an empty string is a blank line. Long lines wrap. */
  lines: string[];
  createdAt: Date;
  author?: string;
}

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const SIZE = 11;
const TITLE_SIZE = 16;
const LEADING = 15;

// The standard fonts encode WinAnsi only: Latin-1 plus a few typographic marks; anything else
// (emoji, other scripts) becomes `?` rather than failing the export.
const UNENCODABLE = /[^\n\x20-\x7e\xa0-\xff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u20ac]/g;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return [''];
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

export async function textPdf(input: TextPdf): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(input.title.replace(UNENCODABLE, '?'));
  if (input.author) pdf.setAuthor(input.author);
  pdf.setProducer('contract-stubs');
  pdf.setCreator('contract-stubs');
  pdf.setCreationDate(input.createdAt);
  pdf.setModificationDate(input.createdAt);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * MARGIN;

  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN - TITLE_SIZE;
  for (const line of wrap(input.title.replace(UNENCODABLE, '?'), bold, TITLE_SIZE, width)) {
    page.drawText(line, { x: MARGIN, y, size: TITLE_SIZE, font: bold });
    y -= TITLE_SIZE + 6;
  }
  y -= LEADING / 2;
  for (const paragraph of input.lines) {
    for (const line of wrap(paragraph.replace(UNENCODABLE, '?'), font, SIZE, width)) {
      if (y < MARGIN) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - MARGIN - SIZE;
      }
      if (line) page.drawText(line, { x: MARGIN, y, size: SIZE, font });
      y -= LEADING;
    }
  }
  return pdf.save();
}
