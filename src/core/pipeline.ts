// The stages one request to an API passes, in order. Each stage is a small function in
// `stages/`: it reads the exchange (exchange.ts), fills in what it finds, and returns an answer
// to stop there, or nothing to go on. A new stage goes where its place in this list says;
// src/README.md draws the list.
import type { ApiRuntime } from './api-runtime.ts';
import { STATUS_TEXT } from './envelope.ts';
import type { Exchange } from './exchange.ts';
import { StubReply, withHeaders } from './reply.ts';
import { authenticate } from './stages/authenticate.ts';
import { readBody } from './stages/body.ts';
import { checkResponse } from './stages/check-response.ts';
import { refuseContext } from './stages/context.ts';
import { allowOrigin, preflight } from './stages/cors.ts';
import { documentAnswer } from './stages/document-answer.ts';
import { faultAnswer } from './stages/fault.ts';
import { forcedAnswer } from './stages/forced-answer.ts';
import { callHandler } from './stages/handler.ts';
import { latency } from './stages/latency.ts';
import { networkConditions } from './stages/network.ts';
import { readParameters } from './stages/parameters.ts';
import { rateLimit } from './stages/rate-limit.ts';
import { record } from './stages/record.ts';
import { route } from './stages/route.ts';
import { limitSessionCreation } from './stages/session-creation.ts';
import { validate } from './stages/validate.ts';

/** From the operation's route to the handler's answer, or the document's where it has no handler. */
async function respond(api: ApiRuntime, x: Exchange): Promise<StubReply> {
  const operation = route(api, x);
  if (operation instanceof StubReply) return operation;
  return (
    networkConditions(api, x, operation) ??
    (x.delayMs > 0 ? await latency(x) : undefined) ??
    faultAnswer(api, x, operation) ??
    forcedAnswer(api, x, operation) ??
    (await readBody(api, x, operation)) ??
    readParameters(x, operation) ??
    validate(api, x, operation) ??
    (await authenticate(api, x, operation)) ??
    limitSessionCreation(api, x, operation) ??
    rateLimit(api, x, operation) ??
    (await callHandler(api, x, operation)) ??
    documentAnswer(api, x, operation)
  );
}

/**
 * A CORS preflight is answered before routing (no operation documents `OPTIONS`); every other
 * request is routed and answered, its answer checked against the contract, then recorded as it goes out.
 */
export async function runPipeline(api: ApiRuntime, x: Exchange): Promise<StubReply> {
  let reply: StubReply;
  try {
    reply = preflight(api, x) ?? refuseContext(api, x) ?? checkResponse(api, x, await respond(api, x));
  } catch (error) {
    reply = unexpected(api, x, error);
  }
  const answer = allowOrigin(api, x, withHeaders(reply, api.definition.responseHeaders));
  if (!x.internal) record(api, x, answer);
  return answer;
}

/** A failure of the stub itself: never a stack trace on the wire; the operator sees it on stderr. */
function unexpected(api: ApiRuntime, x: Exchange, error: unknown): StubReply {
  console.error(`[${api.definition.id}] ${x.request.method} ${x.path}:`, error);
  x.operation = null;
  x.forced = false;
  x.issues = [];
  return api.errorReply(x.world, 500, STATUS_TEXT[500] ?? 'Internal Server Error', { code: 'INTERNAL_ERROR' });
}
