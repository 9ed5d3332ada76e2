// Coaching sessions: start, message, pause, resume, end, summary, list. The state machine is
// active → paused → active → completed; illegal moves are 409 (400 on /message, as the prose says).
import { greetings, WELCOME_BACK_TEXT } from '../../fixtures/shadow-coach/coaching.ts';
import { entryBytes, itemBytes, StubError } from '../../src/core/index.ts';
import { addAssistantMessage, assistantView, converse, type Exchange, summarise } from './coach.ts';
import type { CoachHandlers, MoodRecord, SessionRecord, SessionType } from './env.ts';
import {
  capArray,
  capMap,
  changeSession,
  durationMinutes,
  fitUser,
  inRange,
  MAX_MOODS_PER_USER,
  MAX_SESSIONS_PER_USER,
  newId,
  optionalRange,
  ownSession,
  page,
  userOf,
} from './env.ts';

const ESTIMATED_MINUTES: Record<SessionType, number> = { 'check-in': 10, gentle_deep: 25, micro_practice: 5 };

function stateError(status: 400 | 409, session: SessionRecord, wanted: 'active' | 'paused'): StubError {
  const details = { session_id: session.id, state: session.state };
  if (session.state === 'completed') {
    return new StubError(status, `Session ${session.id} has already ended`, { code: 'SESSION_ALREADY_ENDED', details });
  }
  if (wanted === 'active') {
    return new StubError(status, `Session ${session.id} is paused; resume it first`, { code: 'SESSION_NOT_ACTIVE', details });
  }
  return new StubError(status, `Session ${session.id} is active, not paused`, { code: 'SESSION_NOT_PAUSED', details });
}

/** The session a message may be sent to: the caller's own, and active (else 400). */
export function activeSession(ctx: Parameters<typeof ownSession>[0], id: string) {
  const found = ownSession(ctx, id);
  if (found.session.state !== 'active') throw stateError(400, found.session, 'active');
  return found;
}

