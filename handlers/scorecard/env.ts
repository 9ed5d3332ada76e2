// What scorecard handlers share: the generated types, the state (sessions, assessments, the
// armed HubSpot failure), the `assessment-session` cookie and its authenticator, and the
// envelope with the prose's error codes.

import type { BandKey } from '../../fixtures/scorecard/bands.ts';
import type { CategoryKey, ChoiceLetter } from '../../fixtures/scorecard/questionnaire.ts';
import type { Priority } from '../../fixtures/scorecard/recommendations.ts';
import type { AuthResult, ErrorDetails, Handlers, InstanceInfo } from '../../src/core/index.ts';
import { BoundedMap, byteSize, StubError, serializeCookie } from '../../src/core/index.ts';
import type { components, paths } from '../../src/generated/scorecard.ts';
import { nextGeneration } from './ids.ts';

type Schemas = components['schemas'];
export type CategoryResult = Schemas['CategoryResult'];
export type ContactInfo = Schemas['ContactInfo'];
export type ErrorCode = Schemas['ErrorCode'];
export type Warning = Schemas['Warning'];

export interface SessionRecord {
  sessionId: string;
  assessmentId: string;
  createdAt: Date;
  expiresAt: Date;
  lastActivity: Date;
  ipAddress: string;
  userAgent: string;
}

/** What submit computed, kept so results and a second submit answer the same. */
export interface SubmittedResult {
  completedAt: Date;
  scores: Record<CategoryKey, number>;
  totalScore: number;
  band: BandKey;
  recommendations: Array<{ category: CategoryKey; priority: Priority }>;
  hubspotSyncStatus: Schemas['HubspotSyncStatus'];
  emailDeliveryStatus: Schemas['EmailDeliveryStatus'];
  qualifiedForBriefing: boolean;
  warnings: Warning[];
}

export interface AssessmentRecord {
  id: string;
  sessionId: string;
  startedAt: Date;
  /** Question id → choice, in the order first answered. */
  responses: Map<string, ChoiceLetter>;
  /** Seconds spent per step (0–3). */
  timeSpent: number[];
  email?: string;
  contactInfo?: ContactInfo;
  referrer?: string;
  feedback?: string;
  completionTime?: number;
  result?: SubmittedResult;
}

export interface ScorecardState {
  sessions: BoundedMap<string, SessionRecord>;
  assessments: BoundedMap<string, AssessmentRecord>;
  /** Set by `POST /api/test/simulate-hubspot-failure`; the next sync fails and clears it. */
  hubspotFailNext: boolean;
  /** Which state of the instance this is (0 at start, +1 per reset); ids carry it (ids.ts). */
  generation: number;
}

export interface ScorecardEnv {
  state: ScorecardState;
  principal: { sessionId: string };
  services: { testEndpoints: boolean };
}

export type ScorecardHandlers = Handlers<paths, ScorecardEnv>;

export const SESSION_COOKIE = 'assessment-session';
export const SESSION_LIFE_MS = 24 * 3600 * 1000;
// Caps sized so all five APIs, full, stay within the server's budget (docs/state-budgets.md),
// by count and by bytes (estimated, see byte-size.ts; each record is small, its fields bounded
// by the document): the least recently used go first.
const MAX_SESSIONS = 1_000;
const MAX_ASSESSMENTS = 2_000;
export const MAX_SESSIONS_BYTES = 8 * 1024 * 1024;
export const MAX_ASSESSMENTS_BYTES = 24 * 1024 * 1024;
/** A `User-Agent` header is kept to this many characters (the document's `browserInfo.userAgent` limit). */
export const MAX_USER_AGENT = 1000;

export function createState(instance: InstanceInfo): ScorecardState {
  return {
    // Expiry is checked against `expiresAt`; the map's own TTL only bounds memory.
    sessions: new BoundedMap<string, SessionRecord>({
      maxEntries: MAX_SESSIONS,
      maxBytes: MAX_SESSIONS_BYTES,
      sizeOf: byteSize,
      ttlMs: 2 * SESSION_LIFE_MS,
      now: instance.now,
    }),
    assessments: new BoundedMap<string, AssessmentRecord>({
      maxEntries: MAX_ASSESSMENTS,
      maxBytes: MAX_ASSESSMENTS_BYTES,
      sizeOf: byteSize,
      now: instance.now,
    }),
    hubspotFailNext: false,
    generation: nextGeneration(instance),
  };
}

