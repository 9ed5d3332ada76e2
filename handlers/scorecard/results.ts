// Submitting (scoring, the simulated HubSpot sync and email) and reading the detailed results.
import { BENCHMARK } from '../../fixtures/scorecard/bands.ts';
import { CATEGORIES, CHOICE_POINTS, MAX_POINTS, questionsById } from '../../fixtures/scorecard/questionnaire.ts';
import { BRIEFING_CTA, RESOURCES } from '../../fixtures/scorecard/recommendations.ts';
import { checkAnswers, unanswered } from './answers.ts';
import type { AssessmentRecord, CategoryResult, ScorecardHandlers, ScorecardState, SubmittedResult, Warning } from './env.ts';
import { extend, ownAssessment } from './env.ts';
import { bandFor, categoryScores, percentileOf, recommendation, recommendationsFor, totalScore, weakestCategories } from './scoring.ts';

const QUESTIONS = questionsById();
const CHAMPION_MIN = 85;

function score(assessment: AssessmentRecord, state: ScorecardState, completedAt: Date): SubmittedResult {
  const scores = categoryScores(assessment.responses);
  const total = totalScore(scores);
  const warnings: Warning[] = [];
  let hubspotSyncStatus: SubmittedResult['hubspotSyncStatus'] = 'skipped';
  if (assessment.email !== undefined) {
    hubspotSyncStatus = state.hubspotFailNext ? 'failed' : 'synced';
    if (state.hubspotFailNext) {
      state.hubspotFailNext = false;
      warnings.push({ code: 'HUBSPOT_SYNC_FAILED', message: 'The HubSpot sync failed; your results are saved.' });
    }
  }
  return {
    completedAt,
    scores,
    totalScore: total,
    band: bandFor(total).key,
    recommendations: recommendationsFor(scores).map(({ category, priority }) => ({ category, priority })),
    hubspotSyncStatus,
    emailDeliveryStatus: assessment.email !== undefined ? 'sent' : 'skipped',
    qualifiedForBriefing: assessment.email !== undefined && total < CHAMPION_MIN,
    warnings,
  };
}

function resultsUrl(id: string): string {
  return `/assessment/results/${id}`;
}

export const resultHandlers = {
  'POST /api/assessment/submit': (ctx) => {
    const { session, assessment } = ownAssessment(ctx);
    const cookies = [extend(session, ctx.now(), ctx.secure)];
    if (!assessment.result) {
      const { finalResponses, contactInfo, feedback, completionTime } = ctx.body;
      for (const [id, choice] of checkAnswers(finalResponses ?? {}, 'finalResponses')) assessment.responses.set(id, choice);
      ctx.state.assessments.resize(assessment.id);
      const missing = unanswered(assessment.responses);
      if (missing.length > 0) {
        return ctx.fail(400, `Assessment incomplete: ${missing.length} of ${QUESTIONS.size} questions unanswered (${missing.join(', ')})`, {
          code: 'ASSESSMENT_INCOMPLETE',
          details: { missingQuestions: missing },
        });
      }
      if (contactInfo !== undefined) assessment.contactInfo = { ...assessment.contactInfo, ...contactInfo };
      if (feedback !== undefined) assessment.feedback = feedback;
      assessment.completionTime = completionTime;
      assessment.result = score(assessment, ctx.state, ctx.now());
      ctx.state.assessments.resize(assessment.id);
    }
    const result = assessment.result;
    return ctx.reply(200).json(
      {
        assessmentId: assessment.id,
        completed: true,
        totalScore: result.totalScore,
        scoreBreakdown: { ...result.scores },
        scoreCategory: result.band,
        categoryDescription: bandFor(result.totalScore).description,
        recommendations: result.recommendations.map(({ category, priority }) => {
          const { title, description, actionItems } = recommendation(category, priority);
          return { category, priority, title, description, actionItems: [...actionItems] };
        }),
        resultsUrl: resultsUrl(assessment.id),
        hubspotSyncStatus: result.hubspotSyncStatus,
        emailDeliveryStatus: result.emailDeliveryStatus,
        qualifiedForBriefing: result.qualifiedForBriefing,
        ...(result.warnings.length > 0 ? { warnings: result.warnings.map((w) => ({ ...w })) } : {}),
      },
      { cookies },
    );
  },

  'GET /api/assessment/results/{assessmentId}': (ctx) => {
    const id = ctx.params.assessmentId;
    const assessment = ctx.state.assessments.get(id);
    const result = assessment?.result;
    if (!assessment || !result) {
      return ctx.fail(404, `Assessment not found or not completed: ${id}`, { code: 'ASSESSMENT_NOT_FOUND' });
    }
    if (assessment.sessionId !== ctx.principal?.sessionId) {
      return ctx.fail(403, `Assessment ${id} belongs to another session`, { code: 'ACCESS_DENIED' });
    }
    const breakdown = (key: (typeof CATEGORIES)[number]['key']): CategoryResult => {
      const category = CATEGORIES.find((c) => c.key === key);
      return {
        score: result.scores[key],
        weight: (category?.weightPercent ?? 0) / 100,
        questions: (category?.questions ?? []).map((q) => {
          const answer = assessment.responses.get(q.id) ?? 'E';
          return {
            id: q.id,
            question: q.question,
            answer,
            answerText: q.choices.find((c) => c.choice === answer)?.text ?? '',
            points: CHOICE_POINTS[answer],
            maxPoints: MAX_POINTS,
          };
        }),
      };
    };
    const weakest = weakestCategories(result.scores);
    return ctx.reply(200).json({
      assessmentId: assessment.id,
      completedAt: result.completedAt.toISOString(),
      totalScore: result.totalScore,
      scoreBreakdown: {
        valueAssurance: breakdown('valueAssurance'),
        customerSafe: breakdown('customerSafe'),
        riskCompliance: breakdown('riskCompliance'),
        governance: breakdown('governance'),
      },
      scoreCategory: result.band,
      categoryDescription: bandFor(result.totalScore).description,
      recommendations: result.recommendations.map(({ category, priority }) => {
        const found = recommendation(category, priority);
        return { ...found, actionItems: [...found.actionItems] };
      }),
      benchmarks: {
        industryAverage: BENCHMARK.industryAverage,
        percentile: percentileOf(result.totalScore),
        similarCompanies: BENCHMARK.similarCompanies,
      },
      nextSteps: {
        ...(result.qualifiedForBriefing ? { briefingCta: { ...BRIEFING_CTA, url: `/briefing?assessment=${assessment.id}` } } : {}),
        resources: RESOURCES.filter((r) => weakest.includes(r.category)).map(({ title, description, url, type }) => ({
          title,
          description,
          url,
          type,
        })),
      },
      ...(result.warnings.length > 0 ? { warnings: result.warnings.map((w) => ({ ...w })) } : {}),
    });
  },
} satisfies Partial<ScorecardHandlers>;
