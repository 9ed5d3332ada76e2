// Chats per session: list (newest first), create (starting a session when there is none), get
// with messages, rename, delete (cascading to messages), and the streamed assistant reply.

import { byteSize, entryBytes } from '../../src/core/index.ts';
import { type SseEvent, sseStream } from '../../src/core/sse.ts';
import { chunks, composeAnswer, composeReasoning, DEFAULT_MODEL, isReasoningModel, topicFor } from './assistant.ts';
import type { AllyHandlers, AllyState, Chat, ChatRecord, SessionRecord } from './env.ts';
import { fitSession, MAX_CHATS_PER_SESSION, ownedChat, SESSION_COOKIE, sessionCookie, sessionOf, unixSeconds } from './env.ts';

const TITLE_LENGTH = 100;

export function messageId(faker: { string: { alphanumeric(o: { length: number; casing: 'lower' }): string } }): string {
  return `msg-${faker.string.alphanumeric({ length: 16, casing: 'lower' })}`;
}

function summary(record: ChatRecord): Chat {
  return { ...record.chat };
}

function withMessages(record: ChatRecord) {
  return { ...record.chat, messages: record.messages.map((m) => ({ ...m })) };
}

/** The session the `nuxt-session` cookie names, if the stub has it. */
export function existingSession(state: AllyState, cookies: Record<string, string>): SessionRecord | undefined {
  const id = cookies[SESSION_COOKIE];
  return id ? state.sessions.get(id) : undefined;
}

function addChat(state: AllyState, session: SessionRecord, record: ChatRecord): void {
  session.chats.set(record.chat.id, record);
  state.owners.set(record.chat.id, session.id);
  let delta = entryBytes(record.chat.id, record);
  // The oldest chat goes first when a session holds too many.
  if (session.chats.size > MAX_CHATS_PER_SESSION) {
    // The lowest seq, found in one pass (the first of equals, as a stable sort would give).
    let oldest: ChatRecord | undefined;
    for (const chat of session.chats.values()) if (oldest === undefined || chat.seq < oldest.seq) oldest = chat;
    if (oldest) {
      session.chats.delete(oldest.chat.id);
      state.owners.delete(oldest.chat.id);
      delta -= entryBytes(oldest.chat.id, oldest);
    }
  }
  fitSession(state, session, delta, record.chat.id);
}

export const chatHandlers = {
  'GET /api/chats': (ctx) => {
    const session = sessionOf(ctx);
    const chats = [...session.chats.values()].sort((a, b) => b.chat.createdAt - a.chat.createdAt || b.seq - a.seq).map(summary);
    return ctx.reply(200).json(chats);
  },

  'POST /api/chats': (ctx) => {
    let session = existingSession(ctx.state, ctx.cookies);
    const cookies: string[] = [];
    if (!session) {
      session = {
        id: ctx.faker.string.alphanumeric({ length: 32, casing: 'lower' }),
        userId: `user-${ctx.faker.string.alphanumeric({ length: 12, casing: 'lower' })}`,
        chats: new Map(),
      };
      ctx.state.sessions.set(session.id, session);
      cookies.push(sessionCookie(session.id, ctx.secure));
    }
    const prompt = ctx.body.prompt;
    const createdAt = unixSeconds(ctx.now);
    const id = ctx.faker.string.uuid();
    const title = prompt.trim().replace(/\s+/g, ' ').slice(0, TITLE_LENGTH);
    const record: ChatRecord = {
      chat: { id, title, userId: session.userId, createdAt },
      messages: [{ id: messageId(ctx.faker), chatId: id, role: 'user', content: prompt, createdAt }],
      seq: ++ctx.state.seq,
    };
    addChat(ctx.state, session, record);
    return ctx.reply(201).json(withMessages(record), { cookies });
  },

  'GET /api/chats/{id}': (ctx) => ctx.reply(200).json(withMessages(ownedChat(ctx, ctx.params.id).record)),

  'POST /api/chats/{id}': (ctx) => {
    const { record } = ownedChat(ctx, ctx.params.id);
    const { messages, conversationId } = ctx.body;
    if (conversationId !== undefined && conversationId !== ctx.params.id) {
      return ctx.fail(400, `body.conversationId: must equal the chat id in the path (${ctx.params.id})`);
    }
    const model = ctx.body.model ?? DEFAULT_MODEL;
    const question =
      [...messages]
        .reverse()
        .find((m) => m.role === 'user')
        ?.content.trim() || record.chat.title;
    const topic = topicFor(question, record.chat.title);
    const events: SseEvent[] = [];
    if (isReasoningModel(model)) {
      const id = `rs-${ctx.faker.string.alphanumeric({ length: 16, casing: 'lower' })}`;
      events.push({ event: 'reasoning-start', data: { id } });
      for (const delta of chunks(composeReasoning(topic, question))) events.push({ event: 'reasoning-delta', data: { id, delta } });
      events.push({ event: 'reasoning-end', data: { id } });
    }
    const id = messageId(ctx.faker);
    events.push({ event: 'text-start', data: { id } });
    for (const delta of chunks(composeAnswer(topic, question))) events.push({ event: 'text-delta', data: { id, delta } });
    events.push({ event: 'text-end', data: { id } });
    return ctx.reply(200).stream(sseStream(events, ctx.services.streamDelayMs), 'text/event-stream', {
      headers: { 'cache-control': 'no-cache', 'x-accel-buffering': 'no' },
    });
  },

  'PUT /api/chats/{id}': (ctx) => {
    const { session, record } = ownedChat(ctx, ctx.params.id);
    const before = byteSize(record.chat.title);
    record.chat.title = ctx.body.content.trim().replace(/\s+/g, ' ');
    fitSession(ctx.state, session, byteSize(record.chat.title) - before, record.chat.id);
    return ctx.reply(200).json(summary(record));
  },

  'DELETE /api/chats/{id}': (ctx) => {
    const { session, record } = ownedChat(ctx, ctx.params.id);
    session.chats.delete(record.chat.id);
    ctx.state.owners.delete(record.chat.id);
    fitSession(ctx.state, session, -entryBytes(record.chat.id, record));
    return ctx.reply(200).json(summary(record));
  },
} satisfies Partial<AllyHandlers>;
