// What microsite handlers share: the generated types they speak, the state they keep, and
// the helper that finds the caller's session.

import type { Handlers } from '../../src/core/index.ts';
import { BoundedMap, type InstanceInfo, type JwtIssuer, StubError } from '../../src/core/index.ts';
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
// Caps sized so all five APIs, full, stay within the server's 150 MiB budget (docs/performance.md).
export const MAX_SESSIONS = 1_000;
export const MAX_HISTORY_TURNS = 200;

export function createState(instance: InstanceInfo): MicrositeState {
  // Sessions live a year, as their tokens do; the cap keeps a long CI run bounded.
  return { sessions: new BoundedMap({ maxEntries: MAX_SESSIONS, ttlMs: TOKEN_LIFETIME_SECONDS * 1000, now: instance.now }) };
}

/** The caller's session, or the documented 404 when the stub no longer has it. */
export function sessionOf(ctx: { principal: MicrositeEnv['principal'] | undefined; state: MicrositeState }): SessionRecord {
  if (!ctx.principal) throw new StubError(401, 'Authorization: Bearer <accessToken> is required');
  const session = ctx.state.sessions.get(ctx.principal.sessionId);
  if (!session) throw new StubError(404, `Session ${ctx.principal.sessionId} not found (the stub was reset or the session expired)`);
  return session;
}
