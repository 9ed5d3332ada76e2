// What shadow-coach handlers share: the generated types they speak, the state they keep (users
// and everything they own), the bearer authenticator and the helpers that find the caller's
// own resources (another user's are 404, as if they did not exist).
import type { AuthResult, HandlerContext, Handlers, InstanceInfo, JwtIssuer } from '../../src/core/index.ts';
import { BoundedMap, byteSize, entryBytes, itemBytes, StubError } from '../../src/core/index.ts';
import type { components, paths } from '../../src/generated/shadow-coach.ts';

type Schemas = components['schemas'];
export type SessionType = Schemas['SessionType'];
export type SessionState = Schemas['SessionState'];
export type Message = Schemas['Message'];
export type Highlight = Schemas['Highlight'];
export type Summary = Schemas['Summary'];
export type User = Schemas['User'];
export type ExportFormat = Schemas['ExportFormat'];
export type SafetyStatus = Schemas['CheckInRequest']['safety_status'];

export interface SessionRecord {
  id: string;
  type: SessionType;
  state: SessionState;
  startedAt: Date;
  endedAt: Date | null;
  moodScore: number | null;
  consentForDeep: boolean;
  /** 1–7: where the conversation is among the coaching steps. */
  step: number;
  messages: Message[];
  /** Tags and insights gathered from the user's messages, in order of first appearance. */
  tags: string[];
  insights: string[];
  summary: Summary | null;
  highlights: Highlight[];
  resumeToken: string | null;
  /** Set by a safety escalation; cleared by a `safe` check-in for the session. */
  awaitingSafeCheckIn: boolean;
  rating: number | null;
  feedback: string | null;
}

export interface MoodRecord {
  id: string;
  score: number;
  timestamp: Date;
  createdAt: Date;
  notes: string | null;
}

export interface ExportRecord {
  id: string;
  format: ExportFormat;
  createdAt: Date;
  estimatedCompletion: Date;
  completedAt: Date | null;
  includeTranscript: boolean;
  includeHighlights: boolean;
  /** The sessions chosen, in export order; the file is built from them whenever it is read. */
  sessionIds: string[];
}

export interface CheckInRecord {
  id: string;
  sessionId: string | null;
  status: SafetyStatus;
  message: string | null;
  at: Date;
  next: Date;
}

export interface ReferralRecord {
  id: string;
  createdAt: Date;
  estimatedResponse: Date;
  matched: boolean;
  preferences: Schemas['ReferralRequest']['preferences'];
}

export interface UserRecord {
  user: User;
  passwordHash: string;
  sessions: Map<string, SessionRecord>;
  moods: MoodRecord[];
  exports: Map<string, ExportRecord>;
  checkIns: CheckInRecord[];
  referral: ReferralRecord | null;
}

export interface CoachState {
  users: BoundedMap<string, UserRecord>;
  /** lower-cased email → user id. */
  emails: BoundedMap<string, string>;
}

export interface CoachEnv {
  state: CoachState;
  principal: { userId: string };
  services: { jwt: JwtIssuer; streamDelayMs: number };
}

export type CoachHandlers = Handlers<paths, CoachEnv>;
/** What any handler context offers, for helpers shared by several handlers. */
export type Tools = Pick<HandlerContext<unknown, CoachEnv>, 'faker' | 'now' | 'services'>;

/** A session that has ended: it has a summary and an end, and is a journal entry. */
export type CompletedSession = SessionRecord & { summary: Summary; endedAt: Date };

export function isCompleted(session: SessionRecord): session is CompletedSession {
  return session.state === 'completed' && session.summary !== null && session.endedAt !== null;
}

export const TOKEN_LIFETIME_SECONDS = 86_400;
// Caps sized so all five APIs, full, stay within the server's budget (docs/state-budgets.md): by
// count, and by bytes (estimated, see byte-size.ts) per user and for all users (`fitUser`).
export const MAX_USERS = 1_000;
export const MAX_USER_BYTES = 4 * 1024 * 1024;
export const MAX_USERS_BYTES = 32 * 1024 * 1024;
export const MAX_SESSIONS_PER_USER = 500;
export const MAX_MESSAGES_PER_SESSION = 1_000;
export const MAX_MOODS_PER_USER = 5_000;
export const MAX_EXPORTS_PER_USER = 50;
export const MAX_CHECK_INS_PER_USER = 200;
export const EXPORT_LIFETIME_MS = 7 * 24 * 3600 * 1000;