export const sessionHandlers = {
  'POST /v1/session/start': (ctx) => {
    const owner = userOf(ctx);
    const { session_type, mood_score, initial_message, consent_for_deep_exploration } = ctx.body;
    const now = ctx.now();
    const session: SessionRecord = {
      id: newId('sess', ctx.faker),
      type: session_type,
      state: 'active',
      startedAt: now,
      endedAt: null,
      moodScore: mood_score ?? null,
      consentForDeep: consent_for_deep_exploration ?? false,
      step: 1,
      messages: [],
      tags: [],
      insights: [],
      summary: null,
      highlights: [],
      resumeToken: null,
      awaitingSafeCheckIn: false,
      rating: null,
      feedback: null,
    };
    owner.sessions.set(session.id, session);
    let delta = -capMap(owner.sessions, MAX_SESSIONS_PER_USER);
    if (mood_score !== undefined) {
      const mood: MoodRecord = { id: newId('mood', ctx.faker), score: mood_score, timestamp: now, createdAt: now, notes: null };
      owner.moods.push(mood);
      delta += itemBytes(mood) - capArray(owner.moods, MAX_MOODS_PER_USER);
    }
    const exchange: Exchange =
      initial_message === undefined
        ? {
            assistant: assistantView(
              addAssistantMessage(ctx, session, {
                text: greetings()[session_type],
                intent: 'other',
                risk: 'none',
                followup: null,
                delta: null,
              }),
            ),
          }
        : converse(ctx, owner, session, initial_message, false);
    fitUser(ctx.state, owner, delta + entryBytes(session.id, session), session.id);
    return ctx.reply(201).json({
      session_id: session.id,
      assistant_message: exchange.assistant,
      session_state: session.state,
      estimated_duration_minutes: ESTIMATED_MINUTES[session_type],
      ...(exchange.escalation ? { safety_escalation: exchange.escalation } : {}),
    });
  },

  'POST /v1/session/{id}/message': (ctx) => {
    const { owner, session } = activeSession(ctx, ctx.params.id);
    const exchange = changeSession(ctx.state, owner, session, () => converse(ctx, owner, session, ctx.body.message_text, true));
    return ctx.reply(200).json({
      assistant_message: exchange.assistant,
      ...(exchange.progress ? { session_progress: exchange.progress } : {}),
      ...(exchange.escalation ? { safety_escalation: exchange.escalation } : {}),
      session_state: session.state,
    });
  },

  'POST /v1/session/{id}/pause': (ctx) => {
    const { owner, session } = ownSession(ctx, ctx.params.id);
    if (session.state !== 'active') throw stateError(409, session, 'active');
    const resumeToken = changeSession(ctx.state, owner, session, () => {
      session.state = 'paused';
      session.resumeToken = newId('resume', ctx.faker);
      return session.resumeToken;
    });
    return ctx.reply(200).json({
      session_id: session.id,
      session_state: 'paused',
      paused_at: ctx.now().toISOString(),
      resume_token: resumeToken,
    });
  },

  'POST /v1/session/{id}/resume': (ctx) => {
    const { owner, session } = ownSession(ctx, ctx.params.id);
    if (session.state !== 'paused') throw stateError(409, session, 'paused');
    const token = ctx.body?.resume_token;
    if (token !== undefined && token !== session.resumeToken) {
      return ctx.fail(400, 'body.resume_token: is not the token of this session’s latest pause', {
        code: 'VALIDATION_INVALID_FORMAT',
        details: { field: 'body.resume_token' },
      });
    }
    if (session.awaitingSafeCheckIn) {
      return ctx.fail(409, `Session ${session.id} was paused for your safety; a check-in with safety_status safe comes first`, {
        code: 'SAFETY_HIGH_RISK',
        details: { session_id: session.id, state: session.state },
      });
    }
    const message = changeSession(ctx.state, owner, session, () => {
      session.state = 'active';
      session.resumeToken = null;
      return addAssistantMessage(ctx, session, { text: WELCOME_BACK_TEXT, intent: 'validate', risk: 'none', followup: null, delta: null });
    });
    return ctx.reply(200).json({
      session_id: session.id,
      session_state: 'active',
      resumed_at: ctx.now().toISOString(),
      assistant_message: assistantView(message),
    });
  },

  'POST /v1/session/{id}/end': (ctx) => {
    const { owner, session } = ownSession(ctx, ctx.params.id);
    if (session.state === 'completed') throw stateError(409, session, 'active');
    const { endedAt, summary } = changeSession(ctx.state, owner, session, () => {
      session.state = 'completed';
      session.endedAt = ctx.now();
      session.resumeToken = null;
      session.rating = ctx.body?.rating ?? null;
      session.feedback = ctx.body?.feedback ?? null;
      session.summary = summarise(session);
      return { endedAt: session.endedAt, summary: session.summary };
    });
    return ctx.reply(200).json({
      session_id: session.id,
      session_state: 'completed',
      ended_at: endedAt.toISOString(),
      summary: structuredClone(summary),
      duration_minutes: durationMinutes(session) ?? 0,
    });
  },

  'GET /v1/session/{id}/summary': (ctx) => {
    const { session } = ownSession(ctx, ctx.params.id);
    if (session.state !== 'completed' || !session.summary || !session.endedAt) {
      return ctx.fail(409, `Session ${session.id} is ${session.state}; its summary exists once it has ended`, {
        code: 'SESSION_NOT_COMPLETED',
        details: { session_id: session.id, state: session.state },
      });
    }
    return ctx.reply(200).json({
      session_id: session.id,
      session_type: session.type,
      started_at: session.startedAt.toISOString(),
      ended_at: session.endedAt.toISOString(),
      duration_minutes: durationMinutes(session) ?? 0,
      summary: structuredClone(session.summary),
      messages: structuredClone(session.messages),
      highlights: structuredClone(session.highlights),
    });
  },

  'GET /v1/sessions': (ctx) => {
    const owner = userOf(ctx);
    const { session_type, state } = ctx.query;
    const range = optionalRange(ctx.query);
    const matching = [...owner.sessions.values()]
      .filter((s) => (session_type === undefined || s.type === session_type) && (state === undefined || s.state === state))
      .filter((s) => inRange(s.startedAt, range))
      .reverse();
    const { items, pagination } = page(matching, ctx.query);
    return ctx.reply(200).json({
      sessions: items.map((s) => ({
        session_id: s.id,
        user_id: owner.user.user_id,
        session_type: s.type,
        state: s.state,
        started_at: s.startedAt.toISOString(),
        ended_at: s.endedAt?.toISOString() ?? null,
        duration_minutes: durationMinutes(s),
        mood_score: s.moodScore,
        summary_preview: s.summary ? preview(s.summary.text) : null,
        tags: [...(s.summary?.tags ?? s.tags)],
      })),
      pagination,
    });
  },
} satisfies Partial<CoachHandlers>;

function preview(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}...` : text;
}
