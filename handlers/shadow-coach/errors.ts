// The error envelope `{"error":{"code","message","details","request_id","timestamp"}}`, with the
// prose's codes: the core's generic validation verdicts become VALIDATION_REQUIRED_FIELD,
// VALIDATION_OUT_OF_RANGE, VALIDATION_INVALID_FORMAT (or SESSION_INVALID_TYPE for an unknown
// session type), and every `details` key is snake_case, as the prose writes its fields.
import type { ErrorDetails, ValidationIssue } from '../../src/core/index.ts';

const BY_STATUS: Record<number, string> = {
  400: 'VALIDATION_INVALID_FORMAT',
  401: 'AUTH_INVALID_TOKEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  429: 'RATE_LIMIT_EXCEEDED',
  500: 'INTERNAL_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

function label(issue: ValidationIssue): string {
  return issue.field ? `${issue.in}.${issue.field}` : issue.in;
}

export function validationCode(issue: ValidationIssue): string {
  if (issue.in === 'body' && issue.field === 'session_type' && /allowed values/.test(issue.message)) return 'SESSION_INVALID_TYPE';
  if (issue.message === 'is required') return 'VALIDATION_REQUIRED_FIELD';
  if (/^must be [<>]=? |^must NOT have (more|fewer) than /.test(issue.message)) return 'VALIDATION_OUT_OF_RANGE';
  return 'VALIDATION_INVALID_FORMAT';
}

function codeFor({ status, code, issues }: ErrorDetails): string {
  const first = issues?.[0];
  if (first && (code === 'VALIDATION_ERROR' || code === 'MALFORMED_JSON')) return validationCode(first);
  return code && code !== 'VALIDATION_ERROR' ? code : (BY_STATUS[status] ?? 'ERROR');
}

function snakeKeys(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).map(([key, value]) => [key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), value]));
}

export function envelope(error: ErrorDetails) {
  const { issues, details, message, requestId, timestamp } = error;
  const first = issues?.[0];
  const fromIssues = first ? { field: label(first), issues: issues.map((issue) => ({ field: label(issue), message: issue.message })) } : {};
  return {
    error: {
      code: codeFor(error),
      message,
      details: details ? snakeKeys(details) : fromIssues,
      request_id: requestId,
      timestamp,
    },
  };
}
