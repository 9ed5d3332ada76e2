// Turns the user's words into a structured goal, a headline, a mission catalogue and case
// study recommendations. Deterministic: the same words always give the same result.
import { caseStudies } from '../../fixtures/microsite/case-studies.ts';
import { domains, GENERIC_BENEFIT, STOPWORDS } from '../../fixtures/microsite/domains.ts';
import { missionTemplates } from '../../fixtures/microsite/missions.ts';
import type { CaseStudy, Goal, Mission, Personalisation } from './env.ts';

const FALLBACK_DOMAIN = 'your business';

function titleCase(text: string): string {
  return text
    .replace(/\b([a-z])([a-z]*)/g, (_, first: string, rest: string) =>
      ['a', 'an', 'and', 'for', 'of', 'the', 'to', 'with'].includes(first + rest) ? first + rest : first.toUpperCase() + rest,
    )
    .replace(/^[a-z]/, (c) => c.toUpperCase())
    .replace(/\bAi\b/g, 'AI');
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
}

function detectDomain(text: string): string {
  const lower = text.toLowerCase();
  const known = domains().find((d) => d.words.some((w) => new RegExp(`\\b${w}\\b`).test(lower)));
  if (known) return known.domain;
  // "… for dentists", "… for our bakery": the words after the last "for".
  const phrase = /\bfor\s+(?:my\s+|our\s+|the\s+)?([a-z][a-z\s-]{1,40}?)(?:[.,;!?]|$)/.exec(lower);
  const candidate = phrase?.[1]?.trim().split(/\s+/).slice(0, 3).join(' ');
  return candidate && !STOPWORDS.has(candidate) ? candidate : FALLBACK_DOMAIN;
}

function detectObjective(text: string): string {
  // The user's own casing is kept ("AI agent"); only the leading "I want to" goes.
  const trimmed = text.trim().replace(/[.!?]+$/, '');
  const stripped = trimmed.replace(/^(i|we)\s+(want|need|would like|'d like|plan|hope)\s+to\s+/i, '').replace(/^(help me|help us)\s+/i, '');
  const beforeFor = stripped.split(/\s+for\s+/i)[0] ?? stripped;
  return beforeFor.split(/\s+/).slice(0, 8).join(' ') || 'explore AI';
}

function keywordsOf(text: string, extra: string[]): string[] {
  const seen = new Set<string>();
  for (const word of [...words(text), ...extra.flatMap(words)]) {
    if (word.length > 2 && !STOPWORDS.has(word)) seen.add(word);
  }
  return [...seen].slice(0, 10);
}

/** The structured goal for an input and the clarifications given so far. */
export function structureGoal(raw: string, clarifications: string[]): Goal {
  const input = raw.trim();
  const domain = detectDomain([input, ...clarifications].join('. '));
  const objective = detectObjective(input);
  const focus = clarifications.at(-1);
  return {
    raw,
    summary: `${objective.charAt(0).toUpperCase()}${objective.slice(1)} for ${domain}${focus ? `, focused on: ${focus.trim().toLowerCase()}` : ''}`,
    domain,
    objective,
    keywords: keywordsOf(input, clarifications),
    clarifications,
  };
}

function headlineFor(goal: Goal): string {
  const subject = /\bagent\b/i.test(goal.objective)
    ? 'AI Agent'
    : /\b(chat ?bot|assistant)\b/i.test(goal.objective)
      ? 'AI Assistant'
      : 'AI';
  const focus = goal.clarifications.at(-1);
  const benefit = focus
    ? titleCase(focus.trim().replace(/[.!?]+$/, ''))
    : (domains().find((d) => d.domain === goal.domain)?.benefit ?? GENERIC_BENEFIT);
  return `${subject} for ${titleCase(goal.domain)}: ${benefit}`;
}

function recommend(goal: Goal): CaseStudy[] {
  const terms = new Set([goal.domain, ...goal.keywords]);
  return caseStudies()
    .map((study, order) => ({ study, order, score: study.tags.filter((t) => terms.has(t)).length }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, 3)
    .map(({ study }) => ({ id: study.id, title: study.title, summary: study.summary }));
}

export function personalise(raw: string, clarifications: string[]): Personalisation {
  const goal = structureGoal(raw, clarifications);
  return { goal, headline: headlineFor(goal), recommendedCaseStudies: recommend(goal) };
}

export function missionCatalogue(goal: Goal): Mission[] {
  const domain = titleCase(goal.domain);
  return missionTemplates().map(({ id, title, points }) => ({ id, title: title.replace('{domain}', domain), points }));
}

export function missionHint(id: string): string {
  return missionTemplates().find((m) => m.id === id)?.hint ?? 'keep going';
}
