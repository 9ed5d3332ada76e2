// What ally handlers share: the generated types they speak, the state they keep (sessions and
// their chats), the cookie authenticator and the helpers that find the caller's chat.
import type { AuthResult, Handlers, InstanceInfo } from '../../src/core/index.ts';
import { BoundedMap, byteSize, entryBytes, itemBytes, StubError, serializeCookie } from '../../src/core/index.ts';
import type { components, paths } from '../../src/generated/ally.ts';

type Schemas = components['schemas'];
export type Chat = Schemas['Chat'];
export type Message = Schemas['Message'];
export type Role = Schemas['Role'];

export interface ChatRecord {
  chat: Chat;
  messages: Message[];
  /** Creation order, to sort chats created in the same second. */
  seq: number;
}

export interface SessionRecord {
  id: string;
  userId: string;
  chats: Map<string, ChatRecord>;
}

export interface AllyState {
  sessions: BoundedMap<string, SessionRecord>;
  /** chat id → session id, to tell another session's chat (401) from an unknown one (404). */
  owners: BoundedMap<string, string>;
  seq: number;
}

export interface AllyEnv {
  state: AllyState;
  principal: { sessionId: string };
  services: { streamDelayMs: number };
}

export type AllyHandlers = Handlers<paths, AllyEnv>;

export const SESSION_COOKIE = 'nuxt-session';
// Caps sized so all five APIs, full, stay within the server's budget (docs/state-budgets.md):
// by count, and by bytes (estimated, see byte-size.ts), since a message may be 100,000
// characters. Oldest first: a session's oldest chats, then the oldest messages of the chat being
// written to; the least recently used sessions when all of them together are over.
export const MAX_SESSIONS = 1_000;
export const MAX_CHATS_PER_SESSION = 500;
export const MAX_MESSAGES_PER_CHAT = 1_000;
export const MAX_SESSION_BYTES = 4 * 1024 * 1024;
export const MAX_SESSIONS_BYTES = 32 * 1024 * 1024;
const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;

export function createState(instance: InstanceInfo): AllyState {
  const bounds = { maxEntries: MAX_SESSIONS, ttlMs: SESSION_TTL_MS, now: instance.now };
  return {
    sessions: new BoundedMap<string, SessionRecord>({ ...bounds, maxBytes: MAX_SESSIONS_BYTES, sizeOf: byteSize }),
    // Chat id → session id: fixed-size entries, bounded by count.
    owners: new BoundedMap({ ...bounds, maxEntries: MAX_SESSIONS * 10 }),
    seq: 0,
  };
}

/**
 * After a session grew or shrank by `delta` bytes (`itemBytes`, `entryBytes`): its oldest chats
 * go, never the one being written to (`writing`), then that chat's oldest messages (its newest
 * stays), until the session is within MAX_SESSION_BYTES; then it counts at its new size against
 * all sessions' budget, which lets the least recently used other sessions go.
 */
export function fitSession(state: AllyState, session: SessionRecord, delta: number, writing?: string): void {
  let bytes = (state.sessions.bytesOf(session.id) ?? byteSize(session)) + delta;
  if (bytes > MAX_SESSION_BYTES) {
    for (const record of [...session.chats.values()].sort((a, b) => a.seq - b.seq)) {
      if (bytes <= MAX_SESSION_BYTES) break;
      if (record.chat.id === writing) continue;
      session.chats.delete(record.chat.id);
      state.owners.delete(record.chat.id);
      bytes -= entryBytes(record.chat.id, record);
    }
    const messages = writing ? (session.chats.get(writing)?.messages ?? []) : [];
    let drop = 0;
    for (; bytes > MAX_SESSION_BYTES && drop < messages.length - 1; drop++) bytes -= itemBytes(messages[drop]);
    messages.splice(0, drop);
  }
  state.sessions.resize(session.id, bytes);
}

/** Unix time in seconds, as the prose's examples show. */
export function unixSeconds(now: () => Date): number {
  return Math.floor(now().getTime() / 1000);
}

/** The `cookieAuth` scheme: a `nuxt-session` cookie naming a session the stub has. */
export async function cookieAuth(input: { cookies: Record<string, string>; state: AllyState }): Promise<AuthResult<AllyEnv['principal']>> {
  const id = input.cookies[SESSION_COOKIE];
  if (!id) return { ok: false, status: 401, message: `cookie.${SESSION_COOKIE}: is required` };
  if (!input.state.sessions.get(id)) {
    return { ok: false, status: 401, message: `cookie.${SESSION_COOKIE}: no such session (it expired or the stub was reset)` };
  }
  return { ok: true, principal: { sessionId: id } };
}

export function sessionCookie(id: string, secure: boolean): string {
  return serializeCookie(SESSION_COOKIE, id, { path: '/', httpOnly: true, sameSite: 'lax', ...(secure ? { secure: true } : {}) });
}

interface ChatContext {
  principal: AllyEnv['principal'] | undefined;
  state: AllyState;
}

export function sessionOf(ctx: ChatContext): SessionRecord {
  const session = ctx.principal ? ctx.state.sessions.get(ctx.principal.sessionId) : undefined;
  if (!session) throw new StubError(401, `cookie.${SESSION_COOKIE}: is required`);
  return session;
}

/** The caller's chat; another session's chat is 401 (as the prose says), an unknown one 404. */
export function ownedChat(ctx: ChatContext, id: string): { session: SessionRecord; record: ChatRecord } {
  const session = sessionOf(ctx);
  const record = session.chats.get(id);
  if (record) return { session, record };
  const owner = ctx.state.owners.get(id);
  if (owner && ctx.state.sessions.get(owner)?.chats.has(id)) {
    throw new StubError(401, `Unauthorized: chat ${id} belongs to another session`);
  }
  throw new StubError(404, `Chat not found: ${id}`);
}
