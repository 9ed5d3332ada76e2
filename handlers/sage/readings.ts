// Making a consultation: a fresh cast read by the chosen model, or, for a question pattern the
// user asked in the same category within 24 hours, the cached reading (see the contract's
// `info.description`). Both the JSON and the streamed create go through here.

import { itemBytes } from '../../src/core/index.ts';
import {
  complexityScore,
  costOf,
  type ModelName,
  modelFor,
  personalityIndicators,
  questionPattern,
  scorePersonalities,
  words,
} from './ai-rules.ts';
import { castLines, hexagramData, relatingNumber } from './casting.ts';
import type { Category, Consultation, Faker, Personality, SageState, UserRecord } from './env.ts';
import { CACHE_TTL_MS, fitConsultations, hex32, hexagramContent, round4 } from './env.ts';
import { interpret } from './interpretation.ts';

export const PROMPT_VERSION = 'v2.1';

export interface ConsultationInput {
  question: string;
  category: Category;
  culturalDepth?: 1 | 2 | undefined;
  personality?: Personality | undefined;
  model: 'auto' | ModelName;
  complexity?: 'low' | 'medium' | 'high' | undefined;
  urgency?: 'low' | 'medium' | 'high' | undefined;
  useCache: boolean;
}

export interface PersonalityChoice {
  state: Personality;
  reasoning: string;
  indicators: string[];
}

export interface Made {
  consultation: Consultation;
  personality: PersonalityChoice;
}

function choosePersonality(input: ConsultationInput, user: UserRecord): PersonalityChoice {
  if (input.personality)
    return { state: input.personality, reasoning: 'The personality the seeker asked for', indicators: ['user_preference'] };
  const preferred = user.preferences.aiPersonalityPreference;
  const [best] = scorePersonalities(input.question, preferred, input.urgency);
  if (!best) throw new Error('no personality scored');
  const reasoning =
    best.hits.length > 0
      ? `Question shows ${best.personality} language (${best.hits.slice(0, 3).join(', ')})`
      : 'Question is open; a contemplative reading suits it';
  return { state: best.personality, reasoning, indicators: personalityIndicators(best, input.question) };
}

function cacheSlot(user: UserRecord, category: Category, pattern: string): string {
  return `${user.id}|${category}|${pattern}`;
}

function fromCache(state: SageState, slot: string, now: Date): Consultation | undefined {
  const entry = state.cache.get(slot);
  if (!entry || now.getTime() - entry.createdAtMs >= CACHE_TTL_MS) return undefined;
  return state.consultations.get(entry.consultationId);
}

/** The data model's `analytics`: the same facts as `aiContext`, the personality and the rating. */
export function analyticsOf(
  consultation: Pick<Consultation, 'aiPersonalityState' | 'aiContext' | 'rating'>,
  tokensSaved: number,
): Consultation['analytics'] {
  const { aiContext, rating } = consultation;
  const { originalCost, actualCost } = aiContext.costOptimization;
  return {
    aiPersonalityState: consultation.aiPersonalityState,
    responseTime: aiContext.responseTime,
    tokenUsage: aiContext.tokensUsed,
    ...(rating === undefined ? {} : { userSatisfaction: rating }),
    culturalAccuracy: aiContext.culturalAccuracy,
    costAnalytics: {
      modelUsed: aiContext.modelUsed,
      cacheHit: aiContext.cacheHit,
      cost: actualCost,
      tokensSaved,
      costSaved: round4(originalCost - actualCost),
    },
  };
}

function store(state: SageState, user: UserRecord, consultation: Consultation): void {
  state.consultations.set(consultation.id, consultation);
  user.consultationIds.push(consultation.id);
  fitConsultations(state, user, itemBytes(consultation.id));
}

