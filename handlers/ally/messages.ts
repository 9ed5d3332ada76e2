// Saving messages to a chat: appended, or replaced when the chat already has that id (a retry).

import { messageId } from './chats.ts';
import type { AllyHandlers, Message } from './env.ts';
import { MAX_MESSAGES_PER_CHAT, ownedChat, unixSeconds } from './env.ts';

export const messageHandlers = {
  'POST /api/chats/{id}/messages': (ctx) => {
    const { record } = ownedChat(ctx, ctx.params.id);
    const { id, role, content } = ctx.body;
    const existing = id === undefined ? undefined : record.messages.find((m) => m.id === id);
    if (existing) {
      existing.role = role;
      existing.content = content;
      return ctx.reply(200).json({ ...existing });
    }
    const message: Message = { id: id ?? messageId(ctx.faker), chatId: record.chat.id, role, content, createdAt: unixSeconds(ctx.now) };
    record.messages.push(message);
    if (record.messages.length > MAX_MESSAGES_PER_CHAT) record.messages.splice(0, record.messages.length - MAX_MESSAGES_PER_CHAT);
    return ctx.reply(200).json({ ...message });
  },
} satisfies Partial<AllyHandlers>;
