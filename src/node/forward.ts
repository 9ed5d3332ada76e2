// Hands an Express request to the core (with the verdict of a validator that already judged
// it, if any) and writes the core's reply back.
import type { Request, RequestHandler } from 'express';
import type { TransportVerdict } from '../core/request-body.ts';
import type { Stubs } from '../core/stubs.ts';
import { sendReply, toIncoming } from './fetch-bridge.ts';

export function forward(stubs: Stubs, verdictOf: (req: Request) => TransportVerdict | undefined): RequestHandler {
  return (req, res, next) => {
    const verdict = verdictOf(req);
    stubs
      .answer(toIncoming(req, verdict === undefined), {
        ...(verdict ? { verdict } : {}),
        clientAddress: req.socket.remoteAddress ?? 'unknown',
      })
      .then((reply) => sendReply(reply, res))
      .catch(next);
  };
}
