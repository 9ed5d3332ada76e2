// Analytics computed from what the user stored: mood entries, sessions and their summaries.
import { itemBytes } from '../../src/core/index.ts';
import type { CoachHandlers, MoodRecord } from './env.ts';
import { capArray, dateRange, durationMinutes, fitUser, inRange, MAX_MOODS_PER_USER, newId, userOf } from './env.ts';
import { activityTrend, bucketOf, mean, moodHistory, round2, trendOf } from './mood-stats.ts';

const DAY_MS = 86_400_000;

function lastDays(now: Date, days: number) {
  return { start: new Date(now.getTime() - days * DAY_MS), end: now };
}

export const analyticsHandlers = {
  'POST /v1/analytics/mood': (ctx) => {
    const owner = userOf(ctx);
    const now = ctx.now();
    const mood: MoodRecord = {
      id: newId('mood', ctx.faker),
      score: ctx.body.mood_score,
      timestamp: ctx.body.timestamp ? new Date(ctx.body.timestamp) : now,
      createdAt: now,
      notes: ctx.body.notes ?? null,
    };
    owner.moods.push(mood);
    fitUser(ctx.state, owner, itemBytes(mood) - capArray(owner.moods, MAX_MOODS_PER_USER));
    return ctx.reply(201).json({
      mood_id: mood.id,
      mood_score: mood.score,
      timestamp: mood.timestamp.toISOString(),
      created_at: mood.createdAt.toISOString(),
    });
  },

  'GET /v1/analytics/mood': (ctx) => {
    const owner = userOf(ctx);
    const range = dateRange(ctx.query, lastDays(ctx.now(), 30));
    const entries = owner.moods.filter((m) => inRange(m.timestamp, range));
    return ctx.reply(200).json(moodHistory(entries, ctx.query.granularity ?? 'day'));
  },

  'GET /v1/analytics/insights': (ctx) => {
    const owner = userOf(ctx);
    const range = dateRange(ctx.query, lastDays(ctx.now(), 30));
    const sessions = [...owner.sessions.values()].filter((s) => inRange(s.startedAt, range));
    const byWeek = new Map<string, number>();
    const byTag = new Map<string, number>();
    let total = 0;
    for (const s of sessions) {
      if (!s.summary) continue;
      total += s.summary.insights.length;
      if (s.summary.insights.length > 0) {
        const week = bucketOf(s.startedAt, 'week');
        byWeek.set(week, (byWeek.get(week) ?? 0) + s.summary.insights.length);
      }
      for (const tag of new Set(s.summary.tags)) byTag.set(tag, (byTag.get(tag) ?? 0) + 1);
    }
    const types = { 'check-in': 0, gentle_deep: 0, micro_practice: 0 };
    for (const s of sessions) types[s.type]++;
    return ctx.reply(200).json({
      insight_frequency: {
        total,
        by_week: [...byWeek].sort(([a], [b]) => (a < b ? -1 : 1)).map(([week, count]) => ({ week, count })),
      },
      tag_distribution: [...byTag].sort(([ta, a], [tb, b]) => b - a || (ta < tb ? -1 : 1)).map(([tag, count]) => ({ tag, count })),
      session_types: types,
    });
  },

  'GET /v1/analytics/progress': (ctx) => {
    const owner = userOf(ctx);
    const now = ctx.now();
    const sessions = [...owner.sessions.values()];
    const completed = sessions.filter((s) => s.summary !== null);
    const moods = [...owner.moods].sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime()).map((m) => m.score);
    const recent = lastDays(now, 7);
    const before = { start: new Date(now.getTime() - 14 * DAY_MS), end: new Date(now.getTime() - 7 * DAY_MS - 1) };
    const startedIn = (r: { start: Date; end: Date }) => sessions.filter((s) => inRange(s.startedAt, r)).length;
    const userMessagesIn = (r: { start: Date; end: Date }) =>
      sessions.flatMap((s) => s.messages).filter((m) => m.role === 'user' && inRange(new Date(m.timestamp), r)).length;
    const moodTrend = trendOf(moods);
    return ctx.reply(200).json({
      user_id: owner.user.user_id,
      period: { start: owner.user.created_at, end: now.toISOString() },
      summary: {
        total_sessions: sessions.length,
        total_duration_minutes: completed.reduce((sum, s) => sum + (durationMinutes(s) ?? 0), 0),
        average_mood: moods.length > 0 ? round2(mean(moods)) : null,
        mood_trend: moodTrend,
        insights_count: completed.reduce((sum, s) => sum + (s.summary?.insights.length ?? 0), 0),
        experiments_completed: completed.filter((s) => s.step >= 5).length,
      },
      trends: {
        mood: moodTrend,
        session_frequency: activityTrend(startedIn(recent), startedIn(before)),
        engagement: activityTrend(userMessagesIn(recent), userMessagesIn(before)),
      },
    });
  },
} satisfies Partial<CoachHandlers>;
