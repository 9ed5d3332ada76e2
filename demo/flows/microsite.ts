// microsite: an anonymous session, a goal, a mission completed, progress read back, and a
// bad request whose 400 arrives in microsite's own envelope.
import type { components } from '../../src/generated/microsite.ts';
import type { Flow, FlowContext } from '../flow.ts';

type Schemas = components['schemas'];

export const microsite: Flow = {
  api: 'microsite',
  title: 'session → goal → mission → progress',
  async run(ctx: FlowContext) {
    const session = (await ctx.call('POST', '/api/auth/session')).body as Schemas['TokenPair'];
    const headers = { authorization: `Bearer ${session.accessToken}` };

    const goal = (await ctx.call('POST', '/api/goal', { headers, body: { input: 'I want to build an AI agent for restaurants' } }))
      .body as Schemas['GoalResponse'];
    const mission = goal.missions[0];
    ctx.check(mission, 'the goal fixes a mission catalogue');

    await ctx.call('POST', '/api/mission/complete', { headers, body: { missionId: mission.id, artifact: { answer: 'table turnover' } } });
    const progress = (await ctx.call('GET', '/api/progress', { headers })).body as Schemas['Progress'];
    ctx.check(progress.pointsTotal === mission.points, `progress counts the completed mission (${progress.pointsTotal} points)`);

    const refused = await ctx.call('POST', '/api/goal', { headers, body: { input: '' }, expect: 400 });
    ctx.check(
      JSON.stringify(refused.body) ===
        JSON.stringify({ error: { code: 400, message: 'body.input: must NOT have fewer than 1 characters' } }),
      'a bad goal is refused in the envelope, naming the field',
    );
  },
};
