// Health from real figures: this instance's uptime and its answers of the last minute (health
// checks excluded, so polling cannot feed on its own 503s), plus the simulated services.
import { document } from '../../src/generated/scorecard.document.ts';
import type { ScorecardHandlers } from './env.ts';

const HEALTH = 'GET /api/health';
/** Fewer answers than this in the window say nothing about health. */
const MIN_SAMPLE = 5;
const UNHEALTHY_ERROR_RATE = 50;
const DEGRADED_ERROR_RATE = 10;

const round2 = (n: number) => Math.round(n * 100) / 100;

export const healthHandlers = {
  'GET /api/health': (ctx) => {
    const answers = ctx.metrics.recent.filter((a) => a.operation !== HEALTH);
    const count = answers.length;
    const errors = answers.filter((a) => a.status >= 500).length;
    const errorRate = count === 0 ? 0 : round2((errors / count) * 100);
    const avgResponseTime = count === 0 ? 0 : round2(answers.reduce((sum, a) => sum + a.durationMs, 0) / count);
    const hubspot = ctx.state.hubspotFailNext ? 'down' : 'up';
    const sampled = count >= MIN_SAMPLE;
    const status =
      sampled && errorRate >= UNHEALTHY_ERROR_RATE
        ? 'unhealthy'
        : (sampled && errorRate >= DEGRADED_ERROR_RATE) || hubspot === 'down'
          ? 'degraded'
          : 'healthy';
    const body = {
      status,
      timestamp: ctx.now().toISOString(),
      version: document.info.version,
      uptime: Math.floor(ctx.metrics.uptimeMs / 1000),
      services: { database: 'up', hubspot, email: 'up' },
      performance: { avgResponseTime, requestsPerMinute: count, errorRate },
    } as const;
    return status === 'unhealthy' ? ctx.reply(503).json(body) : ctx.reply(200).json(body);
  },
} satisfies Partial<ScorecardHandlers>;
