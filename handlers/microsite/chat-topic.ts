// Whether a chat message is about the user's project, a greeting, or off-topic (the weather, a
// joke, the football), so the assistant answers what was asked instead of always pushing the
// next mission.
import { GREETINGS, PROJECT_WORDS } from '../../fixtures/microsite/chat-topics.ts';
import { domains } from '../../fixtures/microsite/domains.ts';
import type { Goal } from './env.ts';

export type ChatTopic = { kind: 'project'; greeting?: string } | { kind: 'off-topic' };

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? [];
}

export function chatTopic(message: string, goal: Goal): ChatTopic {
  const greeting = GREETINGS.find((g) => g.pattern.test(message))?.reply;
  if (greeting) return { kind: 'project', greeting };
  const goalWords = new Set([
    ...words(goal.domain),
    ...goal.keywords.flatMap(words),
    ...(domains().find((d) => d.domain === goal.domain)?.words ?? []),
  ]);
  return words(message).some((w) => PROJECT_WORDS.has(w) || goalWords.has(w)) ? { kind: 'project' } : { kind: 'off-topic' };
}
