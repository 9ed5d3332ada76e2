// The AI helper services: personality detection, cultural context, model selection and the cost
// summary. Word rules (ai-rules.ts) stand in for the models; the rules are in the contract.
import type { components } from '../../src/generated/sage.ts';
import {
  complexityScore,
  costOf,
  ESTIMATE_TOKENS,
  type ModelName,
  modelFor,
  PRICE_PER_1K,
  personalityIndicators,
  personalityRationale,
  scorePersonalities,
} from './ai-rules.ts';
import type { SageHandlers } from './env.ts';
import { consultationsOf, round4, userOf } from './env.ts';
import { costTotals, inPeriod, mostFrequent, ratio } from './stats.ts';

type CulturalElement = components['schemas']['CulturalContextResponse']['data']['culturalElements'][number];

export const CONSULTATIONS_FOR_DEPTH_2 = 10;

const FLAGGED: readonly string[] = ['fortune telling', 'superstition', 'magic', 'oriental', 'exotic', 'mystical orient'];

const TRIGRAM_TERMS: readonly { term: string; chinese: string; pinyin: string; explanation: string }[] = [
  { term: 'Heaven', chinese: '乾', pinyin: 'Qián', explanation: 'The creative, strong trigram: three unbroken lines' },
  { term: 'Lake', chinese: '兌', pinyin: 'Duì', explanation: 'The joyous trigram: joy and openness' },
  { term: 'Fire', chinese: '離', pinyin: 'Lí', explanation: 'The clinging, bright trigram: clarity and dependence' },
  { term: 'Thunder', chinese: '震', pinyin: 'Zhèn', explanation: 'The arousing trigram: movement and awakening' },
  { term: 'Wind', chinese: '巽', pinyin: 'Xùn', explanation: 'The gentle, penetrating trigram' },
  { term: 'Water', chinese: '坎', pinyin: 'Kǎn', explanation: 'The abysmal trigram: danger and flowing through it' },
  { term: 'Mountain', chinese: '艮', pinyin: 'Gèn', explanation: 'The trigram of keeping still' },
  { term: 'Earth', chinese: '坤', pinyin: 'Kūn', explanation: 'The receptive, yielding trigram: three broken lines' },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The name as written in prose: "Innocence (The Unexpected)" is found as "Innocence". */
function shortName(name: string): string {
  return name.replace(/\s*\(.*\)$/, '');
}

export const aiHandlers = {
  'POST /api/ai/detect-personality': (ctx) => {
    const { question, userHistory } = ctx.body;
    const preferred = userHistory?.preferences?.preferredStyle;
    const [best, ...others] = scorePersonalities(question, preferred);
    if (!best) throw new Error('no personality scored');
    const recent = userHistory?.recentConsultations ?? [];
    const satisfied = recent.filter((c) => (c.satisfaction ?? 0) >= 4).length;
    const confidence = round4(
      Math.min(0.99, best.score + (satisfied > 0 ? 0.05 : 0) - (others[0] && others[0].score === best.score ? 0.1 : 0)),
    );
    const mainCategory = mostFrequent(recent.map((c) => c.category));
    return ctx.reply(200).json({
      success: true,
      data: {
        recommendedPersonality: best.personality,
        confidence,
        reasoning: {
          questionAnalysis:
            best.hits.length > 0
              ? `Question shows ${best.personality} language (${best.hits.slice(0, 3).join(', ')})`
              : 'Question is open-ended; no strong signal for a personality',
          historyInfluence:
            recent.length > 0
              ? `${recent.length} previous consultation${recent.length === 1 ? '' : 's'}${mainCategory ? `, mostly ${mainCategory}` : ''}; ${satisfied} rated 4 or more`
              : 'No history given',
          contextFactors: [...(mainCategory ? [`${mainCategory}_focus`] : []), ...personalityIndicators(best, question)],
        },
        alternatives: others.map((s) => ({ personality: s.personality, score: s.score, rationale: personalityRationale(s.personality) })),
      },
    });
  },

  'POST /api/ai/cultural-context': (ctx) => {
    const user = userOf(ctx);
    const { text } = ctx.body;
    const depth = ctx.body.currentDepth ?? user.preferences.culturalDepth;
    const elements: CulturalElement[] = [];
    let enhancedText = text;
    for (const hexagram of ctx.state.hexagrams) {
      const term = shortName(hexagram.name);
      const pattern = new RegExp(`\\b${escapeRegExp(term)}\\b`);
      if (!pattern.test(text)) continue;
      elements.push({
        term,
        chinese: hexagram.chinese,
        pinyin: hexagram.pinyin,
        explanation: `Hexagram ${hexagram.number}: ${hexagram.keywords.join(', ')}`,
        depth: 1,
        category: 'hexagram',
      });
      enhancedText = enhancedText.replace(pattern, `${term} (${hexagram.chinese}, ${hexagram.pinyin})`);
    }
    if (depth === 2) {
      for (const trigram of TRIGRAM_TERMS) {
        if (new RegExp(`\\b${trigram.term}\\b`, 'i').test(text)) elements.push({ ...trigram, depth: 2, category: 'trigram' });
      }
    }
    const lower = text.toLowerCase();
    const flagged = FLAGGED.filter((phrase) => lower.includes(phrase)).map(
      (phrase) => `"${phrase}" reduces a living philosophical tradition; describe it as wisdom or reflection instead`,
    );
    const total = consultationsOf(ctx.state, user).length;
    return ctx.reply(200).json({
      success: true,
      data: {
        enhancedText,
        culturalElements: elements,
        validation: {
          sensitivityScore: round4(Math.max(0, 0.95 - 0.2 * flagged.length)),
          culturalAccuracy: elements.length > 0 ? 0.92 : 0.85,
          respectfulLanguage: flagged.length === 0,
          flaggedConcerns: flagged,
        },
        progressionSuggestions:
          depth === 1
            ? {
                canAdvance: total >= CONSULTATIONS_FOR_DEPTH_2,
                requirements: [
                  `Complete ${CONSULTATIONS_FOR_DEPTH_2} consultations (${Math.min(total, CONSULTATIONS_FOR_DEPTH_2)} done)`,
                  'Cultural familiarity assessment',
                ],
                benefits: ['Deeper traditional context', 'Chinese philosophical concepts'],
              }
            : { canAdvance: false, requirements: [], benefits: ['Trigram names with Chinese and pinyin', 'The full traditional context'] },
      },
    });
  },

  'POST /api/ai/model-selection': (ctx) => {
    const { question, userHistory = [], preferredBalance = 'balanced' } = ctx.body;
    const adjust = preferredBalance === 'quality' ? 0.15 : preferredBalance === 'cost' ? -0.15 : 0;
    const score = round4(Math.max(0, Math.min(1, complexityScore(question) + adjust)));
    const recommended = modelFor(score);
    const alternative: ModelName = recommended === 'gpt-4' ? 'gpt-3.5-turbo' : 'gpt-4';
    const estimated = costOf(recommended, ESTIMATE_TOKENS);
    const simpleBefore = userHistory.some((h) => (h.complexity ?? 1) < 0.5);
    return ctx.reply(200).json({
      success: true,
      data: {
        recommendedModel: recommended,
        confidence: round4(Math.min(0.95, 0.6 + Math.abs(score - 0.5) * 0.7)),
        reasoning: {
          complexityScore: score,
          historyInfluence:
            userHistory.length === 0
              ? 'No history given'
              : simpleBefore && recommended === 'gpt-4'
                ? 'Previous simple questions, this one requires deeper analysis'
                : `Consistent with ${userHistory.length} previous question${userHistory.length === 1 ? '' : 's'}`,
          costImplication: { estimatedCost: estimated, potentialSavings: round4(costOf('gpt-4', ESTIMATE_TOKENS) - estimated) },
        },
        alternatives: [
          {
            model: alternative,
            score: round4(Math.max(0, Math.min(1, 1 - score - 0.05))),
            costDifference: round4(costOf(alternative, ESTIMATE_TOKENS) - estimated),
            'qualityTrade-off':
              alternative === 'gpt-3.5-turbo'
                ? 'May miss nuanced guidance on a complex question'
                : 'More nuance than this question needs, at about seven times the cost',
          },
        ],
      },
    });
  },

  'GET /api/ai/cost-analytics': (ctx) => {
    const period = ctx.query.period ?? 'month';
    const totals = costTotals(inPeriod(consultationsOf(ctx.state, userOf(ctx)), period, ctx.now()));
    const model = (name: ModelName) => {
      const { count, cost } = totals.byModel[name];
      return { consultations: count, totalCost: cost, averageCost: ratio(cost, count) };
    };
    const gpt4 = totals.byModel['gpt-4'];
    const cacheHitRate = ratio(totals.cacheHits, totals.total);
    const potentialSavings = round4(gpt4.cost * (1 - PRICE_PER_1K['gpt-3.5-turbo'] / PRICE_PER_1K['gpt-4']));
    // Advice follows the figures beside it: "cost-efficient" only when nothing is left to save.
    const recommendations = [
      ...(potentialSavings > 0 ? ['Use GPT-3.5 for simple follow-up questions'] : []),
      ...(totals.total > 0 && cacheHitRate < 0.5 ? ['Enable caching for common consultation patterns'] : []),
    ];
    const fallback = totals.total === 0 ? 'No consultations in this period yet' : 'Your usage is already cost-efficient';
    return ctx.reply(200).json({
      success: true,
      data: {
        summary: {
          totalSpent: totals.spent,
          totalSaved: totals.saved,
          averageCostPerConsultation: ratio(totals.spent, totals.total),
          cacheHitRate,
          savingsRate: ratio(totals.saved, totals.spent + totals.saved),
        },
        modelUsage: { 'gpt-4': model('gpt-4'), 'gpt-3.5-turbo': model('gpt-3.5-turbo') },
        optimization: {
          recommendations: recommendations.length > 0 ? recommendations : [fallback],
          potentialSavings,
          cacheEfficiency: cacheHitRate,
        },
      },
    });
  },
} satisfies Partial<SageHandlers>;
