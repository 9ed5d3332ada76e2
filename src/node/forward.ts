// Hands a request to the core (with the verdict of a validator that already judged it, if
// any) and writes the core's reply back: from Express (`forward`), or straight from Node's
// server (`answerDirectly`) for every request that is not a page for people (docs.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { TransportVerdict } from '../core/request-body.ts';
import type { Stubs } from '../core/stubs.ts';
import { servesPage } from './docs.ts';
import { sendFetchResponse, sendReply, toIncoming } from './fetch-bridge.ts';
import { normalisedUrl } from './normalise-path.ts';

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

/**
 * With the core's validator Express would only hand an API or control request to the one
 * catch-all above, after re-prototyping the request and response and matching the path against
 * every docs route: a tenth of a GET's CPU (docs/performance.md). Such requests are answered
 * here; false leaves the request (a page for people, an unusual request target) to Express.
 */
export function answerDirectly(stubs: Stubs): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const target = req.url ?? '';
    if (!target.startsWith('/')) return false;
    const normalised = normalisedUrl(target);
    const query = normalised.indexOf('?');
    const path = query < 0 ? normalised : normalised.slice(0, query);
    if (servesPage(stubs, req.method, path)) return false;
    stubs
      .answer(toIncoming(req, true, res), { clientAddress: req.socket.remoteAddress ?? 'unknown' })
      .then((reply) => sendReply(reply, res))
      .catch((error: unknown) => answerFailure(stubs, error, path, res));
    return true;
  };
}

/** A failure of the stub itself: never an HTML page or a stack trace (the operator sees it on stderr). */
export function answerFailure(stubs: Stubs, error: unknown, path: string, res: ServerResponse & { req: IncomingMessage }): void {
  // A client that left (or was cut off for being too slow) mid-body: nobody to answer.
  if ((error as { type?: string }).type === 'request.aborted') return void res.destroy();
  console.error('[contract-stubs]', error);
  if (res.headersSent) return void res.end();
  const target = stubs.resolve(path);
  if (target) {
    sendFetchResponse(target.mounted.api.errorResponse(500, 'Internal Server Error'), res).catch(() => res.end());
    return;
  }
  const body = JSON.stringify({ error: 'Internal Server Error' });
  res.statusCode = 500;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