export function makeConsultation(state: SageState, user: UserRecord, faker: Faker, now: Date, input: ConsultationInput): Made {
  const at = now.toISOString();
  const pattern = questionPattern(input.question);
  const slot = cacheSlot(user, input.category, pattern);
  const culturalDepth = input.culturalDepth ?? user.preferences.culturalDepth;
  const cached = input.useCache ? fromCache(state, slot, now) : undefined;
  if (cached) {
    const responseTime = faker.number.int({ min: 30, max: 80 });
    // Only `interpretations.ai` differs: the rest of the reading is shared with the cached one,
    // as no handler changes a stored consultation's nested parts in place (PATCH replaces its
    // own fields; `analytics` is made afresh below). A deep copy was a third of the request.
    const reading: Consultation = {
      ...cached,
      interpretations: { ...cached.interpretations, ai: { ...cached.interpretations.ai, culturalDepth } },
    };
    const consultation: Consultation = {
      ...reading,
      id: `cons_cached_${hex32(faker)}`,
      question: input.question,
      culturalDepth,
      fromCache: true,
      aiContext: {
        ...cached.aiContext,
        modelUsed: 'cache',
        cacheHit: true,
        tokensUsed: 0,
        costOptimization: { originalCost: cached.aiContext.costOptimization.originalCost, actualCost: 0, savings: 1 },
        responseTime,
        originalResponseTime: cached.aiContext.responseTime,
        actualResponseTime: responseTime,
      },
      tags: [],
      favorite: false,
      isBookmarked: false,
      createdAt: at,
      updatedAt: at,
    };
    delete consultation.userNotes;
    delete consultation.rating;
    consultation.analytics = analyticsOf(consultation, cached.aiContext.tokensUsed);
    store(state, user, consultation);
    return {
      consultation,
      personality: {
        state: consultation.aiPersonalityState,
        reasoning: 'The same question was answered recently; the cached reading is returned',
        indicators: ['repeated_question'],
      },
    };
  }

  const lines = castLines(faker);
  const hexagram = hexagramData(state, lines);
  const relating = relatingNumber(lines);
  const personality = choosePersonality(input, user);
  const model = input.model === 'auto' ? modelFor(complexityScore(input.question, input.complexity)) : input.model;
  const id = `cons_${hex32(faker)}`;
  const confidence = round4(faker.number.float({ min: 0.8, max: 0.95, fractionDigits: 2 }));
  const culturalAccuracy = round4(faker.number.float({ min: 0.88, max: 0.98, fractionDigits: 2 }));
  const interpretations = interpret({
    hexagram: hexagramContent(state, hexagram.number),
    relating: relating === undefined ? undefined : hexagramContent(state, relating),
    changingLines: hexagram.changingLines,
    question: input.question,
    category: input.category,
    personality: personality.state,
    culturalDepth,
    confidence,
  });
  const text = [
    interpretations.personal.interpretation,
    ...interpretations.personal.keyInsights,
    ...interpretations.practical.nextSteps,
  ].join(' ');
  const tokensUsed = Math.round(words(text).length * 1.3) + 120;
  const cost = costOf(model, tokensUsed);
  const aiContext: Consultation['aiContext'] = {
    modelUsed: model,
    promptVersion: PROMPT_VERSION,
    confidence,
    culturalAccuracy,
    cacheHit: false,
    tokensUsed,
    costOptimization: { originalCost: cost, actualCost: cost, savings: 0 },
    responseTime: (model === 'gpt-4' ? 1200 : 500) + tokensUsed + faker.number.int({ min: 0, max: 300 }),
  };
  const consultation: Consultation = {
    id,
    userId: user.id,
    question: input.question,
    category: input.category,
    culturalDepth,
    aiPersonalityState: personality.state,
    fromCache: false,
    cacheKey: `hexagram_${hexagram.number}_${input.category}_${pattern}`,
    hexagramData: hexagram,
    interpretations,
    aiContext,
    analytics: analyticsOf({ aiPersonalityState: personality.state, aiContext }, 0),
    tags: [],
    favorite: false,
    isBookmarked: false,
    createdAt: at,
    updatedAt: at,
  };
  store(state, user, consultation);
  state.cache.set(slot, { consultationId: consultation.id, createdAtMs: now.getTime() });
  return { consultation, personality };
}
