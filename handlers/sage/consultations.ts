// Consultations: create (JSON or streamed), read, annotate, list with filters, and their costs.
import { type SseEvent, StubError, sseStream } from '../../src/core/index.ts';
import type { Consultation, SageHandlers, SageState, UserRecord } from './env.ts';
import { consultationsOf, fitConsultations, userOf } from './env.ts';
import { invalid } from './envelope.ts';
import { chunks } from './interpretation.ts';
import { type ConsultationInput, type Made, makeConsultation } from './readings.ts';
import { costTotals, inPeriod, ratio } from './stats.ts';

const STREAM_HEADERS = { 'cache-control': 'no-cache', 'x-accel-buffering': 'no' };

/** hexagram, personality, the `ai` chunks, the `practical` chunks, complete. */
export function consultationEvents({ consultation, personality }: Made): SseEvent[] {
  const { personal, practical } = consultation.interpretations;
  const practicalText = `Next steps: ${practical.nextSteps.join('; ')}. Timeframe: ${practical.timeframe}.`;
  const sections = [
    ...chunks(personal.interpretation).map((chunk) => ({ chunk, section: 'ai' as const })),
    ...chunks(practicalText).map((chunk) => ({ chunk, section: 'practical' as const })),
  ];
  const { aiContext } = consultation;
  return [
    { event: 'hexagram', data: { hexagram: consultation.hexagramData } },
    { event: 'personality', data: personality },
    ...sections.map(({ chunk, section }, i) => ({ event: 'ai-chunk', data: { chunk, chunkIndex: i + 1, section } })),
    {
      event: 'complete',
      data: {
        consultation: {
          id: consultation.id,
          aiPersonalityState: consultation.aiPersonalityState,
          costOptimization: { cacheHit: aiContext.cacheHit, modelUsed: aiContext.modelUsed, cost: aiContext.costOptimization.actualCost },
        },
      },
    },
  ];
}

/** The caller's consultation; another user's is answered like an unknown one. */
function ownConsultation(state: SageState, user: UserRecord, id: string): Consultation {
  const consultation = state.consultations.get(id);
  if (!consultation || consultation.userId !== user.id) throw new StubError(404, `Consultation ${id} not found`, { code: 'NOT_FOUND' });
  return consultation;
}

function dayBound(value: string, end: boolean, field: string): number {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const t = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(t)) throw invalid(field, 'is not a valid date');
  return dateOnly && end ? t + 24 * 3600 * 1000 - 1 : t;
}

