// ally: the `nuxt-session` cookie set by the first `POST /api/chats`; chats belong to a session.
import { type Credentials, keepingLastCaller, type RobustnessFixture, type Send, SessionLimitSpent } from './fixture.ts';

async function createChat(send: Send, headers: Credentials = {}) {
  const answer = await send('POST', '/api/chats', { headers, body: { prompt: 'How do I plan my week?' } });
  if (answer.status === 429) throw new SessionLimitSpent('ally: session creation limit spent');
  if (answer.status !== 201) throw new Error(`ally: create chat → ${answer.status}`);
  return answer;
}

export const allyFixture: RobustnessFixture = {
  api: 'ally',
  signIn: (send) =>
    keepingLastCaller(send, async () => {
      const { headers } = await createChat(send);
      const cookie = headers.getSetCookie().find((c) => c.startsWith('nuxt-session='));
      if (!cookie) throw new Error('ally: no nuxt-session cookie');
      return { cookie: cookie.split(';')[0] ?? '' };
    }),
  async owned(send, owner) {
    const { json } = await createChat(send, owner);
    const chat = `/api/chats/${encodeURIComponent(json.id)}`;
    return [
      { method: 'GET', path: chat },
      { method: 'POST', path: `${chat}/messages`, body: { role: 'assistant', content: 'Plan the big rocks first.' } },
      { method: 'PUT', path: chat, body: { content: 'Weekly planning' } },
      { method: 'POST', path: chat, body: { messages: [{ role: 'user', content: 'And on Fridays?' }] } },
      { method: 'DELETE', path: chat },
    ];
  },
};
