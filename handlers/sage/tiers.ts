// The prose's rate-limit table (12.1), per user and endpoint group, counted by the core's
// limiter. Unlimited cells have no rule (and so no headers); the free tier's zeros (custom
// guidance, integrations) are the handlers' 402 (`requirePaidTier`), not a limit. The envelope
// adds `retryAfter` (from `resetAt`).
import type { RateLimitInput, RateLimitOptions, RateLimitState } from '../../src/core/index.ts';
import { defaultRateLimitHeaders, StubError } from '../../src/core/index.ts';
import type { SageEnv, SageState, Tier, UserRecord } from './env.ts';
import { UPGRADE_URL } from './env.ts';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;

interface Group {
  windowMs: number;
  window: string;
  label: string;
  limits: Partial<Record<Tier, number>>;
}

export const RATE_LIMITS = {
  consultation: { windowMs: HOUR_MS, window: '1 hour', label: 'consultation creation', limits: { free: 3, premium: 50, pro: 200 } },
  daily: { windowMs: DAY_MS, window: '1 day', label: 'daily guidance', limits: { free: 10 } },
  generate: { windowMs: DAY_MS, window: '1 day', label: 'custom guidance', limits: { premium: 5, pro: 20 } },
  user: { windowMs: HOUR_MS, window: '1 hour', label: 'user data', limits: { free: 100, premium: 500, pro: 1000 } },
  integration: { windowMs: HOUR_MS, window: '1 hour', label: 'integrations', limits: { premium: 10, pro: 50 } },
} as const satisfies Record<string, Group>;

type GroupName = keyof typeof RATE_LIMITS;

function groupOf(operationKey: string): GroupName | undefined {
  if (operationKey === 'POST /api/consultation/create' || operationKey === 'POST /api/consultation/create-stream') return 'consultation';
  if (operationKey === 'GET /api/guidance/daily') return 'daily';
  if (operationKey === 'POST /api/guidance/generate') return 'generate';
  if (operationKey.startsWith('GET /api/user/')) return 'user';
  if (operationKey.startsWith('POST /api/integration/')) return 'integration';
  return undefined;
}

/** The free tier's "0" cells: the feature is refused with 402 `SUBSCRIPTION_REQUIRED`. */
export function requirePaidTier(user: UserRecord, feature: string): void {
  if (user.tier !== 'free') return;
  throw new StubError(402, `${feature} needs the premium or pro tier`, {
    code: 'SUBSCRIPTION_REQUIRED',
    details: { tier: 'free', requiredTiers: ['premium', 'pro'], upgradeUrl: UPGRADE_URL },
  });
}

type Input = RateLimitInput<SageEnv['principal'], SageState>;

function tierOf(input: Input): Tier | undefined {
  return input.principal ? input.state.users.get(input.principal.userId)?.tier : undefined;
}

export const sageRateLimit: RateLimitOptions<SageEnv['principal'], SageState> = {
  rules(input) {
    const group = groupOf(input.operation.key);
    const tier = tierOf(input);
    if (!group || !tier || !input.principal) return [];
    const { limits, windowMs } = RATE_LIMITS[group] as Group;
    const limit = limits[tier];
    return limit === undefined ? [] : [{ key: `user:${input.principal.userId}:${group}`, limit, windowMs }];
  },
  headers(limit: RateLimitState, input) {
    return { ...defaultRateLimitHeaders(limit), 'x-ratelimit-tier': tierOf(input) ?? 'free' };
  },
  exceeded(limit, input) {
    const group = RATE_LIMITS[groupOf(input.operation.key) ?? 'user'];
    return {
      message: `Rate limit exceeded for ${group.label}`,
      code: 'RATE_LIMIT_EXCEEDED',
      details: {
        limit: limit.rule.limit,
        window: group.window,
        resetAt: limit.resetAt.toISOString(),
        upgradeUrl: UPGRADE_URL,
      },
    };
  },
};
