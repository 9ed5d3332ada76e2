// The `/__stubs/*` controls reset every API and read the request journal (bodies, tokens). A
// browser sends any page's "simple" cross-site POST (`text/plain`) without asking first, so a
// page on any site could wipe the stubs. Browsers put an `Origin` on every cross-origin POST:
// a request whose `Origin` is neither the server's own nor a trusted one (loopback, or listed
// with `--cors-origins`) is refused before the control runs. Requests without an `Origin`
// (curl, test runners, CI scripts) are not browsers' and pass as before.
import type { OriginPolicy } from './origins.ts';
import { StubReply } from './reply.ts';

/** A 403 for a control request from a page the stubs do not trust; undefined when it may proceed. */
export function refuseForeignOrigin(origin: string | undefined, own: string, policy: OriginPolicy): StubReply | undefined {
  if (origin === undefined || policy.controlsAllow(origin, own)) return undefined;
  const body = {
    error: `The /__stubs controls refuse requests from a web page at ${origin}: allowed are requests without an Origin (curl, test runners), the server's own origin (${own}) and ${policy.trusted}.`,
    status: 403,
  };
  return new StubReply(403, new Headers({ 'content-type': 'application/json' }), JSON.stringify(body, null, 2), body);
}
