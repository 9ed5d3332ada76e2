// Starting an assessment (a new session and its cookie), saving a step's answers, and
// resuming: what was saved, where the assessment stands, how long the session has left.

import { checkAnswers, standing, TOTAL_STEPS, unansweredOfStep } from './answers.ts';
import type { AssessmentRecord, ScorecardHandlers, SessionRecord } from './env.ts';
import { cookieFor, extend, MAX_USER_AGENT, ownAssessment, resumeUrl, SESSION_LIFE_MS } from './env.ts';
import { newId } from './ids.ts';

export const assessmentHandlers = {
  'POST /api/assessment/start': (ctx) => {
    const now = ctx.now();
    const body = ctx.body ?? {};
    const session: SessionRecord = {
      sessionId: newId('sess', ctx.faker, ctx.state.generation),
      assessmentId: newId('assess', ctx.faker, ctx.state.generation),
      createdAt: now,
      expiresAt: new Date(now.getTime() + SESSION_LIFE_MS),
      lastActivity: now,
      ipAddress: ctx.clientAddress,
      userAgent: (body.browserInfo?.userAgent ?? ctx.headers['user-agent'] ?? '').slice(0, MAX_USER_AGENT),
    };
    const assessment: AssessmentRecord = {
      id: session.assessmentId,
      sessionId: session.sessionId,
      startedAt: now,
      responses: new Map(),
      timeSpent: Array.from({ length: TOTAL_STEPS }, () => 0),
      ...(body.email !== undefined ? { email: body.email } : {}),
      ...(body.company !== undefined ? { contactInfo: { company: body.company } } : {}),
      ...(body.referrer !== undefined ? { referrer: body.referrer } : {}),
    };
    ctx.state.sessions.set(session.sessionId, session);
    ctx.state.assessments.set(assessment.id, assessment);
    return ctx.reply(200).json(
      {
        sessionId: session.sessionId,
        assessmentId: assessment.id,
        currentStep: 0,
        totalSteps: 4,
        expiresAt: session.expiresAt.toISOString(),
        resumeUrl: resumeUrl(0),
      },
      { cookies: [cookieFor(session.sessionId, ctx.secure)] },
    );
  },

  'POST /api/assessment/save-progress': (ctx) => {
    const { session, assessment } = ownAssessment(ctx);
    const { step, responses, email, timeSpent } = ctx.body;
    if (assessment.result) {
      return ctx.fail(422, 'step: the assessment was already submitted; its answers can no longer change', {
        code: 'VALIDATION_ERROR',
        details: { field: 'step', reason: 'the assessment was already submitted' },
      });
    }
    const answers = checkAnswers(responses, 'responses', step);
    const before = standing(assessment.responses);
    if (step > before.currentStep) {
      const reason = `step ${step} cannot be saved before step ${before.currentStep} is complete`;
      return ctx.fail(422, `step: ${reason}`, { code: 'VALIDATION_ERROR', details: { field: 'step', reason } });
    }
    for (const [id, choice] of answers) assessment.responses.set(id, choice);
    if (email !== undefined) assessment.email = email;
    if (timeSpent !== undefined) assessment.timeSpent[step] = (assessment.timeSpent[step] ?? 0) + timeSpent;
    ctx.state.assessments.resize(assessment.id);
    const open = unansweredOfStep(assessment.responses, step);
    const after = standing(assessment.responses);
    const cookie = extend(session, ctx.now(), ctx.secure);
    return ctx.reply(200).json(
      {
        saved: true,
        currentStep: after.currentStep,
        nextStep: after.done ? null : after.currentStep,
        canProceed: open.length === 0,
        progress: { completed: after.completed, total: 4, percentage: after.percentage },
        ...(open.length > 0 ? { validationErrors: open.map((id) => `${id}: not answered`) } : {}),
      },
      { cookies: [cookie] },
    );
  },

  'GET /api/assessment/resume': (ctx) => {
    const { session, assessment } = ownAssessment(ctx);
    if (assessment.result) return ctx.reply(200).json({ hasActiveAssessment: false });
    const now = ctx.now().getTime();
    const where = standing(assessment.responses);
    return ctx.reply(200).json({
      hasActiveAssessment: true,
      assessment: {
        assessmentId: assessment.id,
        currentStep: where.currentStep,
        totalSteps: 4,
        responses: Object.fromEntries(assessment.responses),
        ...(assessment.email !== undefined ? { email: assessment.email } : {}),
        ...(assessment.contactInfo !== undefined ? { contactInfo: { ...assessment.contactInfo } } : {}),
        progress: { completed: where.completed, percentage: where.percentage },
        startedAt: assessment.startedAt.toISOString(),
        timeElapsed: Math.max(0, Math.floor((now - assessment.startedAt.getTime()) / 1000)),
        timeRemaining: Math.max(0, Math.floor((session.expiresAt.getTime() - now) / 1000)),
        resumeUrl: resumeUrl(where.currentStep),
      },
    });
  },
} satisfies Partial<ScorecardHandlers>;
