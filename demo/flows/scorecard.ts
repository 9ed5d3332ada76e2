// scorecard: the HTTP-only `assessment-session` cookie set by start, four steps saved, a bad
// choice refused with 422 in scorecard's own envelope, the assessment submitted and its
// results read back with the same cookie.
import type { components } from '../../src/generated/scorecard.ts';
import type { Flow, FlowContext } from '../flow.ts';

type Schemas = components['schemas'];

// One answer set (docs/apis/scorecard.md's): it scores 67, band `builder`.
const STEPS: Array<Record<string, string>> = [
  { value_assurance_1: 'A', value_assurance_2: 'B', value_assurance_3: 'C', value_assurance_4: 'C' },
  { customer_safe_1: 'B', customer_safe_2: 'B', customer_safe_3: 'C', customer_safe_4: 'C' },
  { risk_compliance_1: 'C', risk_compliance_2: 'C', risk_compliance_3: 'C', risk_compliance_4: 'C' },
  { governance_1: 'B', governance_2: 'C', governance_3: 'D', governance_4: 'D' },
];

export const scorecard: Flow = {
  api: 'scorecard',
  title: 'start → save progress → submit → results',
  async run(ctx: FlowContext) {
    // The browser keeps the HTTP-only session cookie; every later call sends it.
    const started = (await ctx.call('POST', '/api/assessment/start', { body: { email: 'ceo@company.com', company: 'Acme Corp' } }))
      .body as Schemas['StartAssessmentResponse'];

    const refused = await ctx.call('POST', '/api/assessment/save-progress', {
      body: { step: 0, responses: { value_assurance_1: 'X' } },
      expect: 422,
    });
    const error = (refused.body as Schemas['Error']).error;
    ctx.check(
      error.code === 'VALIDATION_ERROR' &&
        error.details?.field === 'responses.value_assurance_1' &&
        JSON.stringify(error.details.validChoices) === JSON.stringify(['A', 'B', 'C', 'D', 'E']),
      'a bad choice is refused in the envelope, naming the field and the valid choices',
    );

    for (const [step, responses] of STEPS.entries()) {
      const saved = (await ctx.call('POST', '/api/assessment/save-progress', { body: { step, responses, timeSpent: 30 } }))
        .body as Schemas['SaveProgressResponse'];
      ctx.check(saved.canProceed, `step ${step} is complete`);
    }
    const resumed = (await ctx.call('GET', '/api/assessment/resume')).body as Schemas['ResumeAssessmentResponse'];
    ctx.check(resumed.hasActiveAssessment, 'the session cookie resumes the assessment');

    const submitted = (await ctx.call('POST', '/api/assessment/submit', { body: { completionTime: 480 } }))
      .body as Schemas['SubmitAssessmentResponse'];
    ctx.check(
      submitted.totalScore === 67 && submitted.scoreCategory === 'builder',
      `the answers score ${submitted.totalScore} (${submitted.scoreCategory})`,
    );

    const results = (await ctx.call('GET', `/api/assessment/results/${started.assessmentId}`)).body as Schemas['AssessmentResultsResponse'];
    ctx.check(results.assessmentId === started.assessmentId, 'the results are read back with the session cookie');
  },
};
