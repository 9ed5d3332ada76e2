// The stub's stand-ins for the AI: personality detection, question complexity, model choice and
// cost, and the question pattern the cache keys on. Plain word rules, so answers are
// predictable and documented in the contract.
import type { Personality } from './env.ts';
import { round4 } from './env.ts';

export type ModelName = 'gpt-4' | 'gpt-3.5-turbo';

/** US dollars per 1000 tokens. */
export const PRICE_PER_1K: Readonly<Record<ModelName, number>> = { 'gpt-4': 0.04, 'gpt-3.5-turbo': 0.006 };
export const ESTIMATE_TOKENS = 450;

export function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
}

const PERSONALITY_WORDS: Readonly<Record<Personality, readonly string[]>> = {
  contemplative: ['should', 'change', 'future', 'life', 'career', 'path', 'right', 'now', 'time', 'when', 'whether', 'decide'],
  insightful: ['why', 'meaning', 'pattern', 'understand', 'really', 'truth', 'feel', 'keep', 'always', 'deeper'],
  guiding: ['how', 'steps', 'plan', 'start', 'next', 'do', 'approach', 'handle', 'prepare', 'improve'],
};

/** Words that make a question urgent: it wants directive steps, not reflection. */
export const URGENT_WORDS: readonly string[] = [
  'urgent',
  'urgently',
  'emergency',
  'immediately',
  'asap',
  'hurry',
  'tonight',
  'deadline',
  'crisis',
  'quickly',
];

const PERSONALITY_FACTORS: Readonly<Record<Personality, string>> = {
  contemplative: 'thoughtful_language',
  insightful: 'pattern_seeking',
  guiding: 'action_orientation',
};

const RATIONALE: Readonly<Record<Personality, string>> = {
  contemplative: 'Could hold the question open and reflect on its timing',
  insightful: 'Could reveal deeper patterns',
  guiding: 'Could provide directive action steps',
};

export interface PersonalityScore {
  personality: Personality;
  score: number;
  hits: string[];
}

/** The question's urgency words, plus `urgency` when the asker said `high`. */
export function urgencyOf(question: string, urgency?: 'low' | 'medium' | 'high'): string[] {
  const hits = words(question).filter((w) => URGENT_WORDS.includes(w));
  return urgency === 'high' ? [...hits, 'urgency'] : hits;
}

/**
 * Scores of the three personalities, best first (ties in the order contemplative, insightful,
 * guiding). An urgent question's urgency counts for `guiding`, and `contemplative` stays below
 * the others' base (0.4), so it is never recommended for it.
 */
export function scorePersonalities(question: string, preferredStyle?: string, urgency?: 'low' | 'medium' | 'high'): PersonalityScore[] {
  const asked = words(question);
  const urgent = urgencyOf(question, urgency);
  const scores = (Object.keys(PERSONALITY_WORDS) as Personality[]).map((personality, order) => {
    const hits = [...asked.filter((w) => PERSONALITY_WORDS[personality].includes(w)), ...(personality === 'guiding' ? urgent : [])];
    const bonus = preferredStyle === personality ? 0.15 : 0;
    const score = Math.min(0.95, 0.45 + 0.1 * hits.length + bonus - order * 0.01);
    return { personality, score: round4(personality === 'contemplative' && urgent.length > 0 ? Math.min(score, 0.4) : score), hits };
  });
  return scores.sort((a, b) => b.score - a.score);
}

export function personalityIndicators(best: PersonalityScore, question: string): string[] {
  const indicators = [PERSONALITY_FACTORS[best.personality]];
  const asked = words(question);
  if (asked.some((w) => ['future', 'career', 'life', 'long', 'years'].includes(w))) indicators.push('long_term_focus');
  if (asked.some((w) => ['now', 'today', 'when', 'time', 'soon'].includes(w))) indicators.push('timing_focus');
  if (asked.some((w) => URGENT_WORDS.includes(w)) || best.hits.includes('urgency')) indicators.push('urgency');
  return indicators;
}

export function personalityRationale(personality: Personality): string {
  return RATIONALE[personality];
}

const WEIGHTY = [
  'should',
  'change',
  'decision',
  'decide',
  'relationship',
  'career',
  'future',
  'why',
  'whether',
  'marriage',
  'move',
  'leave',
  'health',
];

/** Complexity in [0, 1]: longer questions and weighty words score higher. */
export function complexityScore(question: string, hint?: 'low' | 'medium' | 'high'): number {
  const asked = words(question);
  const weight = asked.filter((w) => WEIGHTY.includes(w)).length;
  let score = Math.min(1, asked.length / 30) * 0.4 + Math.min(weight, 3) * 0.15;
  if (hint === 'high') score += 0.15;
  if (hint === 'low') score -= 0.15;
  return round4(Math.max(0, Math.min(1, score)));
}

export function modelFor(score: number): ModelName {
  return score >= 0.5 ? 'gpt-4' : 'gpt-3.5-turbo';
}

export function costOf(model: ModelName, tokens: number): number {
  return round4((tokens / 1000) * PRICE_PER_1K[model]);
}

const STOP_WORDS = new Set([
  'should',
  'would',
  'could',
  'what',
  'when',
  'where',
  'which',
  'with',
  'this',
  'that',
  'there',
  'their',
  'about',
  'make',
  'have',
  'does',
  'will',
  'your',
  'from',
  'into',
  'been',
  'being',
  'they',
  'them',
  'then',
  'than',
  'some',
]);

/** The question's pattern: its content words (4+ letters, no stop words), de-duplicated, sorted, at most five. */
export function questionPattern(question: string): string {
  const content = [...new Set(words(question).map((w) => w.replace(/[^a-z]/g, '')))].filter((w) => w.length >= 4 && !STOP_WORDS.has(w));
  return content.sort().slice(0, 5).join('_') || 'open_question';
}
