// Judges the request against its operation: the transport's verdict where it judged already
// (express-openapi-validator), else the core's compiled validator (the one MSW runs).
import type { ApiRuntime } from '../api-runtime.ts';
import type { Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import type { StubReply } from '../reply.ts';
import { describeIssues, type ValidationIssue } from '../validation.ts';

function issuesOf(api: ApiRuntime, x: Exchange, op: Operation): ValidationIssue[] {
  // A path id that is not valid percent-encoded UTF-8 cannot be judged against its schema.
  const undecodable = x.undecodable[0];
  if (undecodable !== undefined) return [{ in: 'path', field: undecodable, message: 'is not valid percent-encoded UTF-8' }];
  if (x.verdict) return x.verdict.kind === 'invalid' ? x.verdict.issues : [];
  const { params, query, headers, cookies, body, hasBody } = x;
  return api.compiled.requestValidator.validateRequest(op.key, { params, query, headers, cookies, body, hasBody });
}

/** 400, or 422 where the operation documents 422 for a bad request and not 400. */
export function validationStatus(op: Operation): 400 | 422 {
  return !op.responses.has('400') && op.responses.has('422') ? 422 : 400;
}

export function validate(api: ApiRuntime, x: Exchange, op: Operation): StubReply | undefined {
  const issues = issuesOf(api, x, op);
  if (issues.length === 0) return undefined;
  x.issues = issues;
  return api.errorReply(x.world, validationStatus(op), describeIssues(issues), { code: 'VALIDATION_ERROR', issues, operation: op.key });
}
