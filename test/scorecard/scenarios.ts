// The scorecard scenario suite, written once and run against every transport
// (scorecard.http.test.ts, scorecard.msw.test.ts, scorecard.prism.test.ts). Every answer is
// contract-checked by the client; these tests assert the behaviour on top. Scores are checked
// against an independent computation written here from the rules in the document, not the
// handlers' code or the fixtures' constants.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CookieJar, clientFor } from '../support/client.ts';
import type { Transport } from '../support/transports.ts';

// --- The rules, restated independently -------------------------------------------------
const POINTS: Record<string, number> = { A: 25, B: 20, C: 15, D: 10, E: 0 };
const CATEGORY_OF_PREFIX = {
  value_assurance: 'valueAssurance',
  customer_safe: 'customerSafe',
  risk_compliance: 'riskCompliance',
  governance: 'governance',
} as const;
type Category = (typeof CATEGORY_OF_PREFIX)[keyof typeof CATEGORY_OF_PREFIX];
const PREFIXES = Object.keys(CATEGORY_OF_PREFIX) as Array<keyof typeof CATEGORY_OF_PREFIX>;
const WEIGHTS: Record<Category, number> = { valueAssurance: 0.25, customerSafe: 0.35, riskCompliance: 0.25, governance: 0.15 };
const STEP_IDS = PREFIXES.map((p) => [1, 2, 3, 4].map((n) => `${p}_${n}`));
const ALL_IDS = STEP_IDS.flat();

function expectedScores(answers: Record<string, string>) {
  const breakdown = { valueAssurance: 0, customerSafe: 0, riskCompliance: 0, governance: 0 };
  for (const [id, choice] of Object.entries(answers)) {
    const prefix = PREFIXES.find((p) => id.startsWith(`${p}_`));
    if (prefix) breakdown[CATEGORY_OF_PREFIX[prefix]] += POINTS[choice] ?? Number.NaN;
  }
  // Weighted sum in exact hundredths, rounded half up.
  const hundredths = (Object.keys(WEIGHTS) as Category[]).reduce((sum, c) => sum + Math.round(WEIGHTS[c] * 100) * breakdown[c], 0);
  const total = Math.floor(hundredths / 100) + (hundredths % 100 >= 50 ? 1 : 0);
  return { breakdown, total };
}

function expectedBand(total: number): string {
  if (total >= 85) return 'champion';
  if (total >= 65) return 'builder';
  if (total >= 45) return 'risk_zone';
  if (total >= 25) return 'alert';
  return 'crisis';
}

/** Four choices whose points add up to `score`, or undefined when no four can. */
function choicesFor(score: number): string[] | undefined {
  const search = (left: number, n: number): string[] | undefined => {
    if (n === 0) return left === 0 ? [] : undefined;
    for (const [choice, points] of Object.entries(POINTS)) {
      if (points > left) continue;
      const rest = search(left - points, n - 1);
      if (rest) return [choice, ...rest];
    }
    return undefined;
  };
  return search(score, 4);
}

/** An answer set whose total is exactly `target` (category scores searched here). */
function answersForTotal(target: number): Record<string, string> {
  const reachable = Array.from({ length: 21 }, (_, i) => i * 5).filter((s) => choicesFor(s));
  const weights = Object.values(WEIGHTS).map((w) => Math.round(w * 100));
  for (const va of reachable)
    for (const cs of reachable)
      for (const rc of reachable)
        for (const g of reachable) {
          const scores = [va, cs, rc, g];
          const hundredths = scores.reduce((sum, score, i) => sum + score * (weights[i] ?? 0), 0);
          if (Math.floor((hundredths + 50) / 100) !== target) continue;
          const answers = Object.fromEntries(
            STEP_IDS.flatMap((ids, step) => {
              const choices = choicesFor(scores[step] ?? 0) ?? [];
              return ids.map((id, i) => [id, choices[i] ?? 'E']);
            }),
          );
          expect(expectedScores(answers).total).toBe(target);
          return answers;
        }
  throw new Error(`no answers total ${target}`);
}

/** A small seeded generator, so the random answer sets are the same on every run. */
function randomAnswers(seed: number): Record<string, string> {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  return Object.fromEntries(ALL_IDS.map((id) => [id, 'ABCDE'[next() % 5] ?? 'A']));
}

