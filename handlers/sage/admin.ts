// Admin operations, for the admin role only: the user listing over the stored accounts,
// edits of the per-state hexagram texts (later readings use them) and platform analytics
// computed from accounts, consultations and subscriptions.
import { StubError } from '../../src/core/index.ts';
import type { components } from '../../src/generated/sage.ts';
import type { Category, HexagramContent, SageHandlers, SageState, Tier, UserRecord } from './env.ts';
import { consultationsOf, hexagramContent, round4, userOf } from './env.ts';
import { PERIOD_DAYS, type Period } from './stats.ts';

type AdminUser = components['schemas']['AdminUser'];
type Analytics = components['schemas']['PlatformAnalyticsResponse']['data']['analytics'];

const DAY_MS = 24 * 3600 * 1000;
const ACTIVE_DAYS = 30;
const CATEGORIES: readonly Category[] = ['career', 'relationships', 'health', 'spiritual', 'general'];

function requireAdmin(ctx: { principal: { userId: string; sessionId: string } | undefined; state: SageState }): void {
  if (userOf(ctx).role !== 'admin') {
    throw new StubError(403, 'This operation is for administrators only', {
      code: 'AUTHORIZATION_ERROR',
      details: { requiredRole: 'admin' },
    });
  }
}

function lastActiveAt(state: SageState, user: UserRecord): string {
  const last = consultationsOf(state, user).at(-1)?.createdAt;
  return last && Date.parse(last) > Date.parse(user.lastLoginAt) ? last : user.lastLoginAt;
}

function adminUser(state: SageState, user: UserRecord, now: Date): AdminUser {
  const active = lastActiveAt(state, user);
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    subscriptionTier: user.tier,
    status: now.getTime() - Date.parse(active) <= ACTIVE_DAYS * DAY_MS ? 'active' : 'inactive',
    totalConsultations: consultationsOf(state, user).length,
    lastActiveAt: active,
    createdAt: user.createdAt,
  };
}

function adminHexagram(h: HexagramContent) {
  return {
    number: h.number,
    name: h.name,
    traditionalInterpretation: h.judgment,
    culturalNotes: h.culturalNotes,
    reviewedBy: h.reviewedBy,
    reviewDate: h.reviewDate,
    updatedAt: h.updatedAt,
  };
}

/**
 * A paid account's monthly-equivalent price in cents: its subscription's amount (a twelfth of
 * a yearly one, rounded); 0 for a cancelled one, which will not pay again. Every paid account
 * has its billing (seeded ones too), so `mrr` sums over the paid accounts `byTier` counts.
 */
function monthlyAmount(user: UserRecord): number {
  if (user.tier === 'free' || !user.billing || user.subscription?.status === 'cancelled') return 0;
  return user.billing.billingCycle === 'yearly' ? Math.round(user.billing.amount / 12) : user.billing.amount;
}

function platformAnalytics(state: SageState, period: Period, metrics: Set<string>, now: Date): Analytics {
  const today = Date.parse(`${now.toISOString().slice(0, 10)}T00:00:00Z`);
  const from = today - (PERIOD_DAYS[period] - 1) * DAY_MS;
  const inPeriod = (iso: string | undefined) => iso !== undefined && Date.parse(iso) >= from && Date.parse(iso) <= now.getTime();
  const users = [...state.users.values()];
  const analytics: Analytics = {
    period,
    dateRange: { start: new Date(from).toISOString().slice(0, 10), end: new Date(today).toISOString().slice(0, 10) },
  };
  const churned = users.filter((u) => inPeriod(u.churnedAt)).length;
  if (metrics.has('users')) {
    const byTier: Record<Tier, number> = { free: 0, premium: 0, pro: 0 };
    for (const u of users) byTier[u.tier]++;
    analytics.users = {
      total: users.length,
      new: users.filter((u) => inPeriod(u.createdAt)).length,
      active: users.filter((u) => inPeriod(lastActiveAt(state, u))).length,
      churned,
      byTier,
    };
  }
  if (metrics.has('consultations')) {
    const made = [...state.consultations.values()].filter((c) => inPeriod(c.createdAt));
    const ratings = made.flatMap((c) => (typeof c.rating === 'number' ? [c.rating] : []));
    const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
    for (const c of made) byCategory[c.category]++;
    analytics.consultations = {
      total: made.length,
      averageRating: ratings.length > 0 ? round4(ratings.reduce((a, b) => a + b, 0) / ratings.length) : 0,
      byCategory,
    };
  }
  if (metrics.has('revenue')) {
    // Every charge made in the period, by the tier it paid for: a replaced or ended
    // subscription keeps what it charged.
    const byTier = { premium: 0, pro: 0 };
    for (const charge of state.charges) if (inPeriod(charge.createdAt)) byTier[charge.tier] += charge.amount;
    const paid = users.filter((u) => u.tier !== 'free').length;
    analytics.revenue = {
      total: byTier.premium + byTier.pro,
      currency: 'usd',
      byTier,
      mrr: users.reduce((sum, u) => sum + monthlyAmount(u), 0),
      churnRate: paid + churned > 0 ? round4(churned / (paid + churned)) : 0,
    };
  }
  return analytics;
}

export const adminHandlers = {
  'GET /api/admin/users': (ctx) => {
    requireAdmin(ctx);
    const { limit = 50, offset = 0, tier, status } = ctx.query;
    const now = ctx.now();
    const matches = [...ctx.state.users.values()]
      .map((u) => adminUser(ctx.state, u, now))
      .filter((u) => (tier === undefined || u.subscriptionTier === tier) && (status === undefined || u.status === status))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.email.localeCompare(b.email));
    return ctx.reply(200).json({
      success: true,
      data: {
        users: matches.slice(offset, offset + limit),
        pagination: { total: matches.length, limit, offset, hasMore: offset + limit < matches.length },
      },
    });
  },

  'PATCH /api/admin/hexagrams/{hexagramNumber}': (ctx) => {
    requireAdmin(ctx);
    const hexagram = hexagramContent(ctx.state, ctx.params.hexagramNumber);
    const { traditionalInterpretation, culturalNotes, reviewedBy, reviewDate } = ctx.body;
    if (traditionalInterpretation !== undefined) hexagram.judgment = traditionalInterpretation;
    if (culturalNotes !== undefined) hexagram.culturalNotes = culturalNotes;
    if (reviewedBy !== undefined) hexagram.reviewedBy = reviewedBy;
    if (reviewDate !== undefined) hexagram.reviewDate = reviewDate;
    hexagram.updatedAt = ctx.now().toISOString();
    return ctx.reply(200).json({ success: true, data: { hexagram: adminHexagram(hexagram) } });
  },

  'GET /api/admin/analytics': (ctx) => {
    requireAdmin(ctx);
    const metrics = new Set((ctx.query.metrics ?? 'users,consultations,revenue').split(','));
    const analytics = platformAnalytics(ctx.state, ctx.query.period ?? 'month', metrics, ctx.now());
    return ctx.reply(200).json({ success: true, data: { analytics } });
  },
} satisfies Partial<SageHandlers>;