const EXPIRED = `cookie.${SESSION_COOKIE}: the session expired or does not exist; start a new assessment`;

/** The `sessionCookie` scheme: a cookie naming a session that has not expired. */
export async function sessionCookie(input: {
  cookies: Record<string, string>;
  state: ScorecardState;
  now(): Date;
}): Promise<AuthResult<ScorecardEnv['principal']>> {
  const id = input.cookies[SESSION_COOKIE];
  if (!id)
    return { ok: false, status: 401, code: 'SESSION_EXPIRED', message: `cookie.${SESSION_COOKIE}: is required; start an assessment first` };
  const session = input.state.sessions.get(id);
  if (!session || input.now().getTime() >= session.expiresAt.getTime()) {
    if (session) input.state.sessions.delete(id);
    return { ok: false, status: 401, code: 'SESSION_EXPIRED', message: EXPIRED };
  }
  return { ok: true, principal: { sessionId: id } };
}

export function cookieFor(sessionId: string, secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, sessionId, {
    maxAge: SESSION_LIFE_MS / 1000,
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    ...(secure ? { secure: true } : {}),
  });
}

export function clearedCookie(secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, '', {
    maxAge: 0,
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    ...(secure ? { secure: true } : {}),
  });
}

interface SessionContext {
  principal: ScorecardEnv['principal'] | undefined;
  state: ScorecardState;
}

/** The caller's session and its assessment (401 without a session, 404 when the assessment is gone). */
export function ownAssessment(ctx: SessionContext): { session: SessionRecord; assessment: AssessmentRecord } {
  const session = ctx.principal ? ctx.state.sessions.get(ctx.principal.sessionId) : undefined;
  if (!session) throw new StubError(401, EXPIRED, { code: 'SESSION_EXPIRED' });
  const assessment = ctx.state.assessments.get(session.assessmentId);
  if (!assessment) throw new StubError(404, `Assessment not found: ${session.assessmentId}`, { code: 'ASSESSMENT_NOT_FOUND' });
  return { session, assessment };
}

/** Activity: the session lives 24 hours from now; the cookie is sent again with a fresh Max-Age. */
export function extend(session: SessionRecord, now: Date, secure: boolean): string {
  session.lastActivity = now;
  session.expiresAt = new Date(now.getTime() + SESSION_LIFE_MS);
  return cookieFor(session.sessionId, secure);
}

const CODES = new Set<string>([
  'VALIDATION_ERROR',
  'ASSESSMENT_INCOMPLETE',
  'SESSION_EXPIRED',
  'ACCESS_DENIED',
  'ASSESSMENT_NOT_FOUND',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'RATE_LIMIT_EXCEEDED',
  'DATABASE_ERROR',
  'SERVICE_UNAVAILABLE',
] satisfies ErrorCode[]);

/** The core's generic codes and statuses, mapped onto the prose's error-code table. */
function codeFor(status: number, code: string | undefined): ErrorCode {
  if (code && CODES.has(code)) return code as ErrorCode;
  if (status === 401) return 'SESSION_EXPIRED';
  if (status === 403) return 'ACCESS_DENIED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 405) return 'METHOD_NOT_ALLOWED';
  if (status === 429) return 'RATE_LIMIT_EXCEEDED';
  if (status === 503) return 'SERVICE_UNAVAILABLE';
  // Malformed JSON, bodies over 1 MiB or not JSON: the request data failed validation.
  if (status >= 400 && status < 500) return 'VALIDATION_ERROR';
  return 'DATABASE_ERROR';
}

/** `{"error":{"code","message","details"?,"timestamp","requestId","retryAfter"?}}` */
export function envelope({ status, code, message, issues, details, requestId, timestamp }: ErrorDetails): Schemas['Error'] {
  const { retryAfter, ...rest } = details ?? {};
  const first = issues?.[0];
  const fromIssue = first
    ? { field: first.in === 'body' ? first.field || 'body' : `${first.in}.${first.field}`, reason: first.message }
    : undefined;
  const shown = Object.keys(rest).length > 0 ? (rest as Schemas['ErrorDetails']) : fromIssue;
  return {
    error: {
      code: codeFor(status, code),
      message,
      ...(shown ? { details: shown } : {}),
      timestamp,
      requestId,
      ...(typeof retryAfter === 'number' ? { retryAfter } : {}),
    },
  };
}

/** `/assessment/step/<n>`: the 1-based page of a 0-based step. */
export function resumeUrl(step: number): string {
  return `/assessment/step/${step + 1}`;
}
