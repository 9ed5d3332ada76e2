// `/conversation/stream`: the same exchange as `/session/{id}/message`, stored before the first
// byte, then streamed as Server-Sent Events: `chunk` events whose texts join to the answer,
// and a final `complete` event carrying what `/message` would have answered.
import { type SseEvent, sseStream } from '../../src/core/index.ts';
import { converse } from './coach.ts';
import type { CoachHandlers } from './env.ts';
import { activeSession } from './sessions.ts';

/** Pieces of a few words each; joined, they are the text again. */
export function chunksOf(text: string, wordsPerChunk = 3): string[] {
  const tokens = text.match(/\s*\S+/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerChunk) out.push(tokens.slice(i, i + wordsPerChunk).join(''));
  return out;
}

export const conversationHandlers = {
  'POST /v1/conversation/stream': (ctx) => {
    const { owner, session } = activeSession(ctx, ctx.body.session_id);
    const exchange = converse(ctx, owner, session, ctx.body.message_text, true);
    const events: SseEvent[] = chunksOf(exchange.assistant.text).map((text, i) => ({
      event: 'chunk',
      data: { type: 'chunk', text, chunk_id: i + 1 },
    }));
    events.push({
      event: 'complete',
      data: {
        type: 'complete',
        assistant_message: exchange.assistant,
        ...(exchange.progress ? { session_progress: exchange.progress } : {}),
        ...(exchange.escalation ? { safety_escalation: exchange.escalation } : {}),
        session_state: session.state,
      },
    });
    return ctx.reply(200).stream(sseStream(events, ctx.services.streamDelayMs), 'text/event-stream', {
      headers: { 'cache-control': 'no-cache' },
    });
  },
} satisfies Partial<CoachHandlers>;
