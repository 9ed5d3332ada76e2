// The prose's rate-limit table: authentication 5 a minute (per client address: register and
// login have no user yet), session messages 30 a minute, analytics 10 a minute and exports
// 5 an hour (per user). The core counts, answers 429 and adds the X-RateLimit-* headers.
import type { RateLimitInput, RateLimitRule } from '../../src/core/index.ts';
import type { CoachEnv } from './env.ts';

const MINUTE = 60_000;
const HOUR = 3_600_000;

const GROUPS: Record<string, { group: string; limit: number; windowMs: number; per: 'ip' | 'user' }> = {
  'POST /v1/auth/register': { group: 'auth', limit: 5, windowMs: MINUTE, per: 'ip' },
  'POST /v1/auth/login': { group: 'auth', limit: 5, windowMs: MINUTE, per: 'ip' },
  'POST /v1/auth/refresh': { group: 'auth', limit: 5, windowMs: MINUTE, per: 'ip' },
  'POST /v1/session/{id}/message': { group: 'messages', limit: 30, windowMs: MINUTE, per: 'user' },
  'POST /v1/conversation/stream': { group: 'messages', limit: 30, windowMs: MINUTE, per: 'user' },
  'POST /v1/analytics/mood': { group: 'analytics', limit: 10, windowMs: MINUTE, per: 'user' },
  'GET /v1/analytics/mood': { group: 'analytics', limit: 10, windowMs: MINUTE, per: 'user' },
  'GET /v1/analytics/insights': { group: 'analytics', limit: 10, windowMs: MINUTE, per: 'user' },
  'GET /v1/analytics/progress': { group: 'analytics', limit: 10, windowMs: MINUTE, per: 'user' },
  'POST /v1/journal/export': { group: 'export', limit: 5, windowMs: HOUR, per: 'user' },
};

export function rateLimitRules(input: RateLimitInput<CoachEnv['principal'], CoachEnv['state']>): RateLimitRule[] {
  const rule = GROUPS[input.operation.key];
  if (!rule) return [];
  const who = rule.per === 'user' && input.principal ? `user:${input.principal.userId}` : `ip:${input.clientAddress}`;
  return [{ key: `${who}:${rule.group}`, limit: rule.limit, windowMs: rule.windowMs }];
}
