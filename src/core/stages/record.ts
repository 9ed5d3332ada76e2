// Counts the answer in the instance's metrics and writes the request to the journal.
import type { ApiRuntime } from '../api-runtime.ts';
import type { Exchange } from '../exchange.ts';
import { isoTime } from '../iso-time.ts';
import type { StubReply } from '../reply.ts';

export function record(api: ApiRuntime, x: Exchange, reply: StubReply): void {
  const durationMs = Math.round((performance.now() - x.started) * 100) / 100;
  const operation = x.operation?.key ?? null;
  api.requestMetrics.record(operation, reply.status, durationMs);
  api.journal.record({
    time: isoTime(api.now()),
    api: api.definition.id,
    method: x.request.method,
    path: x.url.pathname + x.url.search,
    operation,
    status: reply.status,
    durationMs,
    forced: x.forced,
    issues: x.issues,
    delayMs: x.delayMs,
    fault: x.fault ?? null,
  });
}
