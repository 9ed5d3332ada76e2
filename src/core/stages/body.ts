// Reads the request body as the operation declares it: 415, 413, malformed JSON and a missing
// required body are refused here, in that order (request-body.ts).
import type { ApiRuntime } from '../api-runtime.ts';
import type { Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import type { StubReply } from '../reply.ts';
import { parseRequestBody } from '../request-body.ts';
import { describeIssues } from '../validation.ts';
import { validationStatus } from './validate.ts';

export async function readBody(api: ApiRuntime, x: Exchange, op: Operation): Promise<StubReply | undefined> {
  const parsed = await parseRequestBody(x.request, op, x.verdict);
  if (!parsed.ok) {
    const { status, code, issues } = parsed;
    x.issues = issues;
    return api.errorReply(x.world, status === 400 ? validationStatus(op) : status, describeIssues(issues), {
      code,
      issues,
      operation: op.key,
    });
  }
  x.body = parsed.body;
  x.hasBody = parsed.hasBody;
  x.rawBody = parsed.raw;
  return undefined;
}
