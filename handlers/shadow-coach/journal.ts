// The journal: completed sessions as entries, with search and filters, highlights, tags and
// deletion. Exports live in export.ts.
import { entryBytes } from '../../src/core/index.ts';
import type { CoachHandlers, CompletedSession, Highlight } from './env.ts';
import { changeSession, completedSession, durationMinutes, fitUser, isCompleted, newId, optionalRange, page, userOf } from './env.ts';

/** Every word of the query occurs somewhere in the entry (case-insensitive). */
function matchesSearch(session: CompletedSession, search: string): boolean {
  const haystack = [
    session.summary.text,
    session.summary.experiment,
    ...session.summary.insights,
    ...session.summary.tags,
    ...session.messages.map((m) => m.text),
  ]
    .join('\n')
    .toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function entryDetail(session: CompletedSession) {
  return {
    session_id: session.id,
    session_type: session.type,
    date: session.startedAt.toISOString(),
    duration_minutes: durationMinutes(session) ?? 0,
    summary: structuredClone(session.summary),
    full_transcript: structuredClone(session.messages),
    highlights: structuredClone(session.highlights),
  };
}

export const journalHandlers = {
  'GET /v1/journal/entries': (ctx) => {
    const owner = userOf(ctx);
    const range = optionalRange(ctx.query);
    const tags = (ctx.query.tags ?? []).map((t) => t.toLowerCase());
    const search = ctx.query.search;
    const matching = [...owner.sessions.values()]
      .filter(isCompleted)
      .filter((s) => range.start === undefined || s.startedAt.getTime() >= range.start.getTime())
      .filter((s) => range.end === undefined || s.startedAt.getTime() <= range.end.getTime())
      .filter((s) => tags.every((t) => s.summary.tags.includes(t)))
      .filter((s) => search === undefined || matchesSearch(s, search))
      .reverse();
    const { items, pagination } = page(matching, ctx.query);
    return ctx.reply(200).json({
      entries: items.map((s) => ({
        session_id: s.id,
        session_type: s.type,
        date: s.startedAt.toISOString(),
        summary: s.summary.text,
        tags: [...s.summary.tags],
        insights: [...s.summary.insights],
        highlights: structuredClone(s.highlights),
      })),
      pagination,
    });
  },

  'GET /v1/journal/entry/{session_id}': (ctx) => {
    const { session } = completedSession(ctx, ctx.params.session_id);
    return ctx.reply(200).json(entryDetail(session));
  },

  'DELETE /v1/journal/entry/{session_id}': (ctx) => {
    const { owner, session } = completedSession(ctx, ctx.params.session_id);
    owner.sessions.delete(session.id);
    fitUser(ctx.state, owner, -entryBytes(session.id, session));
    return ctx.reply(200).json({ session_id: session.id, deleted_at: ctx.now().toISOString() });
  },

  'POST /v1/journal/entry/{session_id}/highlight': (ctx) => {
    const { owner, session } = completedSession(ctx, ctx.params.session_id);
    const { message_id, note } = ctx.body;
    const message = session.messages.find((m) => m.message_id === message_id);
    if (!message) {
      return ctx.fail(404, `Message ${message_id} not found in session ${session.id}`, {
        code: 'MESSAGE_NOT_FOUND',
        details: { message_id },
      });
    }
    const at = ctx.now().toISOString();
    const highlight = changeSession(ctx.state, owner, session, () => {
      const found = session.highlights.find((h) => h.message_id === message_id);
      if (found) {
        found.note = note ?? null;
        found.highlighted_at = at;
        return found;
      }
      const made: Highlight = {
        highlight_id: newId('hl', ctx.faker),
        message_id,
        text: message.text,
        note: note ?? null,
        highlighted_at: at,
      };
      session.highlights.push(made);
      return made;
    });
    return ctx.reply(200).json({ ...highlight });
  },

  'POST /v1/journal/entry/{session_id}/tags': (ctx) => {
    const { owner, session } = completedSession(ctx, ctx.params.session_id);
    changeSession(ctx.state, owner, session, () => {
      session.summary.tags = [...new Set(ctx.body.tags.map((t) => t.toLowerCase()))];
    });
    return ctx.reply(200).json({ session_id: session.id, tags: [...session.summary.tags], updated_at: ctx.now().toISOString() });
  },
} satisfies Partial<CoachHandlers>;
