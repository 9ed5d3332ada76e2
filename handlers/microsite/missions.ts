// Mission progress, completion (points exactly once), the unlock gate and hydration.
import type { MicrositeHandlers } from './env.ts';
import { fitSession, sessionOf } from './env.ts';
import { isUnlocked, pendingMissions, pointsTotal, progressOf } from './progress.ts';

export const missionHandlers = {
  'GET /api/progress': (ctx) => ctx.reply(200).json(progressOf(sessionOf(ctx))),

  'POST /api/mission/complete': (ctx) => {
    const session = sessionOf(ctx);
    const { missionId, artifact } = ctx.body;
    if (session.missions.length === 0) return ctx.fail(404, `body.missionId: mission "${missionId}" not found; submit a goal first`);
    const mission = session.missions.find((m) => m.id === missionId);
    if (!mission) {
      return ctx.fail(404, `body.missionId: mission "${missionId}" not found; missions: ${session.missions.map((m) => m.id).join(', ')}`);
    }
    if (session.completed.has(mission.id)) return ctx.fail(403, `body.missionId: mission "${mission.id}" is already completed`);
    session.completed.set(mission.id, { answer: artifact.answer, at: ctx.now().toISOString() });
    fitSession(ctx.state, session);
    const next = pendingMissions(session)[0];
    return ctx.reply(200).json({
      pointsAwarded: mission.points,
      pointsTotal: pointsTotal(session),
      callUnlocked: isUnlocked(session),
      ...(next ? { nextMission: { id: next.id, title: next.title } } : {}),
    });
  },

  'GET /api/unlock-status': (ctx) => ctx.reply(200).json({ callUnlocked: isUnlocked(sessionOf(ctx)) }),

  'GET /api/session': (ctx) => {
    const session = sessionOf(ctx);
    return ctx.reply(200).json({
      sessionId: session.id,
      ...(session.personalisation ? { goal: session.personalisation.goal } : {}),
      ...progressOf(session),
    });
  },
} satisfies Partial<MicrositeHandlers>;
