// A `/sage/ws` conversation over any WebSocket with the standard event API (the `ws` client,
// Node's global WebSocket under MSW): a queue of received messages and the close event.
import { expect } from 'vitest';

export interface SocketLike {
  send(text: string): void;
  close(): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  addEventListener(type: 'close', listener: (event: { code: number; reason: string }) => void): void;
  addEventListener(type: 'open', listener: () => void): void;
}

export interface Conversation {
  send(message: unknown): void;
  sendRaw(text: string): void;
  /** The next message, parsed. */
  next(): Promise<Record<string, unknown>>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export async function converse(socket: SocketLike): Promise<Conversation> {
  const queue: Record<string, unknown>[] = [];
  const waiting: ((m: Record<string, unknown>) => void)[] = [];
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Record<string, unknown>;
    const waiter = waiting.shift();
    if (waiter) waiter(message);
    else queue.push(message);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.addEventListener('close', (event) => resolve({ code: event.code, reason: event.reason })),
  );
  await new Promise<void>((resolve) => socket.addEventListener('open', () => resolve()));
  return {
    send: (message) => socket.send(JSON.stringify(message)),
    sendRaw: (text) => socket.send(text),
    next: () => {
      const ready = queue.shift();
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve));
    },
    closed,
    close: () => socket.close(),
  };
}

/** Logs in over HTTP and returns the access token. */
export async function accessToken(origin: string, email = 'free@sage.test'): Promise<string> {
  const res = await fetch(`${origin}/sage/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'SageDev2025!' }),
  });
  expect(res.status).toBe(200);
  const body = (await res.json()) as { data: { session: { accessToken: string } } };
  return body.data.session.accessToken;
}

/**
 * The conversation both transports must hold: errors for malformed and unknown messages,
 * auth, subscribe, daily guidance pushed at once, then a periodic push; a bad token closes 4401.
 */
export async function sageSocketConversation(origin: string, open: () => SocketLike): Promise<void> {
  const token = await accessToken(origin);
  const daily = await fetch(`${origin}/sage/api/guidance/daily`, { headers: { authorization: `Bearer ${token}` } });
  const dailyBody = (await daily.json()) as { data: { guidance: { hexagram: { number: number } } } };

  const ws = await converse(open());
  ws.sendRaw('{not json');
  expect(await ws.next()).toMatchObject({ type: 'error', code: 'VALIDATION_ERROR', message: 'message: not valid JSON' });
  ws.send({ type: 'dance' });
  expect(await ws.next()).toMatchObject({ type: 'error', code: 'UNKNOWN_MESSAGE_TYPE' });
  ws.send({ type: 'subscribe', channels: ['guidance'] });
  expect(await ws.next()).toMatchObject({ type: 'error', code: 'AUTHENTICATION_ERROR' });
  ws.send({ type: 'ping' });
  expect(await ws.next()).toMatchObject({ type: 'pong', timestamp: expect.any(String) });
  ws.send({ type: 'auth', token });
  expect(await ws.next()).toMatchObject({ type: 'authenticated', data: { userId: expect.any(String) } });
  ws.send({ type: 'subscribe', channels: ['guidance', 'weather'] });
  expect(await ws.next()).toMatchObject({ type: 'error', code: 'VALIDATION_ERROR', message: expect.stringContaining('channels[1]') });
  ws.send({ type: 'subscribe', channels: ['guidance', 'notifications'] });
  expect(await ws.next()).toMatchObject({ type: 'subscribed', data: { channels: ['guidance', 'notifications'] } });
  // Today's daily guidance exists: pushed at once, then the periodic push follows.
  expect(await ws.next()).toMatchObject({
    type: 'proactive_guidance',
    data: { guidance: { hexagram: dailyBody.data.guidance.hexagram.number, priority: 'medium' } },
  });
  expect(await ws.next()).toMatchObject({
    type: 'proactive_guidance',
    data: {
      guidance: { hexagram: expect.any(Number), message: expect.any(String), actionSuggestion: expect.any(String), priority: 'low' },
    },
  });
  ws.close();
  await ws.closed;

  const refused = await converse(open());
  refused.send({ type: 'auth', token: `${token.slice(0, -4)}AAAA` });
  expect(await refused.next()).toMatchObject({ type: 'error', code: 'AUTHENTICATION_ERROR' });
  expect((await refused.closed).code).toBe(4401);
}

/**
 * The prose's client sends `auth` and `subscribe` back to back, without waiting: on each of
 * `count` sockets, `wave` open at a time, the answers must be `authenticated` then `subscribed`.
 */
export async function sageBackToBack(origin: string, open: () => SocketLike, count = 50, wave = count): Promise<void> {
  const token = await accessToken(origin);
  const answers: string[][] = [];
  for (let done = 0; done < count; done += wave) {
    const sockets = await Promise.all(Array.from({ length: Math.min(wave, count - done) }, () => converse(open())));
    const replies = await Promise.all(
      sockets.map(async (ws) => {
        ws.send({ type: 'auth', token });
        ws.send({ type: 'subscribe', channels: ['guidance', 'notifications'] });
        const first = await ws.next();
        const second = await ws.next();
        ws.close();
        await ws.closed;
        return [String(first.type), String(second.type)];
      }),
    );
    answers.push(...replies);
  }
  expect(answers).toEqual(Array.from({ length: count }, () => ['authenticated', 'subscribed']));
}
