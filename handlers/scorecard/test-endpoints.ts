// Development-only helpers (`/api/test/*`): the questionnaire with a sample, arming a HubSpot
// failure, forgetting the current session. Off under `--no-test-endpoints` (404).
import { CATEGORIES, SAMPLE_RESPONSES } from '../../fixtures/scorecard/questionnaire.ts';
import { StubError } from '../../src/core/index.ts';
import type { ScorecardHandlers } from './env.ts';
import { clearedCookie, SESSION_COOKIE } from './env.ts';
import { bandFor, categoryScores, totalScore } from './scoring.ts';

function requireTestEndpoints(ctx: { services: { testEndpoints: boolean }; request: Request }, path: string): void {
  if (!ctx.services.testEndpoints) {
    throw new StubError(404, `Test endpoints are disabled (--no-test-endpoints): ${ctx.request.method} ${path}`, { code: 'NOT_FOUND' });
  }
}

export const testEndpointHandlers = {
  'GET /api/test/sample-assessment': (ctx) => {
    requireTestEndpoints(ctx, '/api/test/sample-assessment');
    const scores = categoryScores(new Map(Object.entries(SAMPLE_RESPONSES)));
    const total = totalScore(scores);
    const band = bandFor(total);
    return ctx.reply(200).json({
      categories: CATEGORIES.map((c) => ({
        key: c.key,
        name: c.name,
        step: c.step,
        weight: c.weightPercent / 100,
        questions: c.questions.map((q) => ({ id: q.id, question: q.question, choices: q.choices.map((choice) => ({ ...choice })) })),
      })),
      sampleResponses: { ...SAMPLE_RESPONSES },
      sampleScore: { totalScore: total, scoreBreakdown: scores, scoreCategory: band.key, categoryDescription: band.description },
    });
  },

  'POST /api/test/simulate-hubspot-failure': (ctx) => {
    requireTestEndpoints(ctx, '/api/test/simulate-hubspot-failure');
    ctx.state.hubspotFailNext = true;
    return ctx.reply(200).json({ simulated: true, message: 'The next HubSpot sync will fail.' });
  },

  'GET /api/test/clear-session': (ctx) => {
    requireTestEndpoints(ctx, '/api/test/clear-session');
    const id = ctx.cookies[SESSION_COOKIE];
    const cleared = id !== undefined && ctx.state.sessions.delete(id);
    return ctx.reply(200).json({ cleared }, { cookies: [clearedCookie(ctx.secure)] });
  },
} satisfies Partial<ScorecardHandlers>;
