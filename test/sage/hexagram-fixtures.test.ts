// The I Ching fixtures against tables written out here independently of the fixture code:
// the trigrams' lines and the standard King Wen upper × lower trigram table.
import { describe, expect, it } from 'vitest';
import { HEXAGRAMS, hexagramByLines, hexagramByNumber } from '../../fixtures/sage/hexagrams.ts';
import { type Line, TRIGRAMS, type TrigramKey, trigramByKey, trigramByLines } from '../../fixtures/sage/trigrams.ts';

// Bottom → top.
const TRIGRAM_LINES: Record<TrigramKey, Line[]> = {
  heaven: [1, 1, 1],
  lake: [1, 1, 0],
  fire: [1, 0, 1],
  thunder: [1, 0, 0],
  wind: [0, 1, 1],
  water: [0, 1, 0],
  mountain: [0, 0, 1],
  earth: [0, 0, 0],
};

// The King Wen number for each upper (row) × lower (column) trigram pair.
const ORDER: TrigramKey[] = ['heaven', 'thunder', 'water', 'mountain', 'earth', 'wind', 'fire', 'lake'];
const KING_WEN: number[][] = [
  /* heaven   */ [1, 25, 6, 33, 12, 44, 13, 10],
  /* thunder  */ [34, 51, 40, 62, 16, 32, 55, 54],
  /* water    */ [5, 3, 29, 39, 8, 48, 63, 60],
  /* mountain */ [26, 27, 4, 52, 23, 18, 22, 41],
  /* earth    */ [11, 24, 7, 15, 2, 46, 36, 19],
  /* wind     */ [9, 42, 59, 53, 20, 57, 37, 61],
  /* fire     */ [14, 21, 64, 56, 35, 50, 30, 38],
  /* lake     */ [43, 17, 47, 31, 45, 28, 49, 58],
];

function kingWen(upper: TrigramKey, lower: TrigramKey): number | undefined {
  return KING_WEN[ORDER.indexOf(upper)]?.[ORDER.indexOf(lower)];
}

describe('trigrams', () => {
  it('holds the eight trigrams with their lines, symbols and unique names', () => {
    expect(TRIGRAMS).toHaveLength(8);
    for (const t of TRIGRAMS) {
      expect(t.lines).toEqual(TRIGRAM_LINES[t.key]);
      expect(trigramByKey(t.key)).toBe(t);
      expect(trigramByLines(TRIGRAM_LINES[t.key])).toBe(t);
      for (const field of [t.name, t.chinese, t.pinyin, t.attribute, t.image, t.family]) expect(field.length).toBeGreaterThan(0);
    }
    for (const field of ['key', 'name', 'chinese', 'pinyin', 'symbol', 'family'] as const) {
      expect(new Set(TRIGRAMS.map((t) => t[field])).size).toBe(8);
    }
    // The trigram block runs ☰ (U+2630) … ☷ (U+2637) in heaven, lake, fire, thunder, wind, water, mountain, earth order.
    expect(TRIGRAMS.map((t) => t.symbol.codePointAt(0))).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((i) => 0x2630 + i));
  });

  it('rejects lines of the wrong length or value, and unknown keys', () => {
    expect(() => trigramByLines([1, 1])).toThrow(RangeError);
    expect(() => trigramByLines([1, 1, 1, 1])).toThrow(RangeError);
    expect(() => trigramByLines([1, 2, 1] as unknown as Line[])).toThrow(RangeError);
    expect(() => trigramByKey('sky' as TrigramKey)).toThrow(RangeError);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(TRIGRAMS)).toBe(true);
    expect(TRIGRAMS.every((t) => Object.isFrozen(t) && Object.isFrozen(t.lines))).toBe(true);
  });
});

