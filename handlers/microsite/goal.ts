// Goal, clarification and the personalised content derived from them.
import type { MicrositeHandlers } from './env.ts';
import { fitSession, MAX_CLARIFICATIONS, sessionOf } from './env.ts';
import { missionCatalogue, personalise } from './personalise.ts';

export const goalHandlers = {
  'POST /api/goal': (ctx) => {
    const session = sessionOf(ctx);
    const personalisation = personalise(ctx.body.input, []);
    session.personalisation = personalisation;
    // Same ids, order and points (progress is kept by id); titles name the new goal's domain.
    session.missions = missionCatalogue(personalisation.goal);
    fitSession(ctx.state, session);
    return ctx.reply(200).json({ sessionId: session.id, ...personalisation, missions: session.missions });
  },

  'POST /api/clarify': (ctx) => {
    const session = sessionOf(ctx);
    const current = session.personalisation;
    if (!current) return ctx.fail(404, 'No goal to clarify yet: POST /api/goal first');
    const clarifications = [...current.goal.clarifications, ctx.body.clarification].slice(-MAX_CLARIFICATIONS);
    session.personalisation = personalise(current.goal.raw, clarifications);
    session.missions = missionCatalogue(session.personalisation.goal);
    fitSession(ctx.state, session);
    return ctx.reply(200).json({ ...session.personalisation, missions: session.missions });
  },

  'GET /api/personalised': (ctx) => {
    const session = sessionOf(ctx);
    if (!session.personalisation) return ctx.fail(404, 'No personalised content yet: POST /api/goal first');
    return ctx.reply(200).json({ ...session.personalisation, missions: session.missions });
  },
} satisfies Partial<MicrositeHandlers>;
