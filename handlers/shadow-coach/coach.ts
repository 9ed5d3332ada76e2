// The coach itself, deterministic for the same words and seed: reads risk, sentiment and tags
// from a user's message (fixtures hold the phrase lists and vocabulary) and answers according
// to the session's step. Conversation handlers (`/message`, `/conversation/stream`, `/start`)
// all go through `converse`, so they store and answer alike.

import {
  type CoachingStep,
  coachingSteps,
  DEFAULT_EXPERIMENT,
  DEFAULT_TOPIC,
  ESCALATION_TEXT,
  SAFETY_CHECK_TEXT,
  sentimentWords,
  type TagFixture,
  tagVocabulary,
} from '../../fixtures/shadow-coach/coaching.ts';
import { crisisResources, internationalResources } from '../../fixtures/shadow-coach/crisis-resources.ts';
import { safetyLexicon } from '../../fixtures/shadow-coach/safety-phrases.ts';
import type { components } from '../../src/generated/shadow-coach.ts';
import type { Message, SessionRecord, Summary, Tools, UserRecord } from './env.ts';
import { capArray, MAX_MESSAGES_PER_SESSION, newId } from './env.ts';

type Schemas = components['schemas'];
type RiskLevel = Schemas['RiskLevel'];
type Sentiment = Schemas['Sentiment'];
export type AssistantMessage = Schemas['AssistantMessage'];
export type SessionProgress = Schemas['SessionProgress'];
export type SafetyEscalation = Schemas['SafetyEscalation'];

export const TOTAL_STEPS = 7;

