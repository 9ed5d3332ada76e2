// scorecard's named scenarios, over HTTP and MSW: each is in the state its description
// promises, checked through the API with the session cookie it returned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/client.ts';
import type { Transport } from '../support/transports.ts';
import { loadScenario, TRANSPORTS } from './load.ts';

describe.each(TRANSPORTS)('scorecard scenarios over %s', (_name, start) => {
  let t: Transport;
  let call: ReturnType<typeof clientFor>;
  beforeAll(async () => {
    t = await start();
    call = clientFor(t, 'scorecard');
  });
  afterAll(() => t.close());

  it('just-started: an active assessment at step 0 with nothing answered', async () => {
    const { headers, assessmentId, email } = await loadScenario(t, 'scorecard', 'just-started');
    const { json } = await call('GET', '/api/assessment/resume', { headers });
    expect(json.hasActiveAssessment).toBe(true);
    expect(json.assessment).toMatchObject({
      assessmentId,
      email,
      currentStep: 0,
      responses: {},
      progress: { completed: 0, percentage: 0 },
    });
  });

  it('half-finished: steps 0 and 1 saved, resuming at step 2; submitting names the 8 open questions', async () => {
    const { headers, assessmentId, currentStep } = await loadScenario(t, 'scorecard', 'half-finished');
    expect(currentStep).toBe(2);
    const { json } = await call('GET', '/api/assessment/resume', { headers });
    expect(json.assessment).toMatchObject({ assessmentId, currentStep: 2, progress: { completed: 2, percentage: 50 } });
    expect(Object.keys(json.assessment.responses).sort()).toEqual(
      ['value_assurance', 'customer_safe'].flatMap((c) => [1, 2, 3, 4].map((n) => `${c}_${n}`)).sort(),
    );
    const submit = await call('POST', '/api/assessment/submit', { headers, body: { completionTime: 300 } });
    expect(submit.status).toBe(400);
    expect(submit.json.error.code).toBe('ASSESSMENT_INCOMPLETE');
    expect(submit.json.error.details.missingQuestions).toHaveLength(8);
    expect((await call('GET', `/api/assessment/results/${assessmentId}`, { headers })).status).toBe(404);
  });

  it('submitted: results readable in the builder band, with the contact details and briefing offer', async () => {
    const { headers, assessmentId, totalScore, scoreCategory } = await loadScenario(t, 'scorecard', 'submitted');
    expect(scoreCategory).toBe('builder');
    const results = await call('GET', `/api/assessment/results/${assessmentId}`, { headers });
    expect(results.status).toBe(200);
    expect(results.json).toMatchObject({ assessmentId, totalScore, scoreCategory: 'builder' });
    expect(results.json.nextSteps.briefingCta).toBeDefined();
    expect((await call('GET', '/api/assessment/resume', { headers })).json).toEqual({ hasActiveAssessment: false });
  });

  it.each([
    ['champion', 100],
    ['crisis', 0],
  ])('%s: a submitted assessment scoring %i in that band', async (band, score) => {
    const { headers, assessmentId } = await loadScenario(t, 'scorecard', band);
    const { json } = await call('GET', `/api/assessment/results/${assessmentId}`, { headers });
    expect(json).toMatchObject({ totalScore: score, scoreCategory: band });
  });

  it('loads more often than the per-address limits allow one client (10 starts, 5 submits an hour)', async () => {
    const loaded = [];
    for (let i = 0; i < 6; i++) loaded.push(await loadScenario(t, 'scorecard', 'submitted'));
    expect(new Set(loaded.map((l) => l.assessmentId)).size).toBe(6);
    // The client's own limits are untouched by the loads.
    const started = await call('POST', '/api/assessment/start', { body: {} });
    expect(started.status).toBe(200);
  });
});
