// Sessions (and accounts) are capped per API, least recently used first, so that a long run
// cannot grow the store without bound. Without a limit on creating them, one client that
// creates sessions fast enough (1,100 in 3 s) evicts every other user's. An API's definition
// says which requests create one (`createsSession`); the core counts them per client address,
// at most SESSION_CREATIONS_PER_MINUTE, and refuses the rest with a 429 in the API's envelope
// and `Retry-After`. Answers under the limit carry no header: the limit is far above what a
// person or a test suite needs. Off with the other rate limits (`--no-rate-limits`).
import type { Operation } from './document.ts';
import { type RateLimiter, retryAfterSeconds } from './rate-limit.ts';

export const SESSION_CREATIONS_PER_MINUTE = 100;
const WINDOW_MS = 60_000;

export interface SessionCreationInput<State> {
  operation: Operation;
  cookies: Record<string, string>;
  state: State;
}

/** Whether a request (already validated and authenticated) would create a session or an account. */
export type CreatesSession<State> = (input: SessionCreationInput<State>) => boolean;

export interface SessionCreationRefusal {
  message: string;
  code: string;
  details: { retryAfter: number };
  headers: Record<string, string>;
}

/** Counts a request that creates a session against its address; the refusal once the minute's budget is spent. */
export function refuseSessionCreation<State>(
  createsSession: CreatesSession<State> | undefined,
  input: SessionCreationInput<State> & { clientAddress: string },
  limiter: RateLimiter,
  now: Date,
): SessionCreationRefusal | undefined {
  if (!createsSession?.(input)) return undefined;
  const rule = { key: `session-creation:${input.clientAddress}`, limit: SESSION_CREATIONS_PER_MINUTE, windowMs: WINDOW_MS };
  const limit = limiter.hit([rule], now);
  if (!limit?.exceeded) return undefined;
  const retryAfter = retryAfterSeconds(limit, now);
  return {
    message: `Too many sessions created from this address: at most ${SESSION_CREATIONS_PER_MINUTE} a minute; retry after ${retryAfter} s`,
    code: 'RATE_LIMIT_EXCEEDED',
    details: { retryAfter },
    headers: { 'retry-after': String(retryAfter) },
  };
}
