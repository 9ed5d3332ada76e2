// Named states for shadow-coach's screens. Accounts, sessions, conversations, escalations and
// highlights are made by the API's own requests. Histories need the past, which the API cannot
// express (it stamps sessions and mood entries it makes itself with the clock's now, and 30 mood
// entries would pass the analytics rate limit), so mood entries are written and finished
// sessions are moved back in time through the handlers' own state types, against the world's
// clock.

import type { Scenario, ScenarioContext } from '../../src/core/index.ts';
import type { components } from '../../src/generated/shadow-coach.ts';
import { step } from '../scenario-steps.ts';
import { type CoachEnv, capArray, MAX_MOODS_PER_USER, type MoodRecord, newId, type UserRecord } from './env.ts';

type Schemas = components['schemas'];
type Ctx = ScenarioContext<CoachEnv>;

const PASSWORD = 'scenario-pass-1';
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

type User = Awaited<ReturnType<typeof register>>;

/** A new account through the API: its headers, credentials and stored record. */
async function register(ctx: Ctx, name: string) {
  const email = `${name}.${ctx.faker.string.alphanumeric({ length: 8, casing: 'lower' })}@example.com`;
  const body = { email, password: PASSWORD, preferences: { country: 'US' } };
  const { json } = await step<Schemas['AuthResponse']>(ctx.send, 'POST', '/v1/auth/register', { body }, 201);
  const record = ctx.state.users.get(json.user_id);
  if (!record) throw new Error(`scenario: user ${json.user_id} was not stored`);
  return { headers: { authorization: `Bearer ${json.token}` }, userId: json.user_id, email, password: PASSWORD, record };
}

interface Talk {
  type: Schemas['SessionType'];
  mood: number;
  opening: string;
  messages: string[];
  rating: number;
}

/** A session started, talked through and ended, as the app does it: its id and the mood entry its start recorded. */
async function coachedSession(ctx: Ctx, user: User, talk: Talk) {
  const { headers, record } = user;
  const start = {
    session_type: talk.type,
    mood_score: talk.mood,
    initial_message: talk.opening,
    consent_for_deep_exploration: talk.type === 'gentle_deep',
  };
  const { session_id } = (await step<Schemas['StartSessionResponse']>(ctx.send, 'POST', '/v1/session/start', { headers, body: start }, 201))
    .json;
  const mood = record.moods.at(-1);
  for (const message_text of talk.messages) {
    await step<Schemas['MessageResponse']>(ctx.send, 'POST', `/v1/session/${session_id}/message`, { headers, body: { message_text } }, 200);
  }
  const end = { rating: talk.rating, feedback: 'That helped, thank you.' };
  await step<Schemas['EndSessionResponse']>(ctx.send, 'POST', `/v1/session/${session_id}/end`, { headers, body: end }, 200);
  return { sessionId: session_id, mood };
}

/**
 * Moves a finished session and the mood entry its start recorded to `startedAt`, lasting
 * `minutes`: messages two minutes apart from then, highlights a minute after the end.
 */
function placeInPast(owner: UserRecord, made: { sessionId: string; mood: MoodRecord | undefined }, startedAt: Date, minutes: number): void {
  const session = owner.sessions.get(made.sessionId);
  if (!session) throw new Error(`scenario: session ${made.sessionId} was not stored`);
  const at = (offsetMs: number) => new Date(startedAt.getTime() + offsetMs);
  session.startedAt = startedAt;
  session.endedAt = at(minutes * MINUTE_MS);
  session.messages.forEach((message, i) => {
    message.timestamp = at(Math.min(i * 2 * MINUTE_MS, minutes * MINUTE_MS)).toISOString();
  });
  for (const highlight of session.highlights) highlight.highlighted_at = at((minutes + 1) * MINUTE_MS).toISOString();
  if (made.mood) {
    made.mood.timestamp = startedAt;
    made.mood.createdAt = startedAt;
  }
}

const WORK_TALK: Talk = {
  type: 'gentle_deep',
  mood: 4,
  opening: "I've been feeling anxious about work lately.",
  messages: [
    'My manager keeps moving the deadline and I feel like a failure when I miss it.',
    'I think it started when I was a kid and my parents expected perfect grades.',
    'Maybe a friend would say I am doing my best with an impossible plan.',
    'I could try telling my boss what is realistic before I agree to a date.',
    'Yes, I will try that at the planning meeting this week.',
  ],
  rating: 5,
};

const JOURNAL: { talk: Talk; daysAgo: number; minutes: number }[] = [
  {
    daysAgo: 20,
    minutes: 12,
    talk: {
      type: 'check-in',
      mood: 5,
      opening: "I haven't been able to sleep well this week.",
      messages: ['I lie awake at night replaying conversations.', 'Maybe I can write them down before bed.'],
      rating: 4,
    },
  },
  {
    daysAgo: 13,
    minutes: 26,
    talk: {
      type: 'gentle_deep',
      mood: 4,
      opening: 'I had a fight with my sister about our parents.',
      messages: [
        'She says I never help with our mother.',
        'Growing up I was always the one who had to be perfect.',
        'A friend would probably tell me to be gentle with myself.',
        'I could call her and say what I can realistically do.',
      ],
      rating: 5,
    },
  },
  {
    daysAgo: 6,
    minutes: 5,
    talk: {
      type: 'micro_practice',
      mood: 6,
      opening: 'I want to practise being kind to myself after a mistake at work.',
      messages: ['I sent the wrong file to a colleague and felt useless.'],
      rating: 4,
    },
  },
  { daysAgo: 2, minutes: 24, talk: WORK_TALK },
];

