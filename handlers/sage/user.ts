// The user's profile (the one shape carrying both of the prose's), its patch with deep-merged
// preferences, analytics computed from the stored consultations, and cultural progression.
import type { components } from '../../src/generated/sage.ts';
import { CONSULTATIONS_FOR_DEPTH_2 } from './ai.ts';
import type { Category, SageHandlers, SageState, UserRecord } from './env.ts';
import { consultationsOf, userOf } from './env.ts';
import { invalid } from './envelope.ts';
import { mergePreferences } from './preferences.ts';
import { averageRating, mostFrequent, PERIOD_DAYS, streaks } from './stats.ts';

type Profile = components['schemas']['Profile'];

const CATEGORIES: readonly Category[] = ['career', 'relationships', 'health', 'spiritual', 'general'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const DAY_MS = 24 * 3600 * 1000;

/** What level 2 brings: what advancing offers at level 1, what the user has at level 2. */
const DEPTH_2_BENEFITS: readonly string[] = [
  'Access to traditional Chinese text with pinyin',
  'Deeper cultural context in interpretations',
  'Historical background for hexagrams',
];

export function profileOf(state: SageState, user: UserRecord, now: Date): Profile {
  const consultations = consultationsOf(state, user);
  const { current, longest } = streaks(consultations, now);
  const favoriteCategory = mostFrequent(consultations.map((c) => c.category)) ?? null;
  const rating = averageRating(consultations) ?? 0;
  const statistics = {
    totalConsultations: consultations.length,
    currentStreak: current,
    longestStreak: longest,
    favoriteCategory,
    averageRating: rating,
    joinDate: user.createdAt,
  };
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    subscriptionTier: user.tier,
    // A copy, nested groups too: merging nothing makes one for a fraction of structuredClone's cost.
    preferences: mergePreferences(user.preferences, {}),
    analytics: {
      ...statistics,
      favoritePersonality: mostFrequent(consultations.map((c) => c.aiPersonalityState)) ?? null,
      averageSessionDuration: 0,
      culturalProgressionDate: user.culturalProgressionDate,
    },
    statistics,
    ...(user.subscription ? { subscription: { ...user.subscription } } : {}),
    onboardingCompleted: user.onboardingCompleted,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    lastLoginAt: user.lastLoginAt,
  };
}

function isoDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export const userHandlers = {
  'GET /api/user/profile': (ctx) => ctx.reply(200).json({ success: true, data: { user: profileOf(ctx.state, userOf(ctx), ctx.now()) } }),

  'PATCH /api/user/profile': (ctx) => {
    const user = userOf(ctx);
    const { displayName, onboardingCompleted, preferences } = ctx.body;
    const merged = preferences ? mergePreferences(user.preferences, preferences) : user.preferences;
    if (displayName !== undefined) user.displayName = displayName;
    if (onboardingCompleted !== undefined) user.onboardingCompleted = onboardingCompleted;
    user.preferences = merged;
    user.updatedAt = ctx.now().toISOString();
    ctx.state.users.resize(user.id);
    return ctx.reply(200).json({ success: true, data: { user: profileOf(ctx.state, user, ctx.now()) } });
  },

  'GET /api/user/analytics': (ctx) => {
    const user = userOf(ctx);
    const period = ctx.query.period ?? 'month';
    const today = Date.parse(`${ctx.now().toISOString().slice(0, 10)}T00:00:00Z`);
    const { startDate, endDate } = ctx.query;
    const end = endDate
      ? Date.parse(`${endDate}T00:00:00Z`)
      : startDate
        ? Date.parse(`${startDate}T00:00:00Z`) + (PERIOD_DAYS[period] - 1) * DAY_MS
        : today;
    const start = startDate ? Date.parse(`${startDate}T00:00:00Z`) : end - (PERIOD_DAYS[period] - 1) * DAY_MS;
    if (start > end) throw invalid('query.startDate', 'must not be after endDate');
    const all = consultationsOf(ctx.state, user);
    const inRange = all.filter((c) => {
      const t = Date.parse(c.createdAt);
      return t >= start && t < end + DAY_MS;
    });
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, inRange.filter((x) => x.category === c).length]));
    const counts = new Map<number, { number: number; name: string; count: number }>();
    for (const { hexagramData: h } of inRange) {
      const entry = counts.get(h.number) ?? { number: h.number, name: h.name, count: 0 };
      entry.count++;
      counts.set(h.number, entry);
    }
    const favoriteHexagrams = [...counts.values()].sort((a, b) => b.count - a.count || a.number - b.number).slice(0, 3);
    const keywordCounts = new Map<string, number>();
    for (const c of inRange) {
      for (const k of ctx.state.hexagrams[c.hexagramData.number - 1]?.keywords ?? []) keywordCounts.set(k, (keywordCounts.get(k) ?? 0) + 1);
    }
    const rating = averageRating(inRange);
    const day = mostFrequent(inRange.map((c) => new Date(c.createdAt).getUTCDay()));
    const hour = mostFrequent(inRange.map((c) => new Date(c.createdAt).getUTCHours()));
    const main = mostFrequent(inRange.map((c) => c.category));
    const missing = CATEGORIES.filter((c) => c !== 'general' && byCategory[c] === 0);
    return ctx.reply(200).json({
      success: true,
      data: {
        analytics: {
          period,
          startDate: isoDate(start),
          endDate: isoDate(end),
          consultations: {
            total: inRange.length,
            byCategory,
            ...(rating !== undefined ? { avgRating: rating } : {}),
            favoriteHexagrams,
          },
          patterns: {
            ...(day !== undefined ? { mostActiveDay: WEEKDAYS[day] } : {}),
            ...(hour !== undefined
              ? { preferredTime: `${String(hour).padStart(2, '0')}:00-${String((hour + 1) % 24).padStart(2, '0')}:00` }
              : {}),
            consultationStreak: streaks(all, ctx.now()).current,
            themes: [...keywordCounts]
              .sort((a, b) => b[1] - a[1])
              .slice(0, 3)
              .map(([k]) => k),
          },
          insights: {
            personalGrowth:
              main === undefined
                ? 'No consultations in this period yet; a first question is the beginning of the path.'
                : `You've shown a focus on ${main} questions (${byCategory[main]} of ${inRange.length}) in this period.`,
            recommendations: [
              ...(missing.length > 0 && inRange.length > 0
                ? [`Consider exploring ${missing[0]}-focused consultations for more balanced guidance`]
                : []),
              ...(rating !== undefined && rating >= 4
                ? ['Your high rating of consultations suggests strong alignment with I Ching wisdom']
                : []),
              ...(rating === undefined ? ['Rate your consultations to see how well the readings fit'] : []),
            ],
          },
        },
      },
    });
  },

  'POST /api/user/cultural-progression': (ctx) => {
    const user = userOf(ctx);
    const { action, currentLevel } = ctx.body;
    const level = user.preferences.culturalDepth;
    if (currentLevel !== level) throw invalid('body.currentLevel', `is ${currentLevel}, but the user is at level ${level}`);
    const needed = Math.max(0, CONSULTATIONS_FOR_DEPTH_2 - consultationsOf(ctx.state, user).length);
    const at = ctx.now().toISOString();
    if (action === 'advance' && level === 1 && needed === 0) {
      user.preferences.culturalDepth = 2;
      user.culturalProgressionDate = at;
      user.updatedAt = at;
    } else if (action === 'revert' && level === 2) {
      user.preferences.culturalDepth = 1;
      user.updatedAt = at;
    }
    ctx.state.users.resize(user.id);
    const now = user.preferences.culturalDepth;
    return ctx.reply(200).json({
      success: true,
      data: {
        currentLevel: now,
        canAdvance: now === 1 && needed === 0,
        requirements: {
          consultationsNeeded: now === 1 ? needed : 0,
          culturalKnowledgeAssessment: true,
          timeRequirement: '30 days at level 1',
        },
        benefits: [...DEPTH_2_BENEFITS],
      },
    });
  },
} satisfies Partial<SageHandlers>;