export function createState(instance: InstanceInfo): CoachState {
  // Users untouched for 30 days go, as do the least recently used beyond the cap.
  const bounds = { maxEntries: MAX_USERS, ttlMs: 30 * 24 * 3600 * 1000, now: instance.now };
  return {
    users: new BoundedMap<string, UserRecord>({ ...bounds, maxBytes: MAX_USERS_BYTES, sizeOf: byteSize }),
    // Fixed-size entries (an address of at most 254 characters), bounded by count.
    emails: new BoundedMap(bounds),
  };
}

/** Drops `count` items from the front of `items`; the bytes they took. */
function dropOldest(items: unknown[], count: number): number {
  let bytes = 0;
  // One at a time: V8 moves a short array's start for a shift, where a splice copies every
  // item that stays (5,000 moods, once per mood logged at the cap).
  for (let i = 0; i < count && items.length > 0; i++) bytes += itemBytes(items.shift());
  return bytes;
}

/**
 * After the caller's data grew or shrank by `delta` bytes (`itemBytes`, `entryBytes`, or a
 * session measured before and after a change, see `changeSession`): while the user is over
 * MAX_USER_BYTES, their oldest sessions go (never `writing`, the one being written to), then
 * that session's oldest messages (its newest stays), then their oldest mood entries, check-ins
 * and exports. The user then counts at its new size against all users' budget, which lets the
 * least recently used other users go.
 */
export function fitUser(state: CoachState, owner: UserRecord, delta: number, writing?: string): void {
  const id = owner.user.user_id;
  let bytes = (state.users.bytesOf(id) ?? byteSize(owner)) + delta;
  if (bytes > MAX_USER_BYTES) {
    for (const [sessionId, session] of owner.sessions) {
      if (bytes <= MAX_USER_BYTES) break;
      if (sessionId === writing) continue;
      owner.sessions.delete(sessionId);
      bytes -= entryBytes(sessionId, session);
    }
    const current = writing === undefined ? [] : (owner.sessions.get(writing)?.messages ?? []);
    // The session's newest message stays; moods and check-ins may empty.
    for (const [list, keep] of [
      [current, 1],
      [owner.moods, 0],
      [owner.checkIns, 0],
    ] as const) {
      let count = 0;
      for (let left = bytes; left > MAX_USER_BYTES && count < list.length - keep; count++) left -= itemBytes(list[count]);
      bytes -= dropOldest(list, count);
    }
    for (const [exportId, record] of owner.exports) {
      if (bytes <= MAX_USER_BYTES) break;
      owner.exports.delete(exportId);
      bytes -= entryBytes(exportId, record);
    }
  }
  state.users.resize(id, bytes);
}

/** Runs `change` on one of the caller's sessions, then fits the user to what it grew or shrank by. */
export function changeSession<T>(state: CoachState, owner: UserRecord, session: SessionRecord, change: () => T): T {
  const before = byteSize(session);
  const result = change();
  fitUser(state, owner, byteSize(session) - before, session.id);
  return result;
}

/** `usr_` + 12 lowercase letters and digits. */
export function newId(prefix: string, faker: Tools['faker']): string {
  return `${prefix}_${faker.string.alphanumeric({ length: 12, casing: 'lower' })}`;
}

/** Keeps at most `max` items, dropping the oldest; the bytes they took. */
export function capArray<T>(items: T[], max: number): number {
  return items.length > max ? dropOldest(items, items.length - max) : 0;
}

/** Keeps at most `max` entries, dropping the first inserted; the bytes they took. */
export function capMap<K, V>(map: Map<K, V>, max: number): number {
  let bytes = 0;
  for (const [key, value] of map) {
    if (map.size <= max) break;
    map.delete(key);
    bytes += entryBytes(key, value);
  }
  return bytes;
}

/** The `bearerAuth` scheme: a token this stub signed, naming a user it still has. */
export async function bearerAuth(input: {
  headers: Record<string, string>;
  state: CoachState;
  services: CoachEnv['services'];
}): Promise<AuthResult<CoachEnv['principal']>> {
  const header = input.headers.authorization;
  if (!header) return { ok: false, status: 401, code: 'AUTH_MISSING_TOKEN', message: 'header.authorization: Bearer <token> is required' };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return { ok: false, status: 401, code: 'AUTH_INVALID_TOKEN', message: 'header.authorization: must be "Bearer <token>"' };
  const verified = await input.services.jwt.verify(match[1], 'access');
  if (!verified.ok) return { ok: false, status: 401, code: 'AUTH_INVALID_TOKEN', message: `header.authorization: ${verified.reason}` };
  const userId = verified.claims.sub;
  if (typeof userId !== 'string' || !input.state.users.get(userId)) {
    return {
      ok: false,
      status: 401,
      code: 'AUTH_INVALID_TOKEN',
      message: 'header.authorization: the token names a user this stub does not have',
    };
  }
  return { ok: true, principal: { userId } };
}

