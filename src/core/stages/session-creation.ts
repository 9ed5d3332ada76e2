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
  const refusal = refuseSessionCreation(api.definition.createsSession, input, world.limiter, api.now());
  return refusal && api.errorReply(world, 429, refusal.message, refusal);
}
