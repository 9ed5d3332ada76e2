// Named states for the assessment's screens, built by the API's own requests (start, save each
// step, submit), so the answers, progress and scores are exactly what the app would get.

import { CATEGORIES, type ChoiceLetter } from '../../fixtures/scorecard/questionnaire.ts';
import type { Scenario, ScenarioContext } from '../../src/core/index.ts';
import type { components } from '../../src/generated/scorecard.ts';
import { cookieSet, step } from '../scenario-steps.ts';
import { type ScorecardEnv, SESSION_COOKIE } from './env.ts';

type Schemas = components['schemas'];
type Ctx = ScenarioContext<ScorecardEnv>;

/** One step's answers, a letter per question in the questionnaire's order: `'BCAB'`. */
type StepAnswers = string;

const EMAIL = 'jordan.lee@example.com';
const SECONDS_PER_STEP = 95;

async function start(ctx: Ctx, body: Schemas['StartAssessmentRequest']) {
  const started = await step<Schemas['StartAssessmentResponse']>(ctx.send, 'POST', '/api/assessment/start', { body }, 200);
  const headers = { cookie: cookieSet(started, SESSION_COOKIE) };
  return { headers, sessionId: started.json.sessionId, assessmentId: started.json.assessmentId };
}

/** Saves steps 0, 1, … with the given answers, as the app does when the user presses Next. */
async function saveSteps(ctx: Ctx, headers: Record<string, string>, steps: StepAnswers[]) {
  let saved: Schemas['SaveProgressResponse'] | undefined;
  for (const [index, letters] of steps.entries()) {
    const questions = CATEGORIES[index]?.questions ?? [];
    const responses: Record<string, ChoiceLetter> = {};
    questions.forEach((q, i) => {
      responses[q.id] = (letters[i] ?? 'E') as ChoiceLetter;
    });
    const body = { step: index, responses, timeSpent: SECONDS_PER_STEP };
    saved = (await step<Schemas['SaveProgressResponse']>(ctx.send, 'POST', '/api/assessment/save-progress', { headers, body }, 200)).json;
  }
  return saved;
}

/** Answers every step and submits: the finished assessment with its results. */
async function submitted(ctx: Ctx, steps: StepAnswers[]) {
  const user = await start(ctx, { email: EMAIL, company: 'Lee & Partners', referrer: 'https://example.com/newsletter' });
  await saveSteps(ctx, user.headers, steps);
  const body = {
    completionTime: SECONDS_PER_STEP * steps.length,
    contactInfo: { firstName: 'Jordan', lastName: 'Lee', company: 'Lee & Partners' },
  };
  const result = (
    await step<Schemas['SubmitAssessmentResponse']>(ctx.send, 'POST', '/api/assessment/submit', { headers: user.headers, body }, 200)
  ).json;
  return {
    ...user,
    email: EMAIL,
    totalScore: result.totalScore,
    scoreCategory: result.scoreCategory,
    resultsUrl: result.resultsUrl,
  };
}

/** Every question answered `letter`, then submitted. */
function sameAnswers(name: string, letter: ChoiceLetter, description: string): Scenario<ScorecardEnv> {
  return {
    name,
    description,
    build: (ctx) =>
      submitted(
        ctx,
        CATEGORIES.map((c) => letter.repeat(c.questions.length)),
      ),
  };
}

export const scenarios: Scenario<ScorecardEnv>[] = [
  {
    name: 'just-started',
    description: 'An assessment started with an email, no step saved yet: resumes at step 0 of 0–3',
    async build(ctx) {
      return { ...(await start(ctx, { email: EMAIL })), email: EMAIL };
    },
  },
  {
    name: 'half-finished',
    description: 'An assessment with steps 0 and 1 saved (8 of 16 questions), not submitted: resumes at step 2',
    async build(ctx) {
      const user = await start(ctx, { email: EMAIL });
      const saved = await saveSteps(ctx, user.headers, ['BCCD', 'CCBD']);
      return { ...user, email: EMAIL, currentStep: saved?.currentStep };
    },
  },
  {
    name: 'submitted',
    description: 'A submitted assessment with email and contact details, scored in the builder band, its results readable',
    build: (ctx) => submitted(ctx, ['BBAB', 'BCBB', 'CCBD', 'BCCB']),
  },
  sameAnswers('champion', 'A', 'A submitted assessment answering A to every question: 100 points, the champion band'),
  sameAnswers('crisis', 'E', 'A submitted assessment answering E to every question: 0 points, the crisis band'),
];
