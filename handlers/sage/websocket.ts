// The `/sage/ws` channel (prose §10): `auth` with an access token, `subscribe` to `guidance`
// and/or `notifications`, `ping` → `pong`. A `guidance` subscriber gets `proactive_guidance`
// every `pushMs` (`--socket-push-ms`), built from the user's daily guidance when there is one
// not pushed yet, else from a hexagram of the day's mood; and at once when it subscribes and
// daily guidance already exists. Bad messages get `{type:'error'}`, never a crash.
import type { ChannelSocket, SocketContext, WebSocketOptions } from '../../src/core/index.ts';
import { bearerAuth } from './auth.ts';
import { type DailyGuidance, hexagramContent, type SageEnv } from './env.ts';
import { dateIn } from './preferences.ts';

export const SOCKET_CHANNELS = ['guidance', 'notifications'] as const;
type Channel = (typeof SOCKET_CHANNELS)[number];
/** Close code after a failed `auth`: 4000 + the HTTP status it stands for. */
export const CLOSE_UNAUTHENTICATED = 4401;

type Ctx = SocketContext<SageEnv>;

function connect(socket: ChannelSocket, ctx: Ctx): void {
  let userId: string | undefined;
  const channels = new Set<Channel>();
  /** Daily guidance ids this socket has already pushed. */
  const pushed = new Set<string>();
  let timer: ReturnType<typeof setInterval> | undefined;

  const send = (message: Record<string, unknown>) => socket.send(JSON.stringify({ ...message, timestamp: ctx.now().toISOString() }));
  const error = (code: string, message: string) => send({ type: 'error', code, message });

  function pushGuidance(onlyNew: boolean) {
    const user = userId ? ctx.state.users.get(userId) : undefined;
    if (!user) return;
    const daily = ctx.state.daily.get(`${user.id}|${dateIn(user.preferences.timezone, ctx.now())}`);
    if (daily && !pushed.has(daily.id)) {
      pushed.add(daily.id);
      return send({ type: 'proactive_guidance', data: { guidance: fromDaily(daily) } });
    }
    if (onlyNew) return;
    const hexagram = hexagramContent(ctx.state, ctx.faker.number.int({ min: 1, max: 64 }));
    send({
      type: 'proactive_guidance',
      data: {
        guidance: {
          message: `Pause for a moment with hexagram ${hexagram.number}: ${hexagram.name}. ${hexagram.image || hexagram.judgment}`.trim(),
          hexagram: hexagram.number,
          actionSuggestion: `Take a few minutes to reflect on ${hexagram.keywords[0] ?? 'balance'} before your next step.`,
          priority: 'low',
        },
      },
    });
  }

  async function authenticate(token: unknown) {
    if (typeof token !== 'string' || token === '') {
      error('AUTHENTICATION_ERROR', 'token: an access token (string) is required');
      return socket.close(CLOSE_UNAUTHENTICATED, 'authentication failed');
    }
    const result = await bearerAuth({ headers: { authorization: `Bearer ${token}` }, state: ctx.state, services: ctx.services });
    if (!result.ok) {
      error('AUTHENTICATION_ERROR', result.message.replace('header.authorization', 'token'));
      return socket.close(CLOSE_UNAUTHENTICATED, 'authentication failed');
    }
    userId = result.principal.userId;
    send({ type: 'authenticated', data: { userId } });
  }

  function subscribe(requested: unknown) {
    if (!userId) return error('AUTHENTICATION_ERROR', 'send {"type":"auth","token":…} before subscribing');
    if (!Array.isArray(requested) || requested.length === 0) {
      return error('VALIDATION_ERROR', `channels: a non-empty array of ${SOCKET_CHANNELS.join(', ')} is required`);
    }
    const bad = requested.findIndex((c) => !SOCKET_CHANNELS.includes(c as Channel));
    if (bad >= 0) return error('VALIDATION_ERROR', `channels[${bad}]: must be one of ${SOCKET_CHANNELS.join(', ')}`);
    for (const channel of requested as Channel[]) channels.add(channel);
    send({ type: 'subscribed', data: { channels: [...channels] } });
    if (channels.has('guidance') && timer === undefined) {
      pushGuidance(true);
      timer = setInterval(() => pushGuidance(false), ctx.pushMs);
    }
  }

  socket.onMessage((text) => {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return error('VALIDATION_ERROR', 'message: not valid JSON');
    }
    const type =
      typeof message === 'object' && message !== null && !Array.isArray(message) ? (message as { type?: unknown }).type : undefined;
    const fields = message as Record<string, unknown>;
    // Returning the check holds later messages (the core hands them over in order).
    if (type === 'auth') return authenticate(fields.token).catch(() => error('INTERNAL_ERROR', 'authentication could not be checked'));
    if (type === 'subscribe') subscribe(fields.channels);
    else if (type === 'ping') send({ type: 'pong' });
    else if (typeof type !== 'string') error('VALIDATION_ERROR', 'type: a JSON object with a string "type" is required');
    else error('UNKNOWN_MESSAGE_TYPE', `type: "${type}" is not one of auth, subscribe, ping`);
  });
  socket.onClose(() => clearInterval(timer));
}

function fromDaily(daily: DailyGuidance) {
  return {
    message: `${daily.dailyMessage.theme}: ${daily.dailyMessage.guidance}`,
    hexagram: daily.hexagram.number,
    actionSuggestion: daily.personalizedInsights.nextSteps,
    priority: 'medium',
  };
}

export const sageWebSocket: WebSocketOptions<SageEnv> = { connect };
