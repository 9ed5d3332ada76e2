// The prose's rate-limit table: per IP (the client address) or per session (the cookie's
// session), fixed windows; headers add the prose's `X-RateLimit-RetryAfter`.
import type { RateLimitOptions, RateLimitRule } from '../../src/core/index.ts';
import { defaultRateLimitHeaders } from '../../src/core/index.ts';
import type { ScorecardEnv } from './env.ts';

const HOUR = 3600 * 1000;
const MINUTE = 60 * 1000;

const PER_IP: Record<string, { limit: number; windowMs: number }> = {
  'POST /api/assessment/start': { limit: 10, windowMs: HOUR },
  'POST /api/assessment/submit': { limit: 5, windowMs: HOUR },
  'GET /api/assessment/results/{assessmentId}': { limit: 50, windowMs: HOUR },
  'GET /api/assessment/resume': { limit: 20, windowMs: HOUR },
  'GET /api/health': { limit: 100, windowMs: MINUTE },
};
const SAVE_PROGRESS = 'POST /api/assessment/save-progress';

export const rateLimit: RateLimitOptions<ScorecardEnv['principal'], ScorecardEnv['state']> = {
  rules({ operation, principal, clientAddress }): RateLimitRule[] {
    if (operation.key === SAVE_PROGRESS) {
      return principal ? [{ key: `session:${principal.sessionId}:${operation.key}`, limit: 100, windowMs: HOUR }] : [];
    }
    const rule = PER_IP[operation.key];
    return rule ? [{ key: `ip:${clientAddress}:${operation.key}`, ...rule }] : [];
  },
  headers(limit, input) {
    const untilReset = Math.max(0, Math.ceil((limit.resetAt.getTime() - input.now.getTime()) / 1000));
    return { ...defaultRateLimitHeaders(limit), 'x-ratelimit-retryafter': String(untilReset) };
  },
  exceeded(limit, input) {
    const retryAfter = Math.max(1, Math.ceil((limit.resetAt.getTime() - input.now.getTime()) / 1000));
    const window = limit.rule.windowMs === HOUR ? 'hour' : 'minute';
    return {
      message: `Rate limit of ${limit.rule.limit} requests per ${window} exceeded; retry after ${retryAfter} s`,
      code: 'RATE_LIMIT_EXCEEDED',
      details: { retryAfter },
    };
  },
};
