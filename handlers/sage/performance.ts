// Client performance metrics and UX events: stored per user (capped), answered with rule-based
// recommendations, and summarised over a period from exactly what was sent.
import type { components } from '../../src/generated/sage.ts';
import type { MetricType, SageHandlers } from './env.ts';
import { consultationsOf, userOf } from './env.ts';
import { invalid } from './envelope.ts';
import { PERIOD_DAYS, type Period } from './stats.ts';

type Bottleneck = components['schemas']['PerformanceSummaryResponse']['data']['systemMetrics']['bottlenecks'][number];

const MAX_PER_USER = 1_000;
const DAY_MS = 24 * 3600 * 1000;

function recommendationsFor(type: MetricType, value: number): string[] {
  if (type === 'animation_fps' && value < 50) {
    return [
      'Consider reducing animation complexity on this device',
      ...(value < 30 ? ['GPU acceleration recommended for smoother performance'] : []),
    ];
  }
  if (type === 'load_time' && value > 2000) return ['Use progressive loading for the consultation view'];
  if (type === 'streaming_latency' && value > 300) return ['Consider enabling caching for repeat consultations'];
  if (type === 'memory_usage' && value > 80) return ['Reduce concurrent animations to save memory'];
  return [];
}

function average(values: number[]): number {
  return values.length > 0 ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : 0;
}

function capped<T>(list: T[]): T[] {
  return list.length > MAX_PER_USER ? list.slice(-MAX_PER_USER) : list;
}

export const performanceHandlers = {
  'POST /api/analytics/performance': (ctx) => {
    const user = userOf(ctx);
    const { userId, metricType, metricValue } = ctx.body;
    if (userId !== undefined && userId !== user.id) throw invalid('body.userId', 'must be your own user id');
    user.metrics = capped([...(user.metrics ?? []), { type: metricType, value: metricValue, at: ctx.now().toISOString() }]);
    ctx.state.users.resize(user.id);
    return ctx.reply(201).json({
      success: true,
      data: {
        metricId: `metric_${ctx.faker.string.alphanumeric({ length: 12, casing: 'lower' })}`,
        status: 'recorded',
        recommendations: recommendationsFor(metricType, metricValue),
      },
    });
  },

  'POST /api/analytics/ux': (ctx) => {
    const user = userOf(ctx);
    const { satisfaction, duration, context, aiPersonality } = ctx.body;
    user.uxEvents = capped([...(user.uxEvents ?? []), { satisfaction: satisfaction ?? null, at: ctx.now().toISOString() }]);
    ctx.state.users.resize(user.id);
    const personality = aiPersonality ?? user.preferences.aiPersonalityPreference;
    const insights: string[] = [];
    if (duration !== undefined && duration >= 5 * 60_000 && duration <= 20 * 60_000)
      insights.push(`Consultation duration optimal for ${personality} personality`);
    if (duration !== undefined && duration > 30 * 60_000) insights.push('Long session: suggest a mindful break');
    if (satisfaction !== undefined && satisfaction >= 4) insights.push('High satisfaction suggests good personality match');
    if (satisfaction !== undefined && satisfaction <= 2) insights.push('Low satisfaction: try another AI personality');
    if (context?.hadErrors) insights.push('Errors interrupted the flow; they lower satisfaction');
    return ctx
      .reply(201)
      .json({ success: true, data: { eventId: `event_${ctx.faker.string.alphanumeric({ length: 12, casing: 'lower' })}`, insights } });
  },

  'GET /api/analytics/performance/summary': (ctx) => {
    const user = userOf(ctx);
    const period: Period = ctx.query.period ?? 'month';
    const from = ctx.now().getTime() - PERIOD_DAYS[period] * DAY_MS;
    const metrics = (user.metrics ?? []).filter((m) => Date.parse(m.at) > from);
    const of = (type: MetricType) => average(metrics.filter((m) => m.type === type).map((m) => m.value));
    const ratings = (user.uxEvents ?? [])
      .filter((e) => Date.parse(e.at) > from)
      .flatMap((e) => (e.satisfaction === null ? [] : [e.satisfaction]));
    const userMetrics = {
      averageLoadTime: of('load_time'),
      averageStreamingLatency: of('streaming_latency'),
      averageFps: of('animation_fps'),
      engagementScore: ratings.length > 0 ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length / 5) * 100) / 100 : 0,
    };
    const bottlenecks: Bottleneck[] = [];
    const suggested: string[] = [];
    if (userMetrics.averageStreamingLatency > 300) {
      bottlenecks.push({
        type: 'network_latency',
        severity: userMetrics.averageStreamingLatency > 1000 ? 'high' : 'medium',
        recommendation: 'Consider enabling caching for repeat consultations',
      });
      suggested.push('Enable response caching');
    }
    if (userMetrics.averageLoadTime > 2000) {
      bottlenecks.push({ type: 'load_time', severity: 'medium', recommendation: 'Load the consultation view progressively' });
      suggested.push('Use progressive loading');
    }
    if (userMetrics.averageFps > 0 && userMetrics.averageFps < 50) {
      bottlenecks.push({
        type: 'rendering',
        severity: userMetrics.averageFps < 30 ? 'high' : 'medium',
        recommendation: 'Reduce animation complexity',
      });
      suggested.push('Enable GPU acceleration');
    }
    const cached = consultationsOf(ctx.state, user).some((c) => c.aiContext.cacheHit);
    return ctx.reply(200).json({
      success: true,
      data: {
        userMetrics,
        systemMetrics: { overallPerformance: bottlenecks.length === 0 ? 'good' : bottlenecks.length === 1 ? 'fair' : 'poor', bottlenecks },
        optimizations: { suggested, applied: cached ? ['Response caching'] : [], impact: { loadTimeImprovement: 0, fpsImprovement: 0 } },
      },
    });
  },
} satisfies Partial<SageHandlers>;
