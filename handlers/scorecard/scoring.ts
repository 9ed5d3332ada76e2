// The scoring rules stated in openapi/scorecard.yaml (info.description), over the fixtures:
// category score = sum of points, total = weighted sum rounded half up (in integers), band by
// total, recommendations for the two weakest categories with priority by their score.
import { BANDS, type BandFixture, BENCHMARK } from '../../fixtures/scorecard/bands.ts';
import { CATEGORIES, type CategoryKey, CHOICE_POINTS, type ChoiceLetter } from '../../fixtures/scorecard/questionnaire.ts';
import { type Priority, RECOMMENDATIONS, type RecommendationFixture } from '../../fixtures/scorecard/recommendations.ts';

export type Scores = Record<CategoryKey, number>;

export function categoryScores(responses: ReadonlyMap<string, ChoiceLetter>): Scores {
  const scores = { valueAssurance: 0, customerSafe: 0, riskCompliance: 0, governance: 0 };
  for (const category of CATEGORIES) {
    for (const question of category.questions) {
      const choice = responses.get(question.id);
      if (choice) scores[category.key] += CHOICE_POINTS[choice];
    }
  }
  return scores;
}

export function totalScore(scores: Scores): number {
  const hundredths = CATEGORIES.reduce((sum, category) => sum + category.weightPercent * scores[category.key], 0);
  return Math.floor((hundredths + 50) / 100);
}

export function bandFor(total: number): BandFixture {
  const band = BANDS.find((b) => total >= b.min) ?? BANDS[BANDS.length - 1];
  if (!band) throw new Error('no score bands');
  return band;
}

export function priorityFor(score: number): Priority {
  if (score < 60) return 'high';
  if (score < 80) return 'medium';
  return 'low';
}

/** The two lowest-scoring categories; ties go to the heavier weight, then the step order. */
export function weakestCategories(scores: Scores, count = 2): CategoryKey[] {
  return [...CATEGORIES]
    .sort((a, b) => scores[a.key] - scores[b.key] || b.weightPercent - a.weightPercent || a.step - b.step)
    .slice(0, count)
    .map((c) => c.key);
}

export function recommendationsFor(scores: Scores): RecommendationFixture[] {
  return weakestCategories(scores).map((key) => recommendation(key, priorityFor(scores[key])));
}

export function recommendation(category: CategoryKey, priority: Priority): RecommendationFixture {
  const found = RECOMMENDATIONS.find((r) => r.category === category && r.priority === priority);
  if (!found) throw new Error(`no recommendation for ${category}/${priority}`);
  return found;
}

/** The total's percentile in the reference distribution (linear between its points). */
export function percentileOf(total: number): number {
  const points = BENCHMARK.percentiles;
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1] ?? [0, 0];
    const [x1, y1] = points[i] ?? [100, 100];
    if (total <= x1) return Math.round(y0 + ((total - x0) * (y1 - y0)) / (x1 - x0));
  }
  return 100;
}