describe('hexagrams', () => {
  it('holds 64 hexagrams in King Wen order with unique numbers, names, symbols and line patterns', () => {
    expect(HEXAGRAMS).toHaveLength(64);
    expect(HEXAGRAMS.map((h) => h.number)).toEqual(Array.from({ length: 64 }, (_, i) => i + 1));
    for (const field of ['name', 'chinese', 'symbol'] as const) expect(new Set(HEXAGRAMS.map((h) => h[field])).size).toBe(64);
    expect(new Set(HEXAGRAMS.map((h) => h.lines.join(''))).size).toBe(64);
    expect(new Set(HEXAGRAMS.map((h) => `${h.upper}/${h.lower}`)).size).toBe(64);
  });

  it('matches the King Wen table, the symbol code points and the trigrams’ lines for every hexagram', () => {
    for (const h of HEXAGRAMS) {
      expect(kingWen(h.upper, h.lower), `${h.number} ${h.name}`).toBe(h.number);
      expect(h.symbol.codePointAt(0)).toBe(0x4dc0 + h.number - 1);
      expect(h.symbol).toHaveLength(1);
      expect(h.lines).toEqual([...TRIGRAM_LINES[h.lower], ...TRIGRAM_LINES[h.upper]]);
      expect(hexagramByNumber(h.number)).toBe(h);
      expect(hexagramByLines(h.lines)).toBe(h);
    }
  });

  it('has a judgment, an image and six line texts for every hexagram, each one to three sentences', () => {
    const sentences = (text: string) => text.split(/[.!?](?=\s|$)/).filter((part) => part.trim() !== '').length;
    for (const h of HEXAGRAMS) {
      expect(h.lineTexts, `${h.number}`).toHaveLength(6);
      for (const text of [h.judgment, h.image, ...h.lineTexts]) {
        expect(text.trim(), `${h.number} ${h.name}`).toBe(text);
        expect(text, `${h.number} ${h.name}`).toMatch(/^\S.*[.!?']$/);
        expect(sentences(text), `${h.number} ${h.name}: ${text}`).toBeGreaterThanOrEqual(1);
        expect(sentences(text), `${h.number} ${h.name}: ${text}`).toBeLessThanOrEqual(3);
      }
    }
    expect(new Set(HEXAGRAMS.map((h) => h.judgment)).size).toBe(64);
    expect(new Set(HEXAGRAMS.map((h) => h.image)).size).toBe(64);
  });

  it('keeps the traditional texts where they are well known', () => {
    expect(hexagramByNumber(1).lineTexts[0]).toMatch(/dragon lies hidden/);
    expect(hexagramByNumber(2).lineTexts[0]).toMatch(/hoarfrost/);
    expect(hexagramByNumber(11).judgment).toMatch(/small departs and the great approaches/);
    expect(hexagramByNumber(12).judgment).toMatch(/great departs and the small approaches/);
    expect(hexagramByNumber(24).judgment).toMatch(/seventh day comes return/);
    expect(hexagramByNumber(25).lineTexts[2]).toMatch(/tethered ox/);
    expect(hexagramByNumber(48).image).toMatch(/Water over wood/);
    expect(hexagramByNumber(61).lineTexts[1]).toMatch(/crane/);
    expect(hexagramByNumber(64).judgment).toMatch(/little fox/);
  });

  it('has 3–5 lowercase keywords for every hexagram', () => {
    for (const h of HEXAGRAMS) {
      expect(h.keywords.length, `${h.number}`).toBeGreaterThanOrEqual(3);
      expect(h.keywords.length, `${h.number}`).toBeLessThanOrEqual(5);
      for (const k of h.keywords) expect(k).toBe(k.toLowerCase());
      expect(new Set(h.keywords).size).toBe(h.keywords.length);
    }
  });

  it('finds known hexagrams and the relating hexagram of a cast by their lines', () => {
    const innocence: Line[] = [1, 0, 0, 1, 1, 1];
    expect(hexagramByLines(innocence)).toMatchObject({ number: 25, name: 'Innocence (The Unexpected)', upper: 'heaven', lower: 'thunder' });
    // Lines 1, 4, 5 and 6 change: every yang line of 25 turns yin, giving 2 The Receptive.
    const changing = [1, 4, 5, 6];
    const relating = innocence.map((line, i) => (changing.includes(i + 1) ? ((1 - line) as Line) : line));
    expect(hexagramByLines(relating)).toMatchObject({ number: 2, name: 'The Receptive' });
    expect(hexagramByLines([1, 0, 0, 0, 0, 0])).toMatchObject({ number: 24, name: 'Return' });
    expect(hexagramByLines([1, 1, 1, 0, 0, 0])).toMatchObject({ number: 11, name: 'Peace', upper: 'earth', lower: 'heaven' });
    expect(hexagramByLines([0, 0, 0, 1, 1, 1])).toMatchObject({ number: 12, name: 'Standstill' });
    expect(hexagramByLines([1, 0, 1, 0, 1, 0])).toMatchObject({ number: 63, name: 'After Completion' });
  });

  it('rejects numbers outside 1–64 and malformed lines', () => {
    for (const n of [0, 65, -1, 1.5, Number.NaN]) expect(() => hexagramByNumber(n)).toThrow(RangeError);
    expect(() => hexagramByLines([1, 0, 0, 1, 1])).toThrow(RangeError);
    expect(() => hexagramByLines([1, 0, 0, 1, 1, 1, 0])).toThrow(RangeError);
    expect(() => hexagramByLines([1, 0, 0, 1, 1, 2] as unknown as Line[])).toThrow(RangeError);
  });

  it('is deep-frozen', () => {
    expect(Object.isFrozen(HEXAGRAMS)).toBe(true);
    for (const h of HEXAGRAMS) {
      expect(Object.isFrozen(h) && Object.isFrozen(h.lines) && Object.isFrozen(h.lineTexts) && Object.isFrozen(h.keywords)).toBe(true);
    }
  });
});
