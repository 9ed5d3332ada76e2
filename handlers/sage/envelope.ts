// sage's error envelope: `{"success":false,"error":{code,message,details,wisdom,recovery,context,
// requestId,timestamp}}`. The core's generic codes and bare statuses are mapped onto the prose's
// code table (11.3), and every code carries its wisdom (fixtures/sage/wisdom.ts).
import { type ErrorCode, wisdomFor } from '../../fixtures/sage/wisdom.ts';
import { type ErrorDetails, StubError } from '../../src/core/index.ts';
import { issueLabel } from '../../src/core/validation.ts';

const BY_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_ERROR',
  401: 'AUTHENTICATION_ERROR',
  402: 'SUBSCRIPTION_REQUIRED',
  403: 'AUTHORIZATION_ERROR',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'VALIDATION_ERROR',
  413: 'VALIDATION_ERROR',
  415: 'VALIDATION_ERROR',
  429: 'RATE_LIMIT_EXCEEDED',
  502: 'INTEGRATION_ERROR',
  503: 'AI_SERVICE_ERROR',
};

const SAGE_CODES = new Set<string>(Object.values(BY_STATUS).concat('INTERNAL_ERROR'));

export function codeFor(status: number, code: string | undefined): ErrorCode {
  if (code && SAGE_CODES.has(code)) return code as ErrorCode;
  return BY_STATUS[status] ?? 'INTERNAL_ERROR';
}

function detailsOf(code: ErrorCode, { issues, details }: ErrorDetails): unknown {
  if (issues) return issues.map((issue) => ({ field: issueLabel(issue), message: issue.message }));
  // A handler's own validation finding: one `{field, message}`, listed like the validator's.
  if (code === 'VALIDATION_ERROR' && typeof details?.field === 'string' && typeof details.message === 'string') {
    return [{ field: details.field, message: details.message }];
  }
  return details ?? {};
}

/** Seconds to wait: the core's `retryAfter`, or the time until a rate limit's `resetAt`. */
function retryAfterOf({ details, timestamp }: ErrorDetails): number | null {
  if (typeof details?.retryAfter === 'number') return details.retryAfter;
  if (typeof details?.resetAt !== 'string') return null;
  return Math.max(1, Math.ceil((Date.parse(details.resetAt) - Date.parse(timestamp)) / 1000));
}

export function sageEnvelope(error: ErrorDetails) {
  const code = codeFor(error.status, error.code);
  const { wisdom, recovery, context } = wisdomFor(code);
  const retryAfter = retryAfterOf(error);
  const details = detailsOf(code, error);
  return {
    success: false,
    error: {
      code,
      message: error.message,
      details: retryAfter !== null && !Array.isArray(details) ? { ...(details as object), retryAfter } : details,
      wisdom,
      recovery,
      context: { ...context, retryAfter },
      requestId: error.requestId,
      timestamp: error.timestamp,
    },
  };
}

/** A handler's own validation failure, named like the validator's: `body.preferences.timezone`. */
export function invalid(field: string, message: string, status: 400 | 409 = 400): StubError {
  return new StubError(status, `${field}: ${message}`, { code: 'VALIDATION_ERROR', details: { field, message } });
}