const SAMPLE: Record<string, string> = {
  value_assurance_1: 'A',
  value_assurance_2: 'B',
  value_assurance_3: 'C',
  value_assurance_4: 'C',
  customer_safe_1: 'B',
  customer_safe_2: 'B',
  customer_safe_3: 'C',
  customer_safe_4: 'C',
  risk_compliance_1: 'C',
  risk_compliance_2: 'C',
  risk_compliance_3: 'C',
  risk_compliance_4: 'C',
  governance_1: 'B',
  governance_2: 'C',
  governance_3: 'D',
  governance_4: 'D',
};

const SECURITY_HEADERS = {
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-xss-protection': '1; mode=block',
  'content-security-policy': "default-src 'self'",
};

export function expectSecurityHeaders(headers: Headers, label: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), `${label}: ${name}`).toBe(value);
}

function stepAnswers(answers: Record<string, string>, step: number): Record<string, string> {
  return Object.fromEntries((STEP_IDS[step] ?? []).map((id) => [id, answers[id] ?? 'E']));
}

export const ERROR = {
  code: expect.any(String),
  message: expect.any(String),
  timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  requestId: expect.stringMatching(/^req_/),
};

export function scorecardScenarios(start: () => Promise<Transport>): void {
  let transport: Transport;
  let call: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    transport = await start();
    call = clientFor(transport, 'scorecard');
  });
  afterAll(() => transport.close());
  const reset = () => fetch(`${transport.origin}/__stubs/reset?api=scorecard`, { method: 'POST' });
  beforeEach(reset);

  async function startAssessment(jar: CookieJar, body?: unknown) {
    const res = await call('POST', '/api/assessment/start', { jar, ...(body !== undefined ? { body } : {}) });
    expect(res.status, res.text).toBe(200);
    return res.json as { sessionId: string; assessmentId: string; expiresAt: string };
  }

  async function submitAll(jar: CookieJar, answers: Record<string, string>) {
    const res = await call('POST', '/api/assessment/submit', { jar, body: { finalResponses: answers, completionTime: 300 } });
    expect(res.status, res.text).toBe(200);
    return res;
  }

  describe('sessions', () => {
    it('start sets an HTTP-only, SameSite=Lax cookie for 24 hours, with the security and rate-limit headers', async () => {
      const jar = new CookieJar();
      const before = Date.now();
      const res = await call('POST', '/api/assessment/start', {
        jar,
        body: { email: 'ceo@company.com', company: 'Acme Corp', referrer: 'https://google.com/search' },
      });
      expect(res.status).toBe(200);
      expect(res.json).toEqual({
        sessionId: expect.stringMatching(/^sess_[a-z0-9]{12}$/),
        assessmentId: expect.stringMatching(/^assess_[a-z0-9]{9}$/),
        currentStep: 0,
        totalSteps: 4,
        expiresAt: expect.any(String),
        resumeUrl: '/assessment/step/1',
      });
      const life = Date.parse(res.json.expiresAt) - before;
      expect(life).toBeGreaterThan(24 * 3600 * 1000 - 60_000);
      expect(life).toBeLessThanOrEqual(24 * 3600 * 1000 + 60_000);
      expect(jar.lastSetCookie).toEqual([`assessment-session=${res.json.sessionId}; Max-Age=86400; Path=/; HttpOnly; SameSite=Lax`]);
      expectSecurityHeaders(res.headers, 'start');
      expect(res.headers.get('x-ratelimit-limit')).toBe('10');
      expect(res.headers.get('x-ratelimit-remaining')).toBe('9');
      expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(before / 1000);
      expect(Number(res.headers.get('x-ratelimit-retryafter'))).toBeGreaterThan(3500);
      // The body is optional.
      expect((await call('POST', '/api/assessment/start', { jar: new CookieJar() })).status).toBe(200);
    });

    it('marks the cookie Secure when served over HTTPS (X-Forwarded-Proto)', async () => {
      const jar = new CookieJar();
      const res = await call('POST', '/api/assessment/start', { jar, body: {}, headers: { 'x-forwarded-proto': 'https' } });
      expect(res.status).toBe(200);
      expect(jar.lastSetCookie[0]).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
    });

    it('answers 401 SESSION_EXPIRED without a session or with an unknown one, in the envelope with the security headers', async () => {
      const nobody = new CookieJar();
      const stale = new CookieJar();
      stale.cookies.set('assessment-session', 'sess_doesnotexist');
      for (const who of [nobody, stale]) {
        for (const [method, path, body] of [
          ['POST', '/api/assessment/save-progress', { step: 0, responses: {} }],
          ['POST', '/api/assessment/submit', { completionTime: 1 }],
          ['GET', '/api/assessment/resume'],
          ['GET', '/api/assessment/results/assess_123456789'],
        ] as const) {
          const res = await call(method, path, { jar: who, ...(body ? { body } : {}) });
          expect(res.status, `${method} ${path}`).toBe(401);
          expect(res.json).toEqual({
            error: { ...ERROR, code: 'SESSION_EXPIRED', message: expect.stringMatching(/^cookie\.assessment-session: /) },
          });
          expectSecurityHeaders(res.headers, `${method} ${path}`);
        }
      }
    });

    it('never repeats an id after a reset: a cookie from before it finds nothing, not a new session', async () => {
      const seen = new Set<string>();
      let previous: CookieJar | undefined;
      for (let round = 0; round < 3; round++) {
        if (round > 0) await reset();
        const jar = new CookieJar();
        const started = await startAssessment(jar, { email: 'ceo@company.com' });
        expect(started.sessionId).toMatch(/^sess_[a-z0-9]{12}$/);
        expect(started.assessmentId).toMatch(/^assess_[a-z0-9]{9}$/);
        for (const id of [started.sessionId, started.assessmentId]) {
          expect(seen.has(id), `${id} in round ${round}`).toBe(false);
          seen.add(id);
        }
        if (previous) {
          const stale = await call('GET', '/api/assessment/resume', { jar: previous });
          expect(stale.status).toBe(401);
          expect(stale.json.error.code).toBe('SESSION_EXPIRED');
        }
        expect((await call('GET', '/api/assessment/resume', { jar })).json.assessment.assessmentId).toBe(started.assessmentId);
        previous = jar;
      }
    });

    it('clear-session forgets the session and expires the cookie', async () => {
      const jar = new CookieJar();
      await startAssessment(jar);
      const cleared = await call('GET', '/api/test/clear-session', { jar });
      expect(cleared.status).toBe(200);
      expect(cleared.json).toEqual({ cleared: true });
      expect(jar.lastSetCookie[0]).toMatch(/^assessment-session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);
      const old = new CookieJar();
      old.cookies.set('assessment-session', 'sess_gone');
      expect((await call('GET', '/api/test/clear-session', { jar: old })).json).toEqual({ cleared: false });
      jar.cookies.set('assessment-session', (await startAssessment(new CookieJar())).sessionId);
      await call('GET', '/api/test/clear-session', { jar });
      expect((await call('GET', '/api/assessment/resume', { jar })).status).toBe(401);
    });
  });

  describe('the four-step flow', () => {
    it('start → save steps 0–3 → resume → submit → results, scored as the document says', async () => {
      const jar = new CookieJar();
      const started = await startAssessment(jar, { email: 'ceo@company.com', company: 'Acme Corp' });
      // Step 0 partly, then complete: canProceed only once all its questions are answered.
      const partial = await call('POST', '/api/assessment/save-progress', {
        jar,
        body: { step: 0, responses: { value_assurance_1: 'A', value_assurance_2: 'B' }, timeSpent: 20 },
      });
      expect(partial.json).toEqual({
        saved: true,
        currentStep: 0,
        nextStep: 0,
        canProceed: false,
        progress: { completed: 0, total: 4, percentage: 0 },
        validationErrors: ['value_assurance_3: not answered', 'value_assurance_4: not answered'],
      });
      expect(jar.lastSetCookie[0]).toMatch(/^assessment-session=sess_[a-z0-9]{12}; Max-Age=86400; /);
      for (let step = 0; step < 4; step++) {
        const res = await call('POST', '/api/assessment/save-progress', {
          jar,
          body: { step, responses: stepAnswers(SAMPLE, step), timeSpent: 30 },
        });
        expect(res.status, res.text).toBe(200);
        const done = step === 3;
        expect(res.json).toEqual({
          saved: true,
          currentStep: done ? 3 : step + 1,
          nextStep: done ? null : step + 1,
          canProceed: true,
          progress: { completed: step + 1, total: 4, percentage: (step + 1) * 25 },
        });
        if (step === 1) {
          // Resume returns exactly what was saved so far.
          const resumed = await call('GET', '/api/assessment/resume', { jar });
          expect(resumed.json).toEqual({
            hasActiveAssessment: true,
            assessment: {
              assessmentId: started.assessmentId,
              currentStep: 2,
              totalSteps: 4,
              responses: { ...stepAnswers(SAMPLE, 0), ...stepAnswers(SAMPLE, 1) },
              email: 'ceo@company.com',
              contactInfo: { company: 'Acme Corp' },
              progress: { completed: 2, percentage: 50 },
              startedAt: expect.any(String),
              timeElapsed: expect.any(Number),
              timeRemaining: expect.any(Number),
              resumeUrl: '/assessment/step/3',
            },
          });
          const { timeElapsed, timeRemaining } = resumed.json.assessment;
          expect(timeElapsed).toBeGreaterThanOrEqual(0);
          expect(timeElapsed).toBeLessThan(120);
          // The last save extended the session to 24 hours from then.
          expect(timeRemaining).toBeGreaterThan(86400 - 120);
          expect(timeRemaining).toBeLessThanOrEqual(86400);
        }
      }

      const expected = expectedScores(SAMPLE);
      expect(expected).toEqual({ breakdown: { valueAssurance: 75, customerSafe: 70, riskCompliance: 60, governance: 55 }, total: 67 });
      const submitted = await call('POST', '/api/assessment/submit', {
        jar,
        body: {
          completionTime: 480,
          contactInfo: { firstName: 'John', lastName: 'Doe', phone: '+1-555-123-4567' },
          feedback: 'Very helpful',
        },
      });
      expect(submitted.status, submitted.text).toBe(200);
      expect(submitted.json).toEqual({
        assessmentId: started.assessmentId,
        completed: true,
        totalScore: 67,
        scoreBreakdown: expected.breakdown,
        scoreCategory: 'builder',
        categoryDescription: 'Good foundation in place with specific areas for improvement',
        recommendations: [
          {
            category: 'governance',
            priority: 'high',
            title: 'Implement Version Control for AI Models',
            description: 'Establish proper versioning and rollback procedures for AI deployments',
            actionItems: ['Set up model versioning system', 'Define rollback procedures', 'Create staging environment'],
          },
          expect.objectContaining({ category: 'riskCompliance', priority: 'medium' }),
        ],
        resultsUrl: `/assessment/results/${started.assessmentId}`,
        hubspotSyncStatus: 'synced',
        emailDeliveryStatus: 'sent',
        qualifiedForBriefing: true,
      });

      // A second submit changes nothing, whatever it sends.
      const again = await call('POST', '/api/assessment/submit', {
        jar,
        body: { completionTime: 1, finalResponses: Object.fromEntries(ALL_IDS.map((id) => [id, 'A'])) },
      });
      expect(again.status).toBe(200);
      expect(again.json).toEqual(submitted.json);
      expect((await call('GET', '/api/assessment/resume', { jar })).json).toEqual({ hasActiveAssessment: false });

      const results = await call('GET', `/api/assessment/results/${started.assessmentId}`, { jar });
      expect(results.status, results.text).toBe(200);
      const questionnaire = (await call('GET', '/api/test/sample-assessment')).json.categories as Array<{
        key: Category;
        questions: Array<{ id: string; question: string; choices: Array<{ choice: string; text: string }> }>;
      }>;
      for (const category of questionnaire) {
        const got = results.json.scoreBreakdown[category.key];
        expect(got.score).toBe(expected.breakdown[category.key]);
        expect(got.weight).toBe(WEIGHTS[category.key]);
        expect(got.questions).toEqual(
          category.questions.map((q) => ({
            id: q.id,
            question: q.question,
            answer: SAMPLE[q.id],
            answerText: q.choices.find((c) => c.choice === SAMPLE[q.id])?.text,
            points: POINTS[SAMPLE[q.id] ?? 'E'],
            maxPoints: 25,
          })),
        );
      }
      expect(results.json).toMatchObject({
        assessmentId: started.assessmentId,
        totalScore: 67,
        scoreCategory: 'builder',
        benchmarks: { industryAverage: 58, similarCompanies: 1240, percentile: expect.any(Number) },
        nextSteps: { briefingCta: { url: `/briefing?assessment=${started.assessmentId}` } },
      });
      expect(Date.parse(results.json.completedAt)).not.toBeNaN();
      expect(results.json.recommendations.map((r: { category: string; priority: string }) => [r.category, r.priority])).toEqual([
        ['governance', 'high'],
        ['riskCompliance', 'medium'],
      ]);
      expect(results.json.recommendations[0]).toMatchObject({ estimatedImpact: expect.any(String), timeToImplement: expect.any(String) });
      // Resources are for the two weakest categories.
      expect(results.json.nextSteps.resources.length).toBeGreaterThan(0);
      expect(results.json.warnings).toBeUndefined();
    });

    it('scores seeded random answer sets exactly as the independent computation does', async () => {
      for (let seed = 1; seed <= 6; seed++) {
        if (seed % 5 === 0) await reset(); // submit allows 5 per hour per IP
        const answers = randomAnswers(seed);
        const expected = expectedScores(answers);
        const jar = new CookieJar();
        await startAssessment(jar);
        const res = await submitAll(jar, answers);
        expect(res.json.scoreBreakdown, `seed ${seed}`).toEqual(expected.breakdown);
        expect(res.json.totalScore, `seed ${seed}`).toBe(expected.total);
        expect(res.json.scoreCategory, `seed ${seed}`).toBe(expectedBand(expected.total));
        // Recommendations: the two weakest categories, priority by score.
        const weakest = (Object.keys(WEIGHTS) as Category[])
          .map((c, step) => ({ c, step }))
          .sort((a, b) => expected.breakdown[a.c] - expected.breakdown[b.c] || WEIGHTS[b.c] - WEIGHTS[a.c] || a.step - b.step)
          .slice(0, 2)
          .map(({ c }) => [c, expected.breakdown[c] < 60 ? 'high' : expected.breakdown[c] < 80 ? 'medium' : 'low']);
        expect(res.json.recommendations.map((r: { category: string; priority: string }) => [r.category, r.priority])).toEqual(weakest);
        // No email: nothing synced, no briefing.
        expect(res.json).toMatchObject({ hubspotSyncStatus: 'skipped', emailDeliveryStatus: 'skipped', qualifiedForBriefing: false });
      }
    });

    it('puts totals on the band edges into the right band (and 67 into builder)', async () => {
      const targets = [100, 85, 84, 67, 65, 64, 45, 44, 25, 24, 0];
      for (const [i, target] of targets.entries()) {
        if (i % 5 === 0) await reset();
        const answers = answersForTotal(target);
        const jar = new CookieJar();
        await startAssessment(jar, { email: 'cto@company.com' });
        const res = await submitAll(jar, answers);
        expect(res.json.totalScore, `target ${target}`).toBe(target);
        expect(res.json.scoreCategory, `total ${target}`).toBe(expectedBand(target));
        // Briefing: an email and a total below the champion band.
        expect(res.json.qualifiedForBriefing, `total ${target}`).toBe(target < 85);
      }
    });
  });

  it('an email given while saving progress is kept, synced and qualifies for the briefing', async () => {
    const jar = new CookieJar();
    const { assessmentId } = await startAssessment(jar);
    await call('POST', '/api/assessment/save-progress', {
      jar,
      body: { step: 0, responses: stepAnswers(SAMPLE, 0), email: 'ceo@company.com' },
    });
    const resumed = await call('GET', '/api/assessment/resume', { jar });
    expect(resumed.json.assessment.email).toBe('ceo@company.com');
    expect(resumed.json.assessment.contactInfo).toBeUndefined();
    const submitted = await submitAll(jar, SAMPLE);
    expect(submitted.json).toMatchObject({ hubspotSyncStatus: 'synced', emailDeliveryStatus: 'sent', qualifiedForBriefing: true });
    const results = await call('GET', `/api/assessment/results/${assessmentId}`, { jar });
    expect(results.json.nextSteps.briefingCta).toMatchObject({ title: expect.any(String), buttonText: expect.any(String) });
  });

  describe('validation', () => {
    it('refuses an invalid choice or a question of another step with 422 naming the field and the valid values', async () => {
      const jar = new CookieJar();
      await startAssessment(jar);
      const bad = await call('POST', '/api/assessment/save-progress', { jar, body: { step: 0, responses: { value_assurance_1: 'X' } } });
      expect(bad.status).toBe(422);
      expect(bad.json).toEqual({
        error: {
          ...ERROR,
          code: 'VALIDATION_ERROR',
          details: {
            field: 'responses.value_assurance_1',
            reason: "Answer choice 'X' is not valid",
            validChoices: ['A', 'B', 'C', 'D', 'E'],
          },
        },
      });
      expectSecurityHeaders(bad.headers, '422');
      const lower = await call('POST', '/api/assessment/save-progress', { jar, body: { step: 0, responses: { value_assurance_1: 'a' } } });
      expect(lower.status).toBe(422);
      const other = await call('POST', '/api/assessment/save-progress', { jar, body: { step: 0, responses: { customer_safe_1: 'A' } } });
      expect(other.status).toBe(422);
      expect(other.json.error.details).toEqual({
        field: 'responses.customer_safe_1',
        reason: 'not a question of step 0',
        validQuestions: STEP_IDS[0],
      });
      const unknown = await call('POST', '/api/assessment/save-progress', {
        jar,
        body: { step: 0, responses: { value_assurance_9: 'A' } },
      });
      expect(unknown.status).toBe(422);
      expect(unknown.json.error.details.field).toBe('responses.value_assurance_9');
      // Nothing of a refused save was kept.
      const resumed = await call('GET', '/api/assessment/resume', { jar });
      expect(resumed.json.assessment.responses).toEqual({});
      // A step after the current one cannot be saved yet.
      const ahead = await call('POST', '/api/assessment/save-progress', { jar, body: { step: 2, responses: stepAnswers(SAMPLE, 2) } });
      expect(ahead.status).toBe(422);
      expect(ahead.json.error.details).toEqual({ field: 'step', reason: 'step 2 cannot be saved before step 0 is complete' });
    });

    it('refuses a malformed body with 400 VALIDATION_ERROR naming the field', async () => {
      const jar = new CookieJar();
      await startAssessment(jar);
      for (const [body, field] of [
        [{ step: 4, responses: {} }, 'step'],
        [{ step: 0 }, 'responses'],
        [{ step: 0, responses: {}, foo: 1 }, 'foo'],
        [{ step: 0, responses: { value_assurance_1: 1 } }, 'responses.value_assurance_1'],
      ] as const) {
        const res = await call('POST', '/api/assessment/save-progress', { jar, body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.json.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field } });
      }
      const noTime = await call('POST', '/api/assessment/submit', { jar, body: {} });
      expect(noTime.status).toBe(400);
      expect(noTime.json.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'completionTime', reason: 'is required' } });
      const email = await call('POST', '/api/assessment/start', { body: { email: 'not-an-email' } });
      expect(email.status).toBe(400);
      expect(email.json.error.details.field).toBe('email');
    });

    it('refuses an incomplete submit with 400 ASSESSMENT_INCOMPLETE listing the missing questions', async () => {
      const jar = new CookieJar();
      await startAssessment(jar);
      const answers = Object.fromEntries(ALL_IDS.slice(0, 14).map((id) => [id, 'A']));
      const res = await call('POST', '/api/assessment/submit', { jar, body: { completionTime: 60, finalResponses: answers } });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({
        code: 'ASSESSMENT_INCOMPLETE',
        details: { missingQuestions: ['governance_3', 'governance_4'] },
      });
      const bad = await call('POST', '/api/assessment/submit', {
        jar,
        body: { completionTime: 60, finalResponses: { governance_3: 'F' } },
      });
      expect(bad.status).toBe(422);
      expect(bad.json.error.details).toMatchObject({ field: 'finalResponses.governance_3', validChoices: ['A', 'B', 'C', 'D', 'E'] });
      // The valid answers were kept: two more finish it.
      const done = await call('POST', '/api/assessment/submit', {
        jar,
        body: { completionTime: 60, finalResponses: { governance_3: 'A', governance_4: 'A' } },
      });
      expect(done.status).toBe(200);
      expect(done.json.totalScore).toBe(100);
      // Once submitted, progress can no longer change.
      const late = await call('POST', '/api/assessment/save-progress', { jar, body: { step: 0, responses: {} } });
      expect(late.status).toBe(422);
    });
  });

  describe('results', () => {
    it('answers 403 for another session’s results and 404 for unknown or unfinished ones', async () => {
      const mine = new CookieJar();
      const theirs = new CookieJar();
      const { assessmentId } = await startAssessment(mine);
      const other = await startAssessment(theirs);
      const unfinished = await call('GET', `/api/assessment/results/${assessmentId}`, { jar: mine });
      expect(unfinished.status).toBe(404);
      expect(unfinished.json.error.code).toBe('ASSESSMENT_NOT_FOUND');
      await submitAll(mine, SAMPLE);
      const denied = await call('GET', `/api/assessment/results/${assessmentId}`, { jar: theirs });
      expect(denied.status).toBe(403);
      expect(denied.json.error).toMatchObject({ code: 'ACCESS_DENIED' });
      // Theirs is unfinished: 404, not 403.
      expect((await call('GET', `/api/assessment/results/${other.assessmentId}`, { jar: mine })).status).toBe(404);
      const unknown = await call('GET', '/api/assessment/results/assess_nosuchone', { jar: mine });
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.code).toBe('ASSESSMENT_NOT_FOUND');
      expect((await call('GET', `/api/assessment/results/${assessmentId}`, { jar: mine })).status).toBe(200);
    });
  });

  describe('HubSpot and email', () => {
    it('a simulated HubSpot failure fails the next sync only, as a warning; health shows it meanwhile', async () => {
      const armed = await call('POST', '/api/test/simulate-hubspot-failure');
      expect(armed.status).toBe(200);
      expect(armed.json).toEqual({ simulated: true, message: expect.any(String) });
      const health = await call('GET', '/api/health');
      expect(health.json).toMatchObject({ status: 'degraded', services: { hubspot: 'down' } });

      // Without an email nothing is synced, so the failure stays armed.
      const anonymous = new CookieJar();
      await startAssessment(anonymous);
      expect((await submitAll(anonymous, SAMPLE)).json.hubspotSyncStatus).toBe('skipped');

      const jar = new CookieJar();
      const { assessmentId } = await startAssessment(jar, { email: 'ceo@company.com' });
      const failed = await submitAll(jar, SAMPLE);
      expect(failed.json).toMatchObject({
        hubspotSyncStatus: 'failed',
        emailDeliveryStatus: 'sent',
        totalScore: 67,
        warnings: [{ code: 'HUBSPOT_SYNC_FAILED', message: expect.any(String) }],
      });
      const results = await call('GET', `/api/assessment/results/${assessmentId}`, { jar });
      expect(results.json.warnings).toEqual([{ code: 'HUBSPOT_SYNC_FAILED', message: expect.any(String) }]);

      const next = new CookieJar();
      await startAssessment(next, { email: 'cfo@company.com' });
      const synced = await submitAll(next, SAMPLE);
      expect(synced.json.hubspotSyncStatus).toBe('synced');
      expect(synced.json.warnings).toBeUndefined();
      expect((await call('GET', '/api/health')).json.services.hubspot).toBe('up');
    });
  });

  describe('rate limits', () => {
    it('start: 10 per hour per IP, then 429 with retryAfter and Retry-After; a reset clears the counters', async () => {
      for (let i = 0; i < 10; i++) {
        const res = await call('POST', '/api/assessment/start', { body: {} });
        expect(res.status).toBe(200);
        expect(res.headers.get('x-ratelimit-remaining')).toBe(String(9 - i));
      }
      const refused = await call('POST', '/api/assessment/start', { body: {} });
      expect(refused.status).toBe(429);
      expect(refused.json).toEqual({
        error: {
          ...ERROR,
          code: 'RATE_LIMIT_EXCEEDED',
          message: expect.stringMatching(/10 requests per hour/),
          retryAfter: expect.any(Number),
        },
      });
      const { retryAfter } = refused.json.error;
      expect(retryAfter).toBeGreaterThan(3500);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      expect(refused.headers.get('retry-after')).toBe(String(retryAfter));
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0');
      expectSecurityHeaders(refused.headers, '429');
      await reset();
      expect((await call('POST', '/api/assessment/start', { body: {} })).status).toBe(200);
    });

    it('save-progress: 100 per hour per session (another session has its own budget)', async () => {
      const jar = new CookieJar();
      await startAssessment(jar);
      for (let i = 0; i < 100; i++) {
        const res = await call('POST', '/api/assessment/save-progress', { jar, body: { step: 0, responses: {} } });
        expect(res.status).toBe(200);
      }
      const refused = await call('POST', '/api/assessment/save-progress', { jar, body: { step: 0, responses: {} } });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('x-ratelimit-limit')).toBe('100');
      const other = new CookieJar();
      await startAssessment(other);
      expect((await call('POST', '/api/assessment/save-progress', { jar: other, body: { step: 0, responses: {} } })).status).toBe(200);
    });

    it('submit 5, resume 20 per hour per IP', async () => {
      const jar = new CookieJar();
      await startAssessment(jar);
      for (let i = 0; i < 5; i++) {
        expect((await call('POST', '/api/assessment/submit', { jar, body: { completionTime: 1 } })).status).toBe(400);
      }
      const submit = await call('POST', '/api/assessment/submit', { jar, body: { completionTime: 1 } });
      expect(submit.status).toBe(429);
      expect(submit.headers.get('x-ratelimit-limit')).toBe('5');
      for (let i = 0; i < 20; i++) expect((await call('GET', '/api/assessment/resume', { jar })).status).toBe(200);
      expect((await call('GET', '/api/assessment/resume', { jar })).status).toBe(429);
    });

    it('results 50 per hour and health 100 per minute per IP', async () => {
      const jar = new CookieJar();
      const { assessmentId } = await startAssessment(jar);
      await submitAll(jar, SAMPLE);
      for (let i = 0; i < 50; i++) expect((await call('GET', `/api/assessment/results/${assessmentId}`, { jar })).status).toBe(200);
      const results = await call('GET', `/api/assessment/results/${assessmentId}`, { jar });
      expect(results.status).toBe(429);
      expect(results.headers.get('x-ratelimit-limit')).toBe('50');
      for (let i = 0; i < 100; i++) expect((await call('GET', '/api/health')).status).toBe(200);
      const health = await call('GET', '/api/health');
      expect(health.status).toBe(429);
      expect(health.json.error.retryAfter).toBeLessThanOrEqual(60);
      expect(health.headers.get('x-ratelimit-limit')).toBe('100');
    });
  });

  describe('health', () => {
    it('reports real uptime, request rate, response time and error rate of this API', async () => {
      const jar = new CookieJar();
      await startAssessment(jar);
      await call('GET', '/api/assessment/resume', { jar });
      await call('GET', '/api/assessment/resume');
      const res = await call('GET', '/api/health');
      expect(res.status).toBe(200);
      expectSecurityHeaders(res.headers, 'health');
      expect(res.headers.get('x-ratelimit-limit')).toBe('100');
      expect(res.json).toEqual({
        status: 'healthy',
        timestamp: expect.any(String),
        version: '1.0.0',
        uptime: expect.any(Number),
        services: { database: 'up', hubspot: 'up', email: 'up' },
        performance: { avgResponseTime: expect.any(Number), requestsPerMinute: 3, errorRate: 0 },
      });
      expect(Number.isInteger(res.json.uptime)).toBe(true);
      expect(res.json.performance.avgResponseTime).toBeGreaterThan(0);
      // Health checks do not count themselves.
      expect((await call('GET', '/api/health')).json.performance.requestsPerMinute).toBe(3);
    });

    it('is unhealthy (503) when at least half of the last minute’s answers were server errors; a reset clears it', async () => {
      for (let i = 0; i < 4; i++) {
        const forced = await call('GET', '/api/assessment/resume', { headers: { prefer: 'code=500' } });
        expect(forced.status).toBe(500);
        expect(forced.json.error.code).toBe('DATABASE_ERROR');
      }
      await call('GET', '/api/assessment/resume');
      const sick = await call('GET', '/api/health');
      expect(sick.status).toBe(503);
      expect(sick.json).toMatchObject({ status: 'unhealthy', performance: { requestsPerMinute: 5, errorRate: 80 } });
      expectSecurityHeaders(sick.headers, '503');
      await reset();
      const well = await call('GET', '/api/health');
      expect(well.status).toBe(200);
      expect(well.json).toMatchObject({ status: 'healthy', performance: { requestsPerMinute: 0, errorRate: 0, avgResponseTime: 0 } });
    });
  });

  describe('test endpoints', () => {
    it('sample-assessment lists the questionnaire with choices and points, and a sample scored as submit would', async () => {
      const res = await call('GET', '/api/test/sample-assessment');
      expect(res.status).toBe(200);
      expect(res.json.categories.map((c: { key: string; step: number; weight: number }) => [c.key, c.step, c.weight])).toEqual([
        ['valueAssurance', 0, 0.25],
        ['customerSafe', 1, 0.35],
        ['riskCompliance', 2, 0.25],
        ['governance', 3, 0.15],
      ]);
      const questions = res.json.categories.flatMap((c: { questions: Array<{ id: string; choices: unknown[] }> }) => c.questions);
      expect(questions.map((q: { id: string }) => q.id)).toEqual(ALL_IDS);
      for (const q of questions) {
        expect(q.choices.map((c: { choice: string; points: number }) => [c.choice, c.points])).toEqual(Object.entries(POINTS));
      }
      expect(res.json.sampleResponses).toEqual(SAMPLE);
      const expected = expectedScores(SAMPLE);
      expect(res.json.sampleScore).toEqual({
        totalScore: expected.total,
        scoreBreakdown: expected.breakdown,
        scoreCategory: expectedBand(expected.total),
        categoryDescription: 'Good foundation in place with specific areas for improvement',
      });
    });
  });

  it('answers unknown paths and methods in the envelope with the security headers', async () => {
    // Straight to the stubs: a Prism proxy would answer paths outside the document itself.
    const missing = await fetch(`${transport.origin}/scorecard/api/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: { ...ERROR, code: 'NOT_FOUND' } });
    expectSecurityHeaders(missing.headers, '404');
    const wrong = await fetch(`${transport.origin}/scorecard/api/assessment/start`, { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(await wrong.json()).toEqual({ error: { ...ERROR, code: 'METHOD_NOT_ALLOWED' } });
    expectSecurityHeaders(wrong.headers, '405');
  });
}
