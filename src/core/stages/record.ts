// Counts the answer in the instance's metrics and writes the request to the journal, with what
// a test may assert on: the request's headers and body, the answer's headers and body, and the
// context.
import type { ApiRuntime } from '../api-runtime.ts';
import type { Exchange } from '../exchange.ts';
import { isoTime } from '../iso-time.ts';
import type { StubReply } from '../reply.ts';

export function record(api: ApiRuntime, x: Exchange, reply: StubReply): void {
  const durationMs = Math.round((performance.now() - x.started) * 100) / 100;
  const operation = x.operation?.key ?? null;
  api.requestMetrics.record(operation, reply.status, durationMs);
  api.journal.record(
    {
      time: isoTime(api.now()),
      api: api.definition.id,
      method: x.request.method,
      path: x.url.pathname + x.url.search,
      operation,
      status: reply.status,
      durationMs,
      forced: x.forced,
      issues: x.issues,
      context: x.context ?? null,
      delayMs: x.delayMs,
      fault: x.fault ?? null,
    },
    {
      requestHeaders: x.request.headers,
      ...requestBodyOf(x),
      responseHeaders: reply.headers,
      responseBody: reply.body,
    },
  );
}

/** The body the core parsed, or the one the transport parsed of a request its validator refused. */
function requestBodyOf(x: Exchange): { hasBody: boolean; body: unknown } {
  if (x.hasBody || x.verdict?.kind !== 'invalid' || x.verdict.body === undefined) return { hasBody: x.hasBody, body: x.body };
  return { hasBody: true, body: x.verdict.body };
}
