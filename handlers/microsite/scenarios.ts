// Named states for microsite's screens, built by sending the API's own requests, so they hold
// exactly what a user reaching that state through the app would have.

import { UNLOCK_THRESHOLD } from '../../fixtures/microsite/missions.ts';
import type { Scenario, ScenarioContext } from '../../src/core/index.ts';
import type { components } from '../../src/generated/microsite.ts';
import type { MicrositeEnv } from './env.ts';

type Schemas = components['schemas'];

/** A session with a goal set: its tokens, headers and missions. */
async function sessionWithGoal({ send }: ScenarioContext<MicrositeEnv>, input: string) {
  const tokens = (await send('POST', '/api/auth/session')).json as Schemas['TokenPair'];
  const headers = { authorization: `Bearer ${tokens.accessToken}` };
  const goal = (await send('POST', '/api/goal', { headers, body: { input } })).json as Schemas['GoalResponse'];
  return { tokens, headers, goal };
}

async function complete(ctx: ScenarioContext<MicrositeEnv>, headers: Record<string, string>, missionId: string) {
  const body = { missionId, artifact: { answer: `Scenario answer for ${missionId}` } };
  return (await ctx.send('POST', '/api/mission/complete', { headers, body })).json as Schemas['CompleteMissionResponse'];
}

export const scenarios: Scenario<MicrositeEnv>[] = [
  {
    name: 'missions-in-progress',
    description: 'A session with a goal and its first mission completed, the call still locked',
    async build(ctx) {
      const { tokens, headers, goal } = await sessionWithGoal(ctx, 'I want to build an AI agent for restaurants');
      const first = goal.missions[0];
      const done = first ? await complete(ctx, headers, first.id) : undefined;
      return {
        headers,
        sessionId: goal.sessionId,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        missionsCompleted: first ? [first.id] : [],
        pointsTotal: done?.pointsTotal ?? 0,
      };
    },
  },
  {
    name: 'call-unlocked',
    description: `A session whose completed missions passed the ${UNLOCK_THRESHOLD}-point unlock threshold: the call is unlocked`,
    async build(ctx) {
      const { tokens, headers, goal } = await sessionWithGoal(ctx, 'I want to build an AI agent for restaurants');
      const missionsCompleted: string[] = [];
      let pointsTotal = 0;
      for (const mission of goal.missions) {
        const done = await complete(ctx, headers, mission.id);
        missionsCompleted.push(mission.id);
        pointsTotal = done.pointsTotal;
        if (done.callUnlocked) break;
      }
      return {
        headers,
        sessionId: goal.sessionId,
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        missionsCompleted,
        pointsTotal,
      };
    },
  },
];
