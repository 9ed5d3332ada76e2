// Named states for ally's screens. Chats and messages are made by the API's own requests, as the
// app makes them (create with a prompt, save the assistant's answer the stream gave); only their
// dates are then moved into the past through the state types, since the API stamps every
// record with the clock's now and a sidebar grouped by day needs older chats.

import type { Scenario, ScenarioContext } from '../../src/core/index.ts';
import { cookieSet, step } from '../scenario-steps.ts';
import { composeAnswer, topicFor } from './assistant.ts';
import type { AllyEnv, Chat, ChatRecord, Message } from './env.ts';
import { SESSION_COOKIE, unixSeconds } from './env.ts';

type Ctx = ScenarioContext<AllyEnv>;
type ChatWithMessages = Chat & { messages: Message[] };

const HOUR = 3600;
const DAY = 24 * HOUR;
/** Seconds between two messages of a backdated chat. */
const MESSAGE_GAP = 60;

/** A signed-in user: the cookie header (none until the first chat starts the session). */
interface User {
  headers: Record<string, string>;
}

/** Creates a chat as the app does (starting the session on the first one), and saves the assistant's answer. */
async function chat(ctx: Ctx, user: User, prompt: string, followUps: string[] = []): Promise<ChatWithMessages> {
  const created = await step<ChatWithMessages>(ctx.send, 'POST', '/api/chats', { headers: user.headers, body: { prompt } }, 201);
  if (!user.headers.cookie) user.headers.cookie = cookieSet(created, SESSION_COOKIE);
  const { id, title } = created.json;
  const save = (role: 'user' | 'assistant', content: string) =>
    step<Message>(ctx.send, 'POST', `/api/chats/${id}/messages`, { headers: user.headers, body: { role, content } }, 200);
  await save('assistant', composeAnswer(topicFor(prompt, title), prompt));
  for (const question of followUps) {
    await save('user', question);
    await save('assistant', composeAnswer(topicFor(question, title), question));
  }
  return created.json;
}

/** The stored chat, to move its dates: the API has no way to say "this chat is from last week". */
function stored(ctx: Ctx, user: User, chatId: string): ChatRecord {
  const sessionId = user.headers.cookie?.slice(SESSION_COOKIE.length + 1) ?? '';
  const record = ctx.state.sessions.get(sessionId)?.chats.get(chatId);
  if (!record) throw new Error(`scenario: chat ${chatId} is not in session ${sessionId}`);
  return record;
}

/** Dates the chat `secondsAgo` in the past, its messages a minute apart from then. */
function backdate(ctx: Ctx, user: User, chatId: string, secondsAgo: number): void {
  const record = stored(ctx, user, chatId);
  const createdAt = unixSeconds(ctx.now) - secondsAgo;
  record.chat.createdAt = createdAt;
  record.messages.forEach((message, i) => {
    message.createdAt = createdAt + i * MESSAGE_GAP;
  });
}

function credentials(user: User) {
  const cookie = user.headers.cookie ?? '';
  return { headers: { cookie }, sessionId: cookie.slice(SESSION_COOKIE.length + 1) };
}

const HISTORY = [
  {
    prompt: 'How do I spot a phishing email?',
    followUps: ['What should I do if I already clicked a link in one?'],
    ago: 2 * HOUR,
  },
  {
    prompt: 'Is a password manager safer than remembering my passwords?',
    followUps: ['Should I also turn on two-factor authentication with an authenticator app?'],
    ago: DAY + 3 * HOUR,
  },
  {
    prompt: 'How would ransomware get into our office network?',
    followUps: ['How often should we test our backups?'],
    ago: 5 * DAY,
  },
];

const MANY_PROMPTS = [
  'How do I spot a phishing email?',
  'What makes a strong passphrase?',
  'Which two-factor method is the safest?',
  'How do we recover from ransomware?',
  'What is pretexting in social engineering?',
  'Can a spoofed email come from my own domain?',
  'Do password managers get hacked?',
  'What is an OTP and how long is it valid?',
  'Should backups be encrypted?',
  'How do I report CEO fraud?',
  'What should new staff learn first about security?',
  'Are links in text messages (smishing) dangerous?',
];
const MANY_CHATS = 60;

export const scenarios: Scenario<AllyEnv>[] = [
  {
    name: 'empty-account',
    description: 'A session whose only chat was deleted: signed in, with an empty chat list',
    async build(ctx) {
      const user: User = { headers: {} };
      const first = await chat(ctx, user, 'Hello');
      await step<Chat>(ctx.send, 'DELETE', `/api/chats/${first.id}`, { headers: user.headers }, 200);
      return credentials(user);
    },
  },
  {
    name: 'chat-with-history',
    description: 'A session with three chats from today, yesterday and five days ago, each with four saved messages (user and assistant)',
    async build(ctx) {
      const user: User = { headers: {} };
      const chatIds: string[] = [];
      for (const { prompt, followUps, ago } of HISTORY) {
        const made = await chat(ctx, user, prompt, followUps);
        backdate(ctx, user, made.id, ago);
        chatIds.push(made.id);
      }
      return { ...credentials(user), chatIds };
    },
  },
  {
    name: 'many-chats',
    description: `A session with ${MANY_CHATS} chats, one a day over the last ${MANY_CHATS} days, each a prompt and the assistant's answer`,
    async build(ctx) {
      const user: User = { headers: {} };
      const chatIds: string[] = [];
      for (let i = 0; i < MANY_CHATS; i++) {
        const prompt = MANY_PROMPTS[i % MANY_PROMPTS.length] ?? 'Hello';
        const made = await chat(ctx, user, prompt);
        // The first made is the newest: today, then one day older each.
        backdate(ctx, user, made.id, i * DAY + HOUR);
        chatIds.push(made.id);
      }
      return { ...credentials(user), chatIds };
    },
  },
];
