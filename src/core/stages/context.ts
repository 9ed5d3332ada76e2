// A `contract-stubs-context` header that names no valid context is refused before anything
// else, in the API's own envelope naming the header (the name rules: contexts.ts). Like a
// refused `Prefer`, the answer is marked as a control the client got wrong: it is outside the
// contract of the operation it was sent to.
import type { ApiRuntime } from '../api-runtime.ts';
import type { Exchange } from '../exchange.ts';
import type { StubReply } from '../reply.ts';
import { describeIssues } from '../validation.ts';
import { CONTROL_HEADER } from './forced-answer.ts';

export function refuseContext(api: ApiRuntime, x: Exchange): StubReply | undefined {
  if (x.contextIssue === undefined) return undefined;
  x.issues = [x.contextIssue];
  return api.errorReply(x.world, 400, describeIssues(x.issues), {
    code: 'VALIDATION_ERROR',
    issues: x.issues,
    headers: { [CONTROL_HEADER]: 'context-refused' },
  });
}
