// Cultural depth: the knowledge assessment scored from the answers against the question bank,
// and the content library by level and topic with the user's place on the progression path.
import { ASSESSMENT_QUESTIONS, CULTURAL_LIBRARY } from '../../fixtures/sage/cultural.ts';
import type { SageHandlers } from './env.ts';
import { userOf } from './env.ts';
import { invalid } from './envelope.ts';

const PASS_PERCENTAGE = 70;
const DAY_MS = 24 * 3600 * 1000;
const NEXT_ASSESSMENT_DAYS = 14;

function isCorrect(mustName: string[][], answer: string): boolean {
  const text = answer.toLowerCase();
  return mustName.every((group) => group.some((word) => text.includes(word)));
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export const culturalHandlers = {
  'POST /api/cultural/assess': (ctx) => {
    const user = userOf(ctx);
    const { currentLevel, responses } = ctx.body;
    if (currentLevel !== user.preferences.culturalDepth) {
      throw invalid('body.currentLevel', `must be your current level (${user.preferences.culturalDepth})`);
    }
    const seen = new Set<string>();
    const strong: string[] = [];
    const weak: { area: string; recommendation: string }[] = [];
    responses.forEach(({ questionId, answer }, i) => {
      const question = ASSESSMENT_QUESTIONS.find((q) => q.id === questionId);
      if (!question)
        throw invalid(
          `body.responses.${i}.questionId`,
          `is not a question of the assessment (${ASSESSMENT_QUESTIONS.map((q) => q.id).join(', ')})`,
        );
      if (seen.has(questionId)) throw invalid(`body.responses.${i}.questionId`, 'is answered twice');
      seen.add(questionId);
      if (isCorrect(question.mustName, answer)) strong.push(question.area);
      else weak.push(question);
    });
    const percentage = Math.round((100 * strong.length) / responses.length);
    const today = Date.parse(`${ctx.now().toISOString().slice(0, 10)}T00:00:00Z`);
    const weakAreas = unique(weak.map((w) => w.area));
    return ctx.reply(200).json({
      success: true,
      data: {
        score: percentage,
        maxScore: 100,
        percentage,
        level: currentLevel,
        canProgress: percentage >= PASS_PERCENTAGE,
        areas: {
          strong: unique(strong).filter((area) => !weakAreas.includes(area)),
          needsImprovement: weakAreas,
          recommendations: unique(weak.map((w) => w.recommendation)),
        },
        nextAssessmentDate: new Date(today + NEXT_ASSESSMENT_DAYS * DAY_MS).toISOString().replace('.000Z', 'Z'),
      },
    });
  },

  'GET /api/cultural/content': (ctx) => {
    const user = userOf(ctx);
    const { level = user.preferences.culturalDepth, topic, format = 'detailed' } = ctx.query;
    const chosen = CULTURAL_LIBRARY.filter((item) => item.level === level && (topic === undefined || item.category === topic));
    const content = chosen.map(({ practicalApplication, historicalContext, ...item }) => ({
      ...item,
      relatedConcepts: [...item.relatedConcepts],
      ...(format === 'detailed' ? { practicalApplication, historicalContext } : {}),
    }));
    const positions = chosen.map((item) => CULTURAL_LIBRARY.indexOf(item));
    const first = positions[0] ?? 0;
    const next = CULTURAL_LIBRARY[(positions.at(-1) ?? -1) + 1];
    return ctx.reply(200).json({
      success: true,
      data: {
        content,
        progressionPath: {
          currentPosition: first + 1,
          totalSteps: CULTURAL_LIBRARY.length,
          nextMilestone: next?.title ?? null,
          estimatedTimeToNext: next ? '1 week' : null,
        },
      },
    });
  },
} satisfies Partial<SageHandlers>;
