// What microsite handlers share: the generated types they speak, the state they keep, and
// the helper that finds the caller's session.

import type { Handlers } from '../../src/core/index.ts';
import { BoundedMap, byteSize, type InstanceInfo, itemBytes, type JwtIssuer, StubError } from '../../src/core/index.ts';
import type { components, paths } from '../../src/generated/microsite.ts';

type Schemas = components['schemas'];
export type Goal = Schemas['Goal'];
export type Mission = Schemas['Mission'];
export type CaseStudy = Schemas['CaseStudy'];
export type ChatTurn = Schemas['ChatTurn'];
export type Progress = Schemas['Progress'];

export interface Personalisation {
  goal: Goal;
  headline: string;
  recommendedCaseStudies: CaseStudy[];
}

export interface SessionRecord {
  id: string;
  /** jti of the one refresh token that still works; rotation replaces it. */
  refreshJti: string;
  revoked: boolean;
  personalisation?: Personalisation;
  /** Set by the first goal: ids, order and points never change; titles follow the goal's domain. */
  missions: Mission[];
  completed: Map<string, { answer: string; at: string }>;
  history: ChatTurn[];
}

export interface MicrositeState {
  sessions: BoundedMap<string, SessionRecord>;
}

export interface MicrositeEnv {
  state: MicrositeState;
  principal: { sessionId: string };
  services: { jwt: JwtIssuer };
}

export type MicrositeHandlers = Handlers<paths, MicrositeEnv>;

export const TOKEN_LIFETIME_SECONDS = 31536000;
// Caps sized so all five APIs, full, stay within the server's budget (docs/state-budgets.md),
// by count and by bytes (estimated, see byte-size.ts). A session's chat history is what grows:
// its oldest turns go first when the session is over its bytes; the least recently used
// sessions go when all of them together are.
export const MAX_SESSIONS = 1_000;
export const MAX_HISTORY_TURNS = 200;
/** Answers to `POST /api/clarify` a goal keeps, the oldest dropped. */
export const MAX_CLARIFICATIONS = 20;
export const MAX_SESSION_BYTES = 512 * 1024;
export const MAX_SESSIONS_BYTES = 32 * 1024 * 1024;

export function createState(instance: InstanceInfo): MicrositeState {
  // Sessions live a year, as their tokens do; the caps keep a long CI run bounded.
  return {
    sessions: new BoundedMap<string, SessionRecord>({
      maxEntries: MAX_SESSIONS,
      maxBytes: MAX_SESSIONS_BYTES,
      sizeOf: byteSize,
      ttlMs: TOKEN_LIFETIME_SECONDS * 1000,
      now: instance.now,
    }),
  };
}

/**
 * After a session changed: its oldest chat turns go until it is within MAX_SESSION_BYTES, and it
 * counts at its new size against all sessions' budget. Measured whole: a session is small (its
 * history is capped at MAX_HISTORY_TURNS, its clarifications at MAX_CLARIFICATIONS).
 */
export function fitSession(state: MicrositeState, session: SessionRecord): void {
  let bytes = byteSize(session);
  let drop = 0;
  for (; bytes > MAX_SESSION_BYTES && drop < session.history.length; drop++) bytes -= itemBytes(session.history[drop]);
  session.history.splice(0, drop);
  state.sessions.resize(session.id, bytes);
}

/** The caller's session, or the documented 404 when the stub no longer has it. */
export function sessionOf(ctx: { principal: MicrositeEnv['principal'] | undefined; state: MicrositeState }): SessionRecord {
  if (!ctx.principal) throw new StubError(401, 'Authorization: Bearer <accessToken> is required');
  const session = ctx.state.sessions.get(ctx.principal.sessionId);
  if (!session) throw new StubError(404, `Session ${ctx.principal.sessionId} not found (the stub was reset or the session expired)`);
  return session;
}