/** Lower case, straight apostrophes, single spaces: the form phrase lists are written in. */
function normalise(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()} `;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase occurring as whole words. */
function mentions(normalised: string, phrase: string): boolean {
  return new RegExp(`(^|[^a-z'])${escapeRegExp(phrase)}($|[^a-z])`).test(normalised);
}

/**
 * The highest tier of the safety lexicon the message matches; ordinary worry, sadness and
 * self-doubt match none (`none`, as the document's "anxious about work" example shows).
 */
export function assessRisk(text: string): RiskLevel {
  const said = normalise(text);
  const lexicon = safetyLexicon();
  const matches = (tier: keyof typeof lexicon) =>
    lexicon[tier].phrases.some((p) => mentions(said, p)) || lexicon[tier].patterns.some((p) => p.test(said));
  if (matches('high')) return 'high';
  if (matches('medium')) return 'medium';
  return matches('low') ? 'low' : 'none';
}

const NEGATORS = "not|never|no longer|hardly|isn't|wasn't|aren't|don't|doesn't|didn't|can't|won't";

/** A word said with a negation up to one word before it: "not good", "don't feel happy". */
function negated(normalised: string, word: string): boolean {
  return new RegExp(`(^|[^a-z'])(${NEGATORS})\\s+([a-z']+\\s+)?${escapeRegExp(word)}($|[^a-z])`).test(normalised);
}

/** Positive words count up and negative ones down; a negated word counts the other way. */
export function sentimentOf(text: string, risk: RiskLevel): Sentiment {
  if (risk === 'high' || risk === 'medium') return 'very_negative';
  const said = normalise(text);
  const { negative, positive } = sentimentWords();
  const weigh = (word: string, sign: number) => (!mentions(said, word) ? 0 : negated(said, word) ? -sign : sign);
  const score = positive.reduce((sum, w) => sum + weigh(w, 1), 0) + negative.reduce((sum, w) => sum + weigh(w, -1), 0);
  return score < 0 ? 'negative' : score > 0 ? 'positive' : 'neutral';
}

export function tagsIn(text: string): TagFixture[] {
  const said = normalise(text);
  return tagVocabulary().filter((t) => t.cues.some((cue) => mentions(said, cue)));
}

export function stepAt(step: number): CoachingStep {
  const steps = coachingSteps();
  return steps[Math.min(Math.max(step, 1), TOTAL_STEPS) - 1] as CoachingStep;
}

export function progressOf(session: SessionRecord): SessionProgress {
  const step = stepAt(session.step);
  return { step: step.step, total_steps: TOTAL_STEPS, step_name: step.name };
}

export function escalationFor(owner: UserRecord): SafetyEscalation {
  const resources = crisisResources()[owner.user.preferences.country] ?? internationalResources();
  return {
    triggered: true,
    emergency_resources: resources.escalation,
    requires_immediate_attention: true,
  };
}

/** The API's view of a stored assistant message. */
export function assistantView(message: Message): AssistantMessage {
  return {
    message_id: message.message_id,
    text: message.text,
    intent: message.intent ?? 'other',
    risk_level: message.risk_level ?? 'none',
    suggested_followup: message.metadata?.suggested_followup ?? null,
    memory_delta: message.metadata?.memory_delta ?? null,
    timestamp: message.timestamp,
  };
}

function store(session: SessionRecord, message: Message): void {
  session.messages.push(message);
  capArray(session.messages, MAX_MESSAGES_PER_SESSION);
}

export function addAssistantMessage(
  ctx: Tools,
  session: SessionRecord,
  reply: { text: string; intent: Schemas['Intent']; risk: RiskLevel; followup: string | null; delta: Schemas['MemoryDelta'] | null },
): Message {
  const message: Message = {
    message_id: newId('msg', ctx.faker),
    session_id: session.id,
    role: 'assistant',
    text: reply.text,
    intent: reply.intent,
    risk_level: reply.risk,
    timestamp: ctx.now().toISOString(),
    metadata: { suggested_followup: reply.followup, memory_delta: reply.delta },
  };
  store(session, message);
  return message;
}

export interface Exchange {
  assistant: AssistantMessage;
  progress?: SessionProgress;
  escalation?: SafetyEscalation;
}

/**
 * Stores the user's message and the coach's answer. `advance` moves the session one step on
 * (every message but the opening one) when the coach answers at a step; a safety check
 * (medium risk) or an escalation (high risk, which pauses the session) answers instead of the
 * step, so the step stays and coaching picks up where it was.
 */
export function converse(ctx: Tools, owner: UserRecord, session: SessionRecord, text: string, advance: boolean): Exchange {
  const risk = assessRisk(text);
  store(session, {
    message_id: newId('msg', ctx.faker),
    session_id: session.id,
    role: 'user',
    text,
    sentiment: sentimentOf(text, risk),
    risk_level: risk,
    timestamp: ctx.now().toISOString(),
  });

  if (risk === 'high') {
    session.state = 'paused';
    session.awaitingSafeCheckIn = true;
    session.resumeToken = newId('resume', ctx.faker);
    const message = addAssistantMessage(ctx, session, { text: ESCALATION_TEXT, intent: 'emergency', risk, followup: null, delta: null });
    return { assistant: assistantView(message), escalation: escalationFor(owner) };
  }

  const found = tagsIn(text);
  for (const tag of found) {
    if (!session.tags.includes(tag.tag)) session.tags.push(tag.tag);
    if (!session.insights.includes(tag.insight)) session.insights.push(tag.insight);
  }
  const delta = found.length > 0 ? { insights: found.map((t) => t.insight), tags: found.map((t) => t.tag) } : null;

  if (risk === 'medium') {
    const message = addAssistantMessage(ctx, session, { text: SAFETY_CHECK_TEXT, intent: 'safety_check', risk, followup: null, delta });
    return { assistant: assistantView(message), progress: progressOf(session) };
  }

  if (advance) session.step = Math.min(session.step + 1, TOTAL_STEPS);
  const step = stepAt(session.step);
  const topic = latestTopic(session);
  const reply = ctx.faker.helpers.arrayElement(step.replies).replace('{topic}', topic);
  const message = addAssistantMessage(ctx, session, { text: reply, intent: step.intent, risk, followup: step.suggestedFollowup, delta });
  return { assistant: assistantView(message), progress: progressOf(session) };
}

/** What the user talked about last: the first tag of their latest message that named one. */
function latestTopic(session: SessionRecord): string {
  for (let i = session.messages.length - 1; i >= 0; i--) {
    const message = session.messages[i] as Message;
    if (message.role !== 'user') continue;
    const named = tagsIn(message.text)[0];
    if (named) return named.topic;
  }
  return DEFAULT_TOPIC;
}

function listed(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The summary of an ended session, built from what was said. */
export function summarise(session: SessionRecord): Summary {
  const vocabulary = tagVocabulary();
  const spoke = session.messages.some((m) => m.role === 'user');
  const escalated = session.messages.some((m) => m.intent === 'emergency');
  const sentences: string[] = [];
  if (!spoke) sentences.push('You took a moment to check in with yourself.');
  else if (session.tags.length > 0) sentences.push(`You explored ${listed(session.tags)}.`);
  else sentences.push('You explored what you are feeling right now.');
  if (session.step >= 3) sentences.push('We looked at where these feelings come from.');
  if (session.step >= 4) sentences.push('You practised seeing it from a kinder angle.');
  if (session.step >= 5) sentences.push('You chose a small experiment to try this week.');
  if (escalated) sentences.push('We paused to put your safety first and shared crisis resources.');
  const insights = [...session.insights];
  if (escalated) insights.push('Safety concern raised; crisis resources shared');
  const lead = session.tags.map((tag) => vocabulary.find((t) => t.tag === tag)).find((t) => t !== undefined);
  return { text: sentences.join(' '), insights, tags: [...session.tags], experiment: lead?.experiment ?? DEFAULT_EXPERIMENT };
}