export const consultationHandlers = {
  'POST /api/consultation/create': (ctx) => {
    const user = userOf(ctx);
    const { question, category, culturalDepth, context, aiOptions } = ctx.body;
    const input: ConsultationInput = {
      question,
      category,
      culturalDepth,
      model: aiOptions?.modelPreference ?? 'auto',
      complexity: context?.complexity,
      urgency: context?.urgency,
      useCache: aiOptions?.useCache ?? true,
    };
    const made = makeConsultation(ctx.state, user, ctx.faker, ctx.now(), input);
    if (aiOptions?.streamResponse) {
      return ctx
        .reply(201)
        .stream(sseStream(consultationEvents(made), ctx.services.streamDelayMs), 'text/event-stream', { headers: STREAM_HEADERS });
    }
    return ctx.reply(201).json({ success: true, data: { consultation: made.consultation } });
  },

  'POST /api/consultation/create-stream': (ctx) => {
    const user = userOf(ctx);
    const { question, category, culturalDepth, preferredPersonality, context, aiOptions } = ctx.body;
    const made = makeConsultation(ctx.state, user, ctx.faker, ctx.now(), {
      question,
      category,
      culturalDepth,
      personality: preferredPersonality,
      urgency: context?.urgency,
      model: aiOptions?.forceModel ?? 'auto',
      useCache: aiOptions?.enableCaching ?? true,
    });
    return ctx
      .reply(201)
      .stream(sseStream(consultationEvents(made), ctx.services.streamDelayMs), 'text/event-stream', { headers: STREAM_HEADERS });
  },

  'GET /api/consultation/{consultationId}': (ctx) => {
    const consultation = ownConsultation(ctx.state, userOf(ctx), ctx.params.consultationId);
    return ctx.reply(200).json({ success: true, data: { consultation } });
  },

  'PATCH /api/consultation/{consultationId}': (ctx) => {
    const user = userOf(ctx);
    const consultation = ownConsultation(ctx.state, user, ctx.params.consultationId);
    const { userNotes, tags, rating } = ctx.body;
    if (ctx.body.favorite !== undefined && ctx.body.isBookmarked !== undefined && ctx.body.favorite !== ctx.body.isBookmarked) {
      throw invalid('body.isBookmarked', 'must equal favorite when both are sent (they are one flag)');
    }
    const favorite = ctx.body.favorite ?? ctx.body.isBookmarked;
    if (userNotes !== undefined) {
      if (userNotes === '') delete consultation.userNotes;
      else consultation.userNotes = userNotes;
    }
    if (tags !== undefined) consultation.tags = [...new Set(tags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    if (favorite !== undefined) {
      consultation.favorite = favorite;
      consultation.isBookmarked = favorite;
    }
    if (rating !== undefined) {
      consultation.rating = rating;
      consultation.analytics.userSatisfaction = rating;
    }
    consultation.updatedAt = ctx.now().toISOString();
    // Notes may make it larger: it counts again, and the user's oldest give way if need be.
    ctx.state.consultations.resize(consultation.id);
    fitConsultations(ctx.state, user);
    const { id, tags: stored, favorite: isFavorite, updatedAt } = consultation;
    return ctx.reply(200).json({
      success: true,
      data: {
        consultation: {
          id,
          ...(consultation.userNotes !== undefined ? { userNotes: consultation.userNotes } : {}),
          tags: stored,
          favorite: isFavorite,
          isBookmarked: isFavorite,
          ...(consultation.rating !== undefined ? { rating: consultation.rating } : {}),
          updatedAt,
        },
      },
    });
  },

  'GET /api/consultation/history': (ctx) => {
    const user = userOf(ctx);
    const { limit = 20, offset = 0, category, tags, startDate, endDate, favorite } = ctx.query;
    const from = startDate === undefined ? undefined : dayBound(startDate, false, 'query.startDate');
    const to = endDate === undefined ? undefined : dayBound(endDate, true, 'query.endDate');
    if (from !== undefined && to !== undefined && from > to) throw invalid('query.startDate', 'must not be after endDate');
    const wanted = (tags ?? '')
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    const matches = consultationsOf(ctx.state, user)
      .reverse()
      .filter((c) => {
        const t = Date.parse(c.createdAt);
        return (
          (category === undefined || c.category === category) &&
          wanted.every((tag) => c.tags.includes(tag)) &&
          (from === undefined || t >= from) &&
          (to === undefined || t <= to) &&
          (favorite === undefined || c.favorite === favorite)
        );
      });
    const page = matches.slice(offset, offset + limit).map((c) => ({
      id: c.id,
      question: c.question,
      category: c.category,
      hexagramData: { number: c.hexagramData.number, name: c.hexagramData.name, chineseName: c.hexagramData.chineseName },
      ...(c.userNotes !== undefined ? { userNotes: c.userNotes } : {}),
      tags: c.tags,
      favorite: c.favorite,
      ...(c.rating !== undefined ? { rating: c.rating } : {}),
      createdAt: c.createdAt,
    }));
    return ctx.reply(200).json({
      success: true,
      data: { consultations: page, pagination: { total: matches.length, limit, offset, hasMore: offset + page.length < matches.length } },
    });
  },

  'GET /api/consultation/costs': (ctx) => {
    const period = ctx.query.period ?? 'month';
    const totals = costTotals(inPeriod(consultationsOf(ctx.state, userOf(ctx)), period, ctx.now()));
    return ctx.reply(200).json({
      success: true,
      data: {
        costAnalytics: {
          period,
          totalConsultations: totals.total,
          costBreakdown: {
            totalSpent: totals.spent,
            avgPerConsultation: ratio(totals.spent, totals.total),
            cacheHitRate: ratio(totals.cacheHits, totals.total),
            savings: { totalSaved: totals.saved, savingsRate: ratio(totals.saved, totals.spent + totals.saved) },
          },
          modelUsage: totals.byModel,
        },
      },
    });
  },
} satisfies Partial<SageHandlers>;
