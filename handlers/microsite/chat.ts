// The assistant: replies grounded in the goal, the next pending mission and where the user
// is, and steers off-topic questions back to the project; the history grows by the user's turn
// and the assistant's turn on every call.
import { UNLOCK_THRESHOLD } from '../../fixtures/microsite/missions.ts';
import { chatTopic } from './chat-topic.ts';
import type { ChatTurn, MicrositeHandlers, MicrositeState, SessionRecord } from './env.ts';
import { fitSession, MAX_HISTORY_TURNS, sessionOf } from './env.ts';
import { missionHint } from './personalise.ts';
import { pendingMissions, pointsTotal, progressOf } from './progress.ts';

const OPENERS = ['Good question.', 'Happy to help.', 'Here is where I would go next.', 'Let us keep the momentum.'];

/** The oldest turns go beyond MAX_HISTORY_TURNS, or when the session is over its bytes. */
function append(state: MicrositeState, session: SessionRecord, turn: ChatTurn): void {
  session.history.push(turn);
  if (session.history.length > MAX_HISTORY_TURNS) session.history.splice(0, session.history.length - MAX_HISTORY_TURNS);
  fitSession(state, session);
}

export const chatHandlers = {
  'POST /api/chat': (ctx) => {
    const session = sessionOf(ctx);
    const { message, context } = ctx.body;
    append(ctx.state, session, { role: 'user', message, timestamp: ctx.now().toISOString() });
    const personalisation = session.personalisation;

    if (!personalisation) {
      const reply = 'Tell me what you want to build first: describe your goal on the landing page and I will tailor missions to it.';
      append(ctx.state, session, { role: 'assistant', message: reply, timestamp: ctx.now().toISOString() });
      return ctx.reply(200).json({ reply, history: [...session.history], navigate: { page: 'micro-landing', section: 'hero' } });
    }

    const pending = pendingMissions(session);
    const next = pending[0];
    const topic = chatTopic(message, personalisation.goal);
    if (topic.kind === 'off-topic') {
      // Say it is out of scope and steer back; no navigation the user did not ask for.
      const back = next
        ? `Shall we get back to "${next.title}"? Next, ${missionHint(next.id)}.`
        : 'Every mission is done, so the next step is your free call: book it from the progress widget.';
      const reply = `That is outside what I can help with here: I am your guide for ${personalisation.goal.domain} and your AI project. ${back}`;
      append(ctx.state, session, { role: 'assistant', message: reply, timestamp: ctx.now().toISOString() });
      return ctx
        .reply(200)
        .json({ reply, history: [...session.history], updatedProgress: progressOf(session), followUpMissions: pending.slice(0, 2) });
    }
    const points = pointsTotal(session);
    const viewedStudy = typeof context.metadata?.caseStudyId === 'string' ? context.metadata.caseStudyId : undefined;
    const suggestedRead = personalisation.recommendedCaseStudies.filter((s) => s.id !== viewedStudy).slice(0, 2);
    const parts = [topic.greeting ?? ctx.faker.helpers.arrayElement(OPENERS)];
    if (context.page === 'case-study' && suggestedRead[0]) {
      parts.push(
        `For ${personalisation.goal.domain}, "${suggestedRead[0].title}" is the closest match: ${suggestedRead[0].summary.toLowerCase()}.`,
      );
    }
    if (next) {
      parts.push(`Next, tackle "${next.title}" (${next.points} points): ${missionHint(next.id)}.`);
      parts.push(
        points >= UNLOCK_THRESHOLD
          ? 'Your free call is already unlocked whenever you are ready.'
          : `You have ${points} of the ${UNLOCK_THRESHOLD} points that unlock your free call.`,
      );
    } else {
      parts.push(
        `You have completed every mission for ${personalisation.goal.domain}, and your free call is unlocked: book it from the progress widget.`,
      );
    }
    const reply = parts.join(' ');
    append(ctx.state, session, { role: 'assistant', message: reply, timestamp: ctx.now().toISOString() });

    const position = next ? session.missions.indexOf(next) + 1 : 0;
    return ctx.reply(200).json({
      reply,
      history: [...session.history],
      updatedProgress: progressOf(session),
      followUpMissions: pending.slice(0, 2),
      suggestedRead,
      navigate: next
        ? { page: 'mission-dashboard', section: `mission-${position}`, metadata: { missionId: next.id } }
        : { page: 'mission-dashboard', section: 'progress-widget' },
    });
  },
} satisfies Partial<MicrositeHandlers>;
