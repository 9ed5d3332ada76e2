// Counts a request that creates a session or an account against the caller's address
// (session-creation.ts): past the limit, a 429 in the API's envelope, so that one client cannot
// evict every other user's session from the capped store. Off with the other rate limits.
import type { ApiRuntime } from '../api-runtime.ts';
import type { Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import type { StubReply } from '../reply.ts';
import { refuseSessionCreation } from '../session-creation.ts';

export function limitSessionCreation(api: ApiRuntime, x: Exchange, op: Operation): StubReply | undefined {
  if (!api.rateLimits) return undefined;
  const { cookies, world, clientAddress } = x;
  const input = { operation: op, cookies, state: world.state, clientAddress };
  // The stub's own protection, not the API's behaviour: its minute follows the wall clock, so
  // that under a fixed clock (--now) it still rolls and a long deterministic suite is not
  // refused for good after its 100th session. Its Retry-After is the one answer it can vary.
  const refusal = refuseSessionCreation(api.definition.createsSession, input, world.limiter, new Date());
  return refusal && api.errorReply(world, 429, refusal.message, refusal);
}
