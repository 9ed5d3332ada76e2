// Saving messages to a chat: appended, or replaced when the chat already has that id (a retry).
// Older messages and chats give way when the session is over its count or byte budget (env.ts).

import { itemBytes } from '../../src/core/index.ts';
import { messageId } from './chats.ts';
import type { AllyHandlers, Message } from './env.ts';
import { fitSession, MAX_MESSAGES_PER_CHAT, ownedChat, unixSeconds } from './env.ts';

export const messageHandlers = {
  'POST /api/chats/{id}/messages': (ctx) => {
    const { session, record } = ownedChat(ctx, ctx.params.id);
    const { id, role, content } = ctx.body;
    const existing = id === undefined ? undefined : record.messages.find((m) => m.id === id);
    if (existing) {
      const before = itemBytes(existing);
      existing.role = role;
      existing.content = content;
      fitSession(ctx.state, session, itemBytes(existing) - before, record.chat.id);
      return ctx.reply(200).json({ ...existing });
    }
    const message: Message = { id: id ?? messageId(ctx.faker), chatId: record.chat.id, role, content, createdAt: unixSeconds(ctx.now) };
    record.messages.push(message);
    let delta = itemBytes(message);
    if (record.messages.length > MAX_MESSAGES_PER_CHAT) {
      for (const dropped of record.messages.splice(0, record.messages.length - MAX_MESSAGES_PER_CHAT)) delta -= itemBytes(dropped);
    }
    fitSession(ctx.state, session, delta, record.chat.id);
    return ctx.reply(200).json({ ...message });
  },
} satisfies Partial<AllyHandlers>;
