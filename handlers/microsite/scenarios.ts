// Named states for microsite's screens, built by sending the API's own requests, so they hold
// exactly what a user reaching that state through the app would have.

import { UNLOCK_THRESHOLD } from '../../fixtures/microsite/missions.ts';
import type { Scenario, ScenarioContext } from '../../src/core/index.ts';
import type { components } from '../../src/generated/microsite.ts';
import { step } from '../scenario-steps.ts';
import type { MicrositeEnv } from './env.ts';

type Schemas = components['schemas'];
type Ctx = ScenarioContext<MicrositeEnv>;

const GOAL = 'I want to build an AI agent for restaurants';

/** An anonymous session: its tokens and the headers that act as it. */
async function session({ send }: Ctx) {
  const tokens = (await step<Schemas['TokenPair']>(send, 'POST', '/api/auth/session', {}, 200)).json;
  const headers = { authorization: `Bearer ${tokens.accessToken}` };
  return { tokens, headers };
}

/** A session with a goal set: its tokens, headers and missions. */
async function sessionWithGoal(ctx: Ctx) {
  const { tokens, headers } = await session(ctx);
  const goal = (await step<Schemas['GoalResponse']>(ctx.send, 'POST', '/api/goal', { headers, body: { input: GOAL } }, 200)).json;
  return { tokens, headers, goal };
}

async function complete(ctx: Ctx, headers: Record<string, string>, missionId: string) {
  const body = { missionId, artifact: { answer: `Scenario answer for ${missionId}` } };
  return (await step<Schemas['CompleteMissionResponse']>(ctx.send, 'POST', '/api/mission/complete', { headers, body }, 200)).json;
}

/** Completes missions in order until `enough` says stop (after the mission it was given). */
async function completeUntil(
  ctx: Ctx,
  headers: Record<string, string>,
  missions: Schemas['Mission'][],
  enough: (done: Schemas['CompleteMissionResponse']) => boolean,
) {
  const missionsCompleted: string[] = [];
  let pointsTotal = 0;
  for (const mission of missions) {
    const done = await complete(ctx, headers, mission.id);
    missionsCompleted.push(mission.id);
    pointsTotal = done.pointsTotal;
    if (enough(done)) break;
  }
  return { missionsCompleted, pointsTotal };
}

function made(tokens: Schemas['TokenPair'], headers: Record<string, string>, sessionId: string) {
  return { headers, sessionId, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
}

export const scenarios: Scenario<MicrositeEnv>[] = [
  {
    name: 'fresh-session',
    description: 'An anonymous session with no goal yet: the landing page before the user types anything',
    async build(ctx) {
      const { tokens, headers } = await session(ctx);
      const { sessionId } = (await step<Schemas['SessionState']>(ctx.send, 'GET', '/api/session', { headers }, 200)).json;
      return made(tokens, headers, sessionId);
    },
  },
  {
    name: 'goal-set',
    description: 'A session with a goal and its personalised missions, none of them completed yet',
    async build(ctx) {
      const { tokens, headers, goal } = await sessionWithGoal(ctx);
      return { ...made(tokens, headers, goal.sessionId), missions: goal.missions.map((m) => m.id), pointsTotal: 0 };
    },
  },
  {
    name: 'missions-in-progress',
    description: 'A session with a goal and its first mission completed, the call still locked',
    async build(ctx) {
      const { tokens, headers, goal } = await sessionWithGoal(ctx);
      const { missionsCompleted, pointsTotal } = await completeUntil(ctx, headers, goal.missions.slice(0, 1), () => true);
      return { ...made(tokens, headers, goal.sessionId), missionsCompleted, pointsTotal };
    },
  },
  {
    name: 'call-unlocked',
    description: `A session whose completed missions passed the ${UNLOCK_THRESHOLD}-point unlock threshold: the call is unlocked`,
    async build(ctx) {
      const { tokens, headers, goal } = await sessionWithGoal(ctx);
      const { missionsCompleted, pointsTotal } = await completeUntil(ctx, headers, goal.missions, (done) => done.callUnlocked);
      return { ...made(tokens, headers, goal.sessionId), missionsCompleted, pointsTotal };
    },
  },
  {
    name: 'all-missions-complete',
    description: 'A session that completed every mission: all points earned, the call unlocked, nothing pending',
    async build(ctx) {
      const { tokens, headers, goal } = await sessionWithGoal(ctx);
      const { missionsCompleted, pointsTotal } = await completeUntil(ctx, headers, goal.missions, () => false);
      return { ...made(tokens, headers, goal.sessionId), missionsCompleted, pointsTotal };
    },
  },
  {
    name: 'chat-history',
    description: 'A session with a goal, its first mission completed and three exchanges with the assistant in its chat history',
    async build(ctx) {
      const { tokens, headers, goal } = await sessionWithGoal(ctx);
      const { missionsCompleted, pointsTotal } = await completeUntil(ctx, headers, goal.missions.slice(0, 1), () => true);
      const messages = [
        'Hi there!',
        'How should I measure whether the agent helps my restaurants?',
        'What should I do next on my project?',
      ];
      let history: Schemas['ChatTurn'][] = [];
      for (const message of messages) {
        const body = { message, context: { page: 'mission-dashboard', section: 'chat' } };
        history = (await step<Schemas['ChatResponse']>(ctx.send, 'POST', '/api/chat', { headers, body }, 200)).json.history;
      }
      return { ...made(tokens, headers, goal.sessionId), missionsCompleted, pointsTotal, historyTurns: history.length };
    },
  },
];
