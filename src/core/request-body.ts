// The request body as an operation sees it: media type first (415 without reading), then
// size (413), then nesting depth (400), then JSON (400), then a required body that is missing
// (400) — the order Express's body parser (its `verify` hook checks the depth) and
// express-openapi-validator reach them in.
import type { Operation } from './document.ts';
import type { IncomingRequest } from './incoming.ts';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.ts';
import { isJsonMediaType, MAX_BODY_BYTES, mediaTypeOf, readBody } from './read-body.ts';
import type { ValidationIssue } from './validation.ts';

/**
 * What a transport that parses and validates requests itself (Express with
 * express-openapi-validator) found. The core renders every verdict, so both transports
 * answer the same bad request with the same status and body, and the journal sees it.
 */
export type TransportVerdict =
  | { kind: 'valid'; body: unknown; hasBody: boolean; raw?: Uint8Array }
  /** `body`: what the transport parsed of the refused request, for the journal. */
  | { kind: 'invalid'; issues: ValidationIssue[]; body?: unknown }
  | { kind: 'too-large' }
  | { kind: 'too-deep' }
  | { kind: 'malformed' }
  | { kind: 'unsupported-media' };

export type BodyOutcome =
  /** `raw`: the body's bytes as sent, when there was one. */
  | { ok: true; body: unknown; hasBody: boolean; raw?: Uint8Array }
  | { ok: false; status: 400 | 413 | 415; code: string; issues: ValidationIssue[] };

const TOO_LARGE: BodyOutcome = {
  ok: false,
  status: 413,
  code: 'PAYLOAD_TOO_LARGE',
  issues: [{ in: 'body', field: '', message: 'is larger than 1 MiB' }],
};
const TOO_DEEP: BodyOutcome = {
  ok: false,
  status: 400,
  code: 'VALIDATION_ERROR',
  issues: [{ in: 'body', field: '', message: `nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep (the limit)` }],
};
const MALFORMED: BodyOutcome = {
  ok: false,
  status: 400,
  code: 'MALFORMED_JSON',
  issues: [{ in: 'body', field: '', message: 'is not valid JSON' }],
};
const MISSING: BodyOutcome = {
  ok: false,
  status: 400,
  code: 'VALIDATION_ERROR',
  issues: [{ in: 'body', field: '', message: 'is required' }],
};
const NONE: BodyOutcome = { ok: true, body: undefined, hasBody: false };

export async function parseRequestBody(
  request: IncomingRequest,
  op: Operation,
  verdict: TransportVerdict | undefined,
): Promise<BodyOutcome> {
  const mediaType = mediaTypeOf(request.headers['content-type'] ?? null);
  const mayHaveBody = request.method !== 'GET' && request.method !== 'HEAD';
  const declared = op.requestBody;
  if (
    verdict?.kind === 'unsupported-media' ||
    (!verdict && mayHaveBody && declared && mediaType !== '' && !declared.content.has(mediaType))
  ) {
    const accepted = [...(declared?.content.keys() ?? [])].join(', ') || 'no body';
    return {
      ok: false,
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      issues: [{ in: 'header', field: 'content-type', message: `${mediaType || 'none'} is not supported; use ${accepted}` }],
    };
  }
  // Operations without a request body ignore whatever body was sent.
  if (!declared) return NONE;
  if (verdict?.kind === 'valid')
    return { ok: true, body: verdict.body, hasBody: verdict.hasBody, ...(verdict.raw ? { raw: verdict.raw } : {}) };
  if (verdict?.kind === 'too-large') return TOO_LARGE;
  if (verdict?.kind === 'too-deep') return TOO_DEEP;
  if (verdict?.kind === 'malformed') return MALFORMED;
  if (verdict) return NONE; // 'invalid': the validator's issues are rendered next

  if (mayHaveBody && isJsonMediaType(mediaType)) {
    const read = request.readBytes ? await request.readBytes(MAX_BODY_BYTES) : await readBody(request.toRequest());
    if (!read.ok) return TOO_LARGE;
    if (nestsDeeperThan(read.bytes)) return TOO_DEEP;
    // TextDecoder drops a leading byte-order mark, as Express's JSON parser does.
    const text = new TextDecoder().decode(read.bytes);
    if (text.length > 0) {
      // Like Express's JSON parser (strict): the top level is an object or an array.
      if (!/^\s*[{[]/.test(text)) return MALFORMED;
      try {
        return { ok: true, body: JSON.parse(text), hasBody: true, raw: read.bytes };
      } catch {
        return MALFORMED;
      }
    }
  }
  // No body and no Content-Type where one is required: a missing body, judged before any
  // parameter (express-openapi-validator's order).
  return declared.required && mediaType === '' ? MISSING : NONE;
}