interface Ctx {
  principal: CoachEnv['principal'] | undefined;
  state: CoachState;
}

export function userOf(ctx: Ctx): UserRecord {
  const record = ctx.principal ? ctx.state.users.get(ctx.principal.userId) : undefined;
  if (!record) throw new StubError(401, 'header.authorization: Bearer <token> is required', { code: 'AUTH_INVALID_TOKEN' });
  return record;
}

/** The caller's session; anyone else's, or none, is the same 404. */
export function ownSession(ctx: Ctx, id: string): { owner: UserRecord; session: SessionRecord } {
  const owner = userOf(ctx);
  const session = owner.sessions.get(id);
  if (!session) throw new StubError(404, `Session ${id} not found`, { code: 'SESSION_NOT_FOUND', details: { session_id: id } });
  return { owner, session };
}

/** Journal operations need a completed session. */
export function completedSession(ctx: Ctx, id: string): { owner: UserRecord; session: CompletedSession } {
  const { owner, session } = ownSession(ctx, id);
  if (!isCompleted(session)) {
    throw new StubError(409, `Session ${id} is ${session.state}; it becomes a journal entry once it has ended`, {
      code: 'SESSION_NOT_COMPLETED',
      details: { session_id: id, state: session.state },
    });
  }
  return { owner, session };
}

export function durationMinutes(session: { startedAt: Date; endedAt: Date | null }): number | null {
  return session.endedAt ? Math.round((session.endedAt.getTime() - session.startedAt.getTime()) / 60_000) : null;
}

/**
 * An ISO 8601 date or date-time query value as an instant. A date alone means the start of
 * that UTC day, or its last millisecond when `endOfDay`.
 */
export function parseDateQuery(value: string | undefined, field: string, endOfDay: boolean): Date | undefined {
  if (value === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const parsed = new Date(dateOnly ? `${value}T00:00:00.000Z` : value);
  if (Number.isNaN(parsed.getTime())) {
    throw new StubError(400, `query.${field}: is not a valid date`, {
      code: 'VALIDATION_INVALID_FORMAT',
      details: { field: `query.${field}` },
    });
  }
  return dateOnly && endOfDay ? new Date(parsed.getTime() + 86_400_000 - 1) : parsed;
}

/** `[start, end]` from the query (either may be absent); a start after the end is out of range. */
export function optionalRange(query: { start_date?: string; end_date?: string }): { start?: Date; end?: Date } {
  const start = parseDateQuery(query.start_date, 'start_date', false);
  const end = parseDateQuery(query.end_date, 'end_date', true);
  if (start && end && start.getTime() > end.getTime()) {
    throw new StubError(400, 'query.start_date: must not be after end_date', {
      code: 'VALIDATION_OUT_OF_RANGE',
      details: { field: 'query.start_date' },
    });
  }
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/** `[start, end]` from the query, with defaults for what is absent. */
export function dateRange(query: { start_date?: string; end_date?: string }, defaults: { start: Date; end: Date }) {
  const given = optionalRange(query);
  const range = { start: given.start ?? defaults.start, end: given.end ?? defaults.end };
  if (range.start.getTime() > range.end.getTime()) {
    throw new StubError(400, 'query.start_date: must not be after end_date', {
      code: 'VALIDATION_OUT_OF_RANGE',
      details: { field: given.start ? 'query.start_date' : 'query.end_date' },
    });
  }
  return range;
}

export function inRange(at: Date, range: { start?: Date | undefined; end?: Date | undefined }): boolean {
  const t = at.getTime();
  return (range.start === undefined || t >= range.start.getTime()) && (range.end === undefined || t <= range.end.getTime());
}

export function page<T>(items: T[], query: { limit?: number; offset?: number }) {
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;
  return {
    items: items.slice(offset, offset + limit),
    pagination: { total: items.length, limit, offset, has_more: offset + limit < items.length },
  };
}
