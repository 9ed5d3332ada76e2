// Counts the request against the definition's rate-limit rules (after authentication, so rules
// can be per user): 429 with `Retry-After` when one is spent, else `X-RateLimit-*` headers for
// the handler's answer.
import type { ApiRuntime } from '../api-runtime.ts';
import type { Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import { defaultRateLimitHeaders, retryAfterSeconds } from '../rate-limit.ts';
import type { StubReply } from '../reply.ts';

export function rateLimit(api: ApiRuntime, x: Exchange, op: Operation): StubReply | undefined {
  const config = api.definition.rateLimit;
  if (!config || !api.rateLimits) return undefined;
  const at = api.now();
  const { principal, headers, cookies, clientAddress, world } = x;
  const input = { operation: op, principal, headers, cookies, clientAddress, state: world.state, now: at };
  const limit = world.limiter.hit(config.rules(input), at);
  if (!limit) return undefined;
  const limitHeaders = (config.headers ?? defaultRateLimitHeaders)(limit, input);
  x.limitHeaders = limitHeaders;
  if (!limit.exceeded) return undefined;
  const retryAfter = retryAfterSeconds(limit, at);
  const refusal = config.exceeded?.(limit, input) ?? {
    message: `Rate limit of ${limit.rule.limit} requests per ${limit.rule.windowMs / 1000} s exceeded; retry after ${retryAfter} s`,
    code: 'RATE_LIMIT_EXCEEDED',
    details: { retryAfter },
  };
  return api.errorReply(world, 429, refusal.message, { ...refusal, headers: { ...limitHeaders, 'retry-after': String(retryAfter) } });
}
