// Answers the client chose instead of the handler's (`Prefer: code=, example=, dynamic=, seed=`
// or the `__` query fallback): taken from the document (forced.ts) before the request is read.
import type { ApiRuntime } from '../api-runtime.ts';
import type { Operation } from '../document.ts';
import { StubError } from '../envelope.ts';
import type { Exchange } from '../exchange.ts';
import { forcedReply } from '../forced.ts';
import { isForced, preferencesFrom } from '../prefer.ts';
import type { StubReply } from '../reply.ts';
import { createFaker } from '../seeded-faker.ts';

/** Marks answers to a control the client got wrong; they are outside every contract. */
export const CONTROL_HEADER = 'contract-stubs-control';

export function forcedAnswer(api: ApiRuntime, x: Exchange, op: Operation): StubReply | undefined {
  const { request, url, world } = x;
  // Most requests carry neither a Prefer header nor a `__` query control (`%5F` decoded): no query to parse.
  if (request.headers.prefer === undefined && !/_|%5f/i.test(url.search)) return undefined;
  const prefs = preferencesFrom(request.headers.prefer, url.searchParams);
  if (!isForced(prefs)) return undefined;
  x.forced = true;
  try {
    return forcedReply(op, prefs, {
      document: api.definition.document,
      faker: (seed) => (seed === undefined ? world.faker : createFaker(seed)),
      errorReply: (status, message) => api.errorReply(world, status, message, { operation: op.key }),
    });
  } catch (error) {
    if (!(error instanceof StubError)) throw error;
    // A Prefer asking for what the document lacks: the control's refusal, not the operation's
    // answer (contract coverage must not count it).
    x.operation = null;
    return api.errorReply(world, error.status, error.message, {
      ...(error.code ? { code: error.code } : {}),
      headers: { [CONTROL_HEADER]: 'prefer-refused' },
    });
  }
}
