// The assistant's reply: a markdown answer about the topic the user asked about (or the chat's
// title), and the reasoning a reasoning model shows first. Deterministic for the same words.
import { FALLBACK_TOPIC_ID, type TopicFixture, topics } from '../../fixtures/ally/topics.ts';

export const DEFAULT_MODEL = 'gpt-oss-120b';

export function isReasoningModel(model: string): boolean {
  return /reason|think/i.test(model);
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9-]*/g) ?? [];
}

/**
 * The most specific topic wins: each specific topic scores its words in the question (2) and in
 * the chat's title (1); the general topic answers only when no specific one matches, so a
 * "Phishing Awareness Training" prompt is about phishing, not about awareness training at large.
 */
export function topicFor(question: string, title: string): TopicFixture {
  const all = topics();
  const asked = new Set(words(question));
  const titled = new Set(words(title));
  let best: TopicFixture | undefined;
  let bestScore = 0;
  for (const topic of all) {
    if (topic.id === FALLBACK_TOPIC_ID) continue;
    const score = topic.words.reduce((sum, w) => sum + (asked.has(w) ? 2 : 0) + (titled.has(w) ? 1 : 0), 0);
    if (score > bestScore) {
      best = topic;
      bestScore = score;
    }
  }
  return best ?? (all.find((t) => t.id === FALLBACK_TOPIC_ID) as TopicFixture);
}

function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

export function composeAnswer(topic: TopicFixture, question: string): string {
  return [
    `# ${topic.title}`,
    '',
    `> ${quoted(question)}`,
    '',
    topic.summary,
    '',
    '## Warning signs',
    '',
    ...topic.signs.map((s) => `- ${s}`),
    '',
    '## What to do',
    '',
    ...topic.actions.map((a, i) => `${i + 1}. ${a}`),
    '',
    `Would you like me to turn this into a short ${topic.title.toLowerCase()} quiz or a training module outline?`,
  ].join('\n');
}

export function composeReasoning(topic: TopicFixture, question: string): string {
  return `The user asks: "${quoted(question)}". This is about ${topic.title.toLowerCase()}. I will explain what it is, list the warning signs people can recognise, and finish with concrete steps they can take.`;
}

/** Splits text into chunks of a few words; the chunks concatenated are the text. */
export function chunks(text: string, wordsPerChunk = 3): string[] {
  const tokens = text.match(/\s+|\S+\s*/g) ?? [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerChunk) out.push(tokens.slice(i, i + wordsPerChunk).join(''));
  return out;
}
