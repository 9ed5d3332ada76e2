// The three-coin cast: six throws of three coins (heads 3, tails 2), bottom line first. 6 old
// yin, 7 young yang, 8 young yin, 9 old yang; odd is yang. The changing lines (6s and 9s) flip
// to give the relating hexagram.
import { hexagramByLines } from '../../fixtures/sage/hexagrams.ts';
import { type Line, trigramByKey } from '../../fixtures/sage/trigrams.ts';
import type { Faker, HexagramData, SageState } from './env.ts';
import { hexagramContent } from './env.ts';

export type LineValue = 6 | 7 | 8 | 9;

export function castLines(faker: Faker): LineValue[] {
  return Array.from({ length: 6 }, () => {
    let sum = 0;
    for (let coin = 0; coin < 3; coin++) sum += faker.datatype.boolean() ? 3 : 2;
    return sum as LineValue;
  });
}

export function changingLinesOf(lines: readonly LineValue[]): number[] {
  return lines.flatMap((value, i) => (value === 6 || value === 9 ? [i + 1] : []));
}

export function primaryNumber(lines: readonly LineValue[]): number {
  return hexagramByLines(lines.map((v) => (v % 2) as Line)).number;
}

/** The relating hexagram's number, or undefined when no line changes. */
export function relatingNumber(lines: readonly LineValue[]): number | undefined {
  if (changingLinesOf(lines).length === 0) return undefined;
  return hexagramByLines(lines.map((v) => (v === 6 ? 1 : v === 9 ? 0 : v % 2) as Line)).number;
}

export function hexagramData(state: SageState, lines: readonly LineValue[]): HexagramData {
  const primary = hexagramContent(state, primaryNumber(lines));
  const relating = relatingNumber(lines);
  const relatingContent = relating === undefined ? undefined : hexagramContent(state, relating);
  const upper = trigramByKey(primary.upper);
  return {
    number: primary.number,
    name: primary.name,
    chineseName: primary.chinese,
    symbol: primary.symbol,
    lines: [...lines],
    changingLines: changingLinesOf(lines),
    trigrams: { upper: primary.upper, lower: primary.lower },
    // The data model's symbolism: both trigrams' names, and the outer (upper) one's phase.
    symbolism: {
      trigrams: [upper.name, trigramByKey(primary.lower).name],
      element: upper.element,
      season: upper.season,
      direction: upper.direction,
    },
    ...(relatingContent
      ? { relatingHexagram: { number: relatingContent.number, name: relatingContent.name, chineseName: relatingContent.chinese } }
      : {}),
  };
}
