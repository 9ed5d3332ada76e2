// Under `--strict`, judges every JSON answer of an operation against the document: an answer
// outside the contract becomes a 500 that says what was wrong (the stub's bug, never the client's).
import type { ApiRuntime } from '../api-runtime.ts';
import type { Exchange } from '../exchange.ts';
import type { StubReply } from '../reply.ts';
import { describeIssues } from '../validation.ts';
import { CONTROL_HEADER } from './forced-answer.ts';

export function checkResponse(api: ApiRuntime, x: Exchange, reply: StubReply): StubReply {
  const { operation } = x;
  // An injected fault is off-contract on purpose (an undeclared 503, a cut body); a refusal with
  // a status the document lacks (a 415 where it lists none) is the client's breach, marked as
  // outside the contract (undocumented.ts), not the stub's.
  if (!api.strict || !operation || reply.json === undefined || x.fault || reply.headers.has(CONTROL_HEADER)) return reply;
  const contentType = reply.headers.get('content-type') ?? '';
  const issues = api.compiled.responseValidator.validateResponse(operation.key, reply.status, contentType, reply.json);
  if (issues.length === 0) return reply;
  x.issues = issues;
  return api.errorReply(x.world, 500, `The stub answered outside the contract (${reply.status}): ${describeIssues(issues)}`, {
    code: 'OFF_CONTRACT',
  });
}
