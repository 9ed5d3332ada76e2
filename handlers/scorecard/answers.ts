// Checking answers against the questionnaire (422 naming the field and the valid values), and
// where an assessment stands: complete steps, the current step, progress.

import { CATEGORIES, CHOICES, type ChoiceLetter, questionsById } from '../../fixtures/scorecard/questionnaire.ts';
import { StubError } from '../../src/core/index.ts';

const QUESTIONS = questionsById();
const ALL_IDS = CATEGORIES.flatMap((c) => c.questions.map((q) => q.id));
/** Each step's question ids, by step. */
const STEP_IDS = CATEGORIES.map((c) => c.questions.map((q) => q.id));
export const TOTAL_STEPS = CATEGORIES.length;

function isChoice(value: string): value is ChoiceLetter {
  return (CHOICES as readonly string[]).includes(value);
}

function invalid(field: string, reason: string, extra: { validChoices?: ChoiceLetter[]; validQuestions?: string[] }): StubError {
  return new StubError(422, `${field}: ${reason}`, { code: 'VALIDATION_ERROR', details: { field, reason, ...extra } });
}

/**
 * The answers as choices, or a 422 for the first bad one: an unknown question, a question of
 * another step (when `step` is given), or a choice other than A–E.
 */
export function checkAnswers(answers: Record<string, string>, fieldPrefix: string, step?: number): Array<[string, ChoiceLetter]> {
  const stepIds = step === undefined ? ALL_IDS : (STEP_IDS[step] ?? []);
  return Object.entries(answers).map(([id, choice]) => {
    const field = `${fieldPrefix}.${id}`;
    const known = QUESTIONS.get(id);
    if (!known) throw invalid(field, `Unknown question '${id}'`, { validQuestions: [...stepIds] });
    if (step !== undefined && known.category.step !== step)
      throw invalid(field, `not a question of step ${step}`, { validQuestions: [...stepIds] });
    if (!isChoice(choice)) throw invalid(field, `Answer choice '${choice}' is not valid`, { validChoices: [...CHOICES] });
    return [id, choice];
  });
}

export function unansweredOfStep(responses: ReadonlyMap<string, ChoiceLetter>, step: number): string[] {
  return (STEP_IDS[step] ?? []).filter((id) => !responses.has(id));
}

export function unanswered(responses: ReadonlyMap<string, ChoiceLetter>): string[] {
  return ALL_IDS.filter((id) => !responses.has(id));
}

/**
 * Complete steps, and the first step with an unanswered question (the last step once all are
 * done). Counted without building lists: every resume and save asks, once or twice.
 */
export function standing(responses: ReadonlyMap<string, ChoiceLetter>) {
  let completed = 0;
  let firstOpen: number | undefined;
  STEP_IDS.forEach((ids, step) => {
    if (ids.every((id) => responses.has(id))) completed++;
    else firstOpen ??= step;
  });
  return {
    completed,
    percentage: Math.round((completed / TOTAL_STEPS) * 100),
    currentStep: firstOpen ?? TOTAL_STEPS - 1,
    done: completed === TOTAL_STEPS,
  };
}
