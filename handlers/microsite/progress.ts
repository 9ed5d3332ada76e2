// Points, statuses and the unlock rule, computed from what the session completed.
import { UNLOCK_THRESHOLD } from '../../fixtures/microsite/missions.ts';
import type { Progress, SessionRecord } from './env.ts';

export function pointsTotal(session: SessionRecord): number {
  return session.missions.filter((m) => session.completed.has(m.id)).reduce((sum, m) => sum + m.points, 0);
}

export function isUnlocked(session: SessionRecord): boolean {
  return pointsTotal(session) >= UNLOCK_THRESHOLD;
}

export function progressOf(session: SessionRecord): Progress {
  return {
    pointsTotal: pointsTotal(session),
    missions: session.missions.map((m) => ({
      id: m.id,
      status: session.completed.has(m.id) ? 'completed' : 'pending',
      points: m.points,
    })),
    callUnlocked: isUnlocked(session),
  };
}

export function pendingMissions(session: SessionRecord) {
  return session.missions.filter((m) => !session.completed.has(m.id));
}
