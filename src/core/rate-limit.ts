// Rate limits as a pipeline stage (after authentication, before the handler): the API's
// definition names the rules that apply to a request; the core counts hits in fixed windows,
// answers 429 in the API's envelope when one is spent, and puts `X-RateLimit-*` headers on the
// answer. Counters live in the API instance and are cleared by a reset.
import type { Operation } from './document.ts';

export interface RateLimitRule {
  /** What is counted together: `ip:127.0.0.1:POST /api/start`, `user:42:consultation`. */
  key: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitState {
  rule: RateLimitRule;
  /** Hits in the current window, this one included. */
  count: number;
  remaining: number;
  resetAt: Date;
  exceeded: boolean;
}

export interface RateLimitInput<Principal, State> {
  operation: Operation;
  principal: Principal | undefined;
  headers: Record<string, string>;
  cookies: Record<string, string>;
  /** The caller's address (`127.0.0.1`); MSW has none and says `local`. */
  clientAddress: string;
  state: State;
  /** The instance's clock at this request (for headers counting down to the reset). */
  now: Date;
}

export interface RateLimitOptions<Principal, State> {
  /** The rules this request counts against; none means unlimited. */
  rules(input: RateLimitInput<Principal, State>): RateLimitRule[];
  /** Headers for the governing rule; default `X-RateLimit-Limit/Remaining/Reset` (Reset in unix seconds). */
  headers?(limit: RateLimitState, input: RateLimitInput<Principal, State>): Record<string, string>;
  /** The 429's message, code and envelope details; default `RATE_LIMIT_EXCEEDED` with `retryAfter`. */
  exceeded?(
    limit: RateLimitState,
    input: RateLimitInput<Principal, State>,
  ): { message: string; code?: string; details?: Record<string, unknown> };
}

export function defaultRateLimitHeaders(limit: RateLimitState): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit.rule.limit),
    'x-ratelimit-remaining': String(limit.remaining),
    'x-ratelimit-reset': String(Math.ceil(limit.resetAt.getTime() / 1000)),
  };
}

/** Whole seconds until the window resets, at least 1. */
export function retryAfterSeconds(limit: RateLimitState, now: Date): number {
  return Math.max(1, Math.ceil((limit.resetAt.getTime() - now.getTime()) / 1000));
}

const MAX_COUNTERS = 50_000;

export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  /**
   * Counts one hit against every rule and returns the governing one: the first exceeded
   * rule, else the one with the fewest hits left. A refused hit is not counted.
   */
  hit(rules: RateLimitRule[], now: Date): RateLimitState | undefined {
    const t = now.getTime();
    const states = rules.map((rule) => {
      const id = `${rule.key}|${rule.limit}|${rule.windowMs}`;
      let window = this.#windows.get(id);
      if (!window || t - window.start >= rule.windowMs) {
        window = { start: t, count: 0 };
        this.#windows.delete(id);
        this.#windows.set(id, window);
        this.#evict();
      }
      return { rule, window };
    });
    const spent = states.find(({ rule, window }) => window.count >= rule.limit);
    if (!spent) for (const { window } of states) window.count++;
    const view = ({ rule, window }: (typeof states)[number], exceeded: boolean): RateLimitState => ({
      rule,
      count: window.count + (exceeded ? 1 : 0),
      remaining: Math.max(0, rule.limit - window.count),
      resetAt: new Date(window.start + rule.windowMs),
      exceeded,
    });
    if (spent) return view(spent, true);
    const tightest = states.reduce<(typeof states)[number] | undefined>(
      (best, s) => (!best || s.rule.limit - s.window.count < best.rule.limit - best.window.count ? s : best),
      undefined,
    );
    return tightest ? view(tightest, false) : undefined;
  }

  clear(): void {
    this.#windows.clear();
  }

  /** Windows are kept in start order, so the oldest go first once there are too many. */
  #evict(): void {
    for (const id of this.#windows.keys()) {
      if (this.#windows.size <= MAX_COUNTERS) break;
      this.#windows.delete(id);
    }
  }
}