const MOOD_DAYS = 42;
const MOOD_FROM = 8;
const MOOD_TO = 3;
/** A small repeating wobble, so the line is a believable week-to-week mood, not a ruler. */
const WOBBLE = [0, 1, 0, -1, 1, 0, -1];
const MOOD_NOTES: Record<number, string> = {
  41: 'Good week, went hiking with friends',
  27: 'Work is piling up',
  13: 'Slept badly again',
  2: 'Feeling low and tired',
};

/** One entry a day for `MOOD_DAYS` days up to today, falling from MOOD_FROM to MOOD_TO. */
function decliningMoods(ctx: Ctx, owner: UserRecord): MoodRecord[] {
  const now = ctx.now().getTime();
  const moods: MoodRecord[] = [];
  for (let daysAgo = MOOD_DAYS - 1; daysAgo >= 0; daysAgo--) {
    const along = (MOOD_DAYS - 1 - daysAgo) / (MOOD_DAYS - 1);
    const base = Math.round(MOOD_FROM + (MOOD_TO - MOOD_FROM) * along);
    const score = Math.min(10, Math.max(1, base + (WOBBLE[daysAgo % WOBBLE.length] ?? 0)));
    const at = new Date(now - daysAgo * DAY_MS);
    moods.push({ id: newId('mood', ctx.faker), score, timestamp: at, createdAt: at, notes: MOOD_NOTES[daysAgo] ?? null });
  }
  owner.moods.push(...moods);
  owner.moods.sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  capArray(owner.moods, MAX_MOODS_PER_USER);
  return moods;
}

function credentials({ headers, userId, email, password }: User) {
  return { headers, userId, email, password };
}

export const scenarios: Scenario<CoachEnv>[] = [
  {
    name: 'mood-history',
    description: `A user with one mood entry a day for the last ${MOOD_DAYS} days, falling from about ${MOOD_FROM} to ${MOOD_TO}: the trend is declining`,
    async build(ctx) {
      const user = await register(ctx, 'mood-history');
      const moods = decliningMoods(ctx, user.record);
      return { ...credentials(user), moodEntries: moods.length, trend: 'declining' };
    },
  },
  {
    name: 'escalated-session',
    description: 'A deep session paused by a safety escalation (high-risk message): resuming is refused until a safe check-in',
    async build(ctx) {
      const user = await register(ctx, 'escalated');
      const { headers } = user;
      const start = {
        session_type: 'gentle_deep' as const,
        mood_score: 2,
        initial_message: "I've been feeling really low since the breakup.",
        consent_for_deep_exploration: true,
      };
      const started = await step<Schemas['StartSessionResponse']>(ctx.send, 'POST', '/v1/session/start', { headers, body: start }, 201);
      const sessionId = started.json.session_id;
      const body = { message_text: 'Honestly, sometimes I think everyone would be better off without me.' };
      await step<Schemas['MessageResponse']>(ctx.send, 'POST', `/v1/session/${sessionId}/message`, { headers, body }, 200);
      return { ...credentials(user), sessionId };
    },
  },
  {
    name: 'completed-session',
    description: 'A user who finished one deep session about work anxiety today: its summary has insights, tags and an experiment',
    async build(ctx) {
      const user = await register(ctx, 'completed');
      const { sessionId } = await coachedSession(ctx, user, WORK_TALK);
      return { ...credentials(user), sessionId };
    },
  },
  {
    name: 'journal-with-entries',
    description: `A journal of ${JOURNAL.length} finished sessions over the last three weeks (sleep, family, self-compassion, work), one with a highlight`,
    async build(ctx) {
      const user = await register(ctx, 'journal');
      const made: Awaited<ReturnType<typeof coachedSession>>[] = [];
      for (const { talk } of JOURNAL) made.push(await coachedSession(ctx, user, talk));
      // The family session's last coach message, highlighted as a user would keep it.
      const family = made[1]?.sessionId ?? '';
      const message = user.record.sessions.get(family)?.messages.findLast((m) => m.role === 'assistant');
      if (!message) throw new Error(`scenario: session ${family} has no coach message`);
      const body = { message_id: message.message_id, note: 'Call her this weekend' };
      await step<Schemas['Highlight']>(ctx.send, 'POST', `/v1/journal/entry/${family}/highlight`, { headers: user.headers, body }, 200);
      JOURNAL.forEach(({ daysAgo, minutes }, i) => {
        const session = made[i];
        if (session) placeInPast(user.record, session, new Date(ctx.now().getTime() - daysAgo * DAY_MS), minutes);
      });
      const sessionIds = made.map((m) => m.sessionId);
      // Newest first, as the journal lists them.
      return { ...credentials(user), sessionIds: sessionIds.reverse() };
    },
  },
];
