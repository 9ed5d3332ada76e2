// The path Express routes is the one the core routes. The core (and MSW, and every browser)
// reads a request's URL as WHATWG URL does: dot segments resolved (`/chats/.`, `/chats/%2e`,
// `/x/..`), backslashes read as slashes, a fragment dropped. Express routes the raw path, so
// `POST /ally/api/chats/.` was judged by express-openapi-validator as "stream a reply to chat
// `.`" while the core ran "create a chat" with that body: a 500. The URL is normalised once,
// before anything routes it.
import type { RequestHandler } from 'express';

/** Cheap test first: most paths hold no dot segment, backslash or fragment, and are left alone. */
const MAY_CHANGE = /^[^?]*(?:\/(?:\.|%2e)|\\|#)/i;

/** A request target (`/a/./b?q`) as WHATWG URL reads it (`/a/b?q`). */
export function normalisedUrl(target: string): string {
  if (!MAY_CHANGE.test(target)) return target;
  // Never resolved against a base: `//x` would be read as a host.
  const url = new URL(`http://stub${target}`);
  return url.pathname + url.search;
}

export const normalisePath: RequestHandler = (req, _res, next) => {
  req.url = normalisedUrl(req.url);
  next();
};
