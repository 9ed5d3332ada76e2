// What a failed request check looks like, whichever validator found it. Both transports
// turn their validator's findings into these issues, and the API's envelope renders them,
// so the same bad request gets the same status and body under Express and under MSW.

export type IssueLocation = 'body' | 'query' | 'path' | 'header' | 'cookie';

export interface ValidationIssue {
  in: IssueLocation;
  /** Dotted path inside the location (`context.page`, `items.0.id`); empty for the whole body. */
  field: string;
  message: string;
}

export interface RequestParts {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  cookies: Record<string, unknown>;
  body: unknown;
  hasBody: boolean;
}

/** Checks a request against its operation. Pluggable: Ajv in the core, express-openapi-validator on Express. */
export interface RequestValidator {
  validateRequest(operationKey: string, parts: RequestParts): ValidationIssue[];
}

export interface ResponseValidator {
  validateResponse(operationKey: string, status: number, contentType: string, body: unknown): ValidationIssue[];
}

export function issueLabel(issue: ValidationIssue): string {
  return issue.field ? `${issue.in}.${issue.field}` : issue.in;
}

/** `body.input: must NOT have fewer than 1 characters; query.limit: must be integer` */
export function describeIssues(issues: ValidationIssue[]): string {
  return issues.map((issue) => `${issueLabel(issue)}: ${issue.message}`).join('; ');
}

/** Canonical message per Ajv keyword, shared by every validator that reports Ajv keywords. */
export function issueFromAjv(
  location: IssueLocation,
  pointer: string,
  keyword: string,
  message: string,
  params: Record<string, unknown> = {},
): ValidationIssue {
  const segments = pointer.split('/').filter(Boolean).map(decodePointerSegment);
  if (keyword === 'required' && typeof params.missingProperty === 'string') {
    return { in: location, field: [...segments, params.missingProperty].join('.'), message: 'is required' };
  }
  if (keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    return { in: location, field: [...segments, params.additionalProperty].join('.'), message: 'is not allowed' };
  }
  // Name the allowed values, as express-openapi-validator does, so both transports say the same.
  if (keyword === 'enum' && Array.isArray(params.allowedValues)) {
    return { in: location, field: segments.join('.'), message: `${message}: ${params.allowedValues.join(', ')}` };
  }
  return { in: location, field: segments.join('.'), message };
}

function decodePointerSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}
