// A reading built from the hexagram (its texts, trigrams and themes), the question, the category
// and the personality: the traditional text, a personal interpretation and practical steps, in
// both of the prose's shapes (the example answers' `personal` and the data model's `ai`).
import { CATEGORY_TEXT } from '../../fixtures/sage/readings.ts';
import { trigramByKey } from '../../fixtures/sage/trigrams.ts';
import type { components } from '../../src/generated/sage.ts';
import type { Category, HexagramContent, Personality } from './env.ts';

type Interpretations = components['schemas']['Interpretations'];

const VOICE: Readonly<Record<Personality, string>> = {
  contemplative: 'Sit with this before acting: the timing matters as much as the choice.',
  insightful: 'Notice the pattern beneath the question; it has appeared before and will again.',
  guiding: 'Turn this into one concrete step you can take this week.',
};

export function meaningOf(hexagram: HexagramContent): string {
  const upper = trigramByKey(hexagram.upper);
  const lower = trigramByKey(hexagram.lower);
  return `${hexagram.name} (${hexagram.chinese}, ${hexagram.pinyin}) places ${upper.name} (${upper.attribute}) above ${lower.name} (${lower.attribute}) - ${hexagram.keywords.join(', ')}.`;
}

function timeframeFor(changing: number): string {
  if (changing === 0) return 'The situation is stable: allow 3-6 months and let it mature';
  if (changing <= 2) return '1-3 months for preparation, then act as the situation turns';
  return 'Change is already under way: weeks rather than months';
}

/** The Chinese terms of a reading: the hexagram's and its trigrams' names, and the trigrams' family. */
function culturalElements(hexagram: HexagramContent, culturalDepth: 1 | 2) {
  const upper = trigramByKey(hexagram.upper);
  const lower = trigramByKey(hexagram.lower);
  const family = `${upper.name} (${upper.chinese}, the ${upper.family}) stands above ${lower.name} (${lower.chinese}, the ${lower.family}).`;
  const phases = ` ${upper.name} belongs to ${upper.element} and the ${upper.direction}, ${lower.name} to ${lower.element} and the ${lower.direction}.`;
  return {
    concepts: [...hexagram.keywords],
    translations: {
      [hexagram.name]: `${hexagram.chinese} (${hexagram.pinyin})`,
      [upper.name]: `${upper.chinese} (${upper.pinyin})`,
      [lower.name]: `${lower.chinese} (${lower.pinyin})`,
    },
    context: culturalDepth === 2 ? family + phases : family,
  };
}

export function interpret(input: {
  hexagram: HexagramContent;
  relating: HexagramContent | undefined;
  changingLines: number[];
  question: string;
  category: Category;
  personality: Personality;
  culturalDepth: 1 | 2;
  confidence: number;
}): Interpretations {
  const { hexagram, relating, changingLines, question, category, personality, culturalDepth, confidence } = input;
  const text = CATEGORY_TEXT[category];
  const [first = 'clarity', second = 'balance', third = 'patience'] = hexagram.keywords;
  const lineTexts = Object.fromEntries(changingLines.map((position) => [String(position), hexagram.lineTexts[position - 1] ?? '']));
  const movement = relating
    ? `The changing ${changingLines.length === 1 ? 'line points' : 'lines point'} towards ${relating.name}: ${relating.keywords.slice(0, 2).join(' and ')} follow.`
    : 'No line changes: the situation holds its present shape for now.';
  const interpretation = [
    `In your ${text.situation}, ${hexagram.name} speaks of ${first} and ${second}.`,
    `You ask: "${question.trim()}"`,
    hexagram.judgment ? `The judgment reads: ${hexagram.judgment}` : '',
    movement,
    VOICE[personality],
  ]
    .filter(Boolean)
    .join(' ');
  const keyInsights = [
    `${capitalise(first)} is the key to this ${category} question`,
    `Let ${second} guide how you move, and ${third} how fast`,
    relating
      ? `The reading turns towards ${relating.name} - ${relating.keywords[0] ?? 'change'} lies ahead`
      : 'The present conditions will hold for a while',
  ];
  const reflectionQuestions = [
    `Where in your ${text.situation} is ${first} already present?`,
    `What would change if you let ${second} set the pace?`,
    relating
      ? `What would you need to let go of for ${relating.keywords[0] ?? 'change'} to come?`
      : `What in your situation is asking to stay as it is for now?`,
  ];
  return {
    traditional: {
      meaning: meaningOf(hexagram),
      judgment: hexagram.judgment,
      image: hexagram.image,
      ...(hexagram.culturalNotes ? { culturalNotes: hexagram.culturalNotes } : {}),
      ...(changingLines.length > 0 ? { changingLines: lineTexts } : {}),
    },
    personal: { interpretation, keyInsights, actionGuidance: text.actionGuidance },
    ai: {
      content: interpretation,
      personalityState: personality,
      culturalDepth,
      confidenceScore: confidence,
      culturalElements: culturalElements(hexagram, culturalDepth),
    },
    practical: {
      nextSteps: [...text.nextSteps],
      timeframe: timeframeFor(changingLines.length),
      riskFactors: [...text.riskFactors],
      keyInsights: [...keyInsights],
      actionSteps: [...text.nextSteps],
      reflectionQuestions,
    },
  };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Splits text into chunks of a few words; the chunks concatenated are the text. */
export function chunks(text: string, wordsPerChunk = 6): string[] {
  const tokens = text.match(/\s+|\S+\s*/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerChunk) out.push(tokens.slice(i, i + wordsPerChunk).join(''));
  return out;
}
