// A per-API WebSocket channel (`/<api>/ws`), runtime-neutral: the Node server (`ws`) and MSW
// (`ws.link`) each wrap their socket in `StubSocket` and hand it to the same `connect`.
import type { Faker } from '@faker-js/faker';
import type { ApiEnv } from './handler.ts';
import type { InstanceInfo } from './instance-info.ts';

/** The path of an API's channel, below its prefix. */
export const SOCKET_PATH = '/ws';
/** Default pause between two pushes of an API's periodic socket events (`--socket-push-ms`). */
export const DEFAULT_SOCKET_PUSH_MS = 60_000;

/** What a transport's socket offers the core: text frames in and out, and closing. */
export interface StubSocket {
  send(text: string): void;
  close(code: number, reason: string): void;
  onMessage(listener: (text: string) => void): void;
  onClose(listener: () => void): void;
}

/**
 * What a channel sees of a socket (see socket-order.ts): messages come one at a time, in
 * arrival order; a listener that returns a promise holds the next message until it settles.
 */
export interface ChannelSocket extends Omit<StubSocket, 'onMessage'> {
  onMessage(listener: (text: string) => void | Promise<void>): void;
}

/** What a connection sees of its API; read at call time, so a reset's new state shows. */
export interface SocketContext<Env extends ApiEnv> {
  readonly state: Env['state'];
  readonly services: Env['services'];
  readonly faker: Faker;
  readonly instance: InstanceInfo;
  /** Pause between two periodic pushes (`StubsOptions.socketPushMs`). */
  readonly pushMs: number;
  now(): Date;
}

export interface WebSocketOptions<Env extends ApiEnv> {
  /** Called once per opened socket; keeps its own timers and clears them on close. */
  connect(socket: ChannelSocket, ctx: SocketContext<Env>): void;
}
