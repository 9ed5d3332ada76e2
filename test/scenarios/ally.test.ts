// ally's named scenarios, over HTTP and MSW: each is in the state its description promises,
// checked through the API with the session cookie it returned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/client.ts';
import type { Transport } from '../support/transports.ts';
import { loadScenario, TRANSPORTS } from './load.ts';

const NOW = new Date('2025-09-10T15:00:00Z');
const NOW_S = NOW.getTime() / 1000;
const DAY_S = 86_400;

describe.each(TRANSPORTS)('ally scenarios over %s', (_name, start) => {
  let t: Transport;
  let call: ReturnType<typeof clientFor>;
  beforeAll(async () => {
    t = await start({ now: NOW });
    call = clientFor(t, 'ally');
  });
  afterAll(() => t.close());

  it('empty-account: a live session with no chats', async () => {
    const { headers, sessionId } = await loadScenario(t, 'ally', 'empty-account');
    expect(headers).toEqual({ cookie: `nuxt-session=${sessionId}` });
    const chats = await call('GET', '/api/chats', { headers });
    expect(chats.status).toBe(200);
    expect(chats.json).toEqual([]);
  });

  it('chat-with-history: three chats from today, yesterday and five days ago, each with four saved messages', async () => {
    const { headers, chatIds } = await loadScenario(t, 'ally', 'chat-with-history');
    const chats = (await call('GET', '/api/chats', { headers })).json;
    expect(chats.map((c: { id: string }) => c.id)).toEqual(chatIds);
    const ages = chats.map((c: { createdAt: number }) => Math.floor((NOW_S - c.createdAt) / DAY_S));
    expect(ages).toEqual([0, 1, 5]);
    for (const id of chatIds) {
      const chat = (await call('GET', `/api/chats/${id}`, { headers })).json;
      expect(chat.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
      expect(chat.messages[0].content).toBe(chat.title);
      expect(chat.messages[1].content).toMatch(/^# /);
      const times = chat.messages.map((m: { createdAt: number }) => m.createdAt);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBe(chat.createdAt);
    }
  });

  it('many-chats: sixty chats, one a day, newest first, each answered', async () => {
    const { headers, chatIds } = await loadScenario(t, 'ally', 'many-chats');
    const chats = (await call('GET', '/api/chats', { headers })).json;
    expect(chats).toHaveLength(60);
    expect(chats.map((c: { id: string }) => c.id)).toEqual(chatIds);
    const days = new Set(chats.map((c: { createdAt: number }) => Math.floor((NOW_S - c.createdAt) / DAY_S)));
    expect(days.size).toBe(60);
    const oldest = (await call('GET', `/api/chats/${chatIds.at(-1)}`, { headers })).json;
    expect(oldest.messages.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant']);
  });

  it('keeps each load to its own session', async () => {
    const first = await loadScenario(t, 'ally', 'chat-with-history');
    const second = await loadScenario(t, 'ally', 'empty-account');
    expect(second.sessionId).not.toBe(first.sessionId);
    const other = await call('GET', `/api/chats/${first.chatIds[0]}`, { headers: second.headers });
    expect(other.status).toBe(401);
  });
});
