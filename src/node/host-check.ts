// DNS rebinding: a page on attacker.example, whose name the attacker then points at 127.0.0.1,
// is same-origin with the stubs as far as the browser knows, and could reset them or read the
// journal (bodies, tokens) and every API's answers. Its requests still say `Host:
// attacker.example`. The server answers only Host names that cannot be rebound against it:
// IP addresses (a page at an IP address is that address's own), `localhost` and `*.localhost`
// (browsers resolve them to loopback themselves), the name given to `--host`, and the names
// `--allowed-hosts` lists (`.example.com` for it and its subdomains; `all` turns the check off).
// Bound to a loopback address (the default) every request is checked; bound elsewhere (a
// container, a shared machine: reachable from the network anyway) the `/__stubs/*` controls are.
// The rule is Vite's dev server's (its `server.allowedHosts`).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isLoopbackHostname } from '../core/origins.ts';
import { CONTROL_HEADER } from '../core/stages/forced-answer.ts';
import type { Stubs } from '../core/stubs.ts';
import { readOff } from './fetch-bridge.ts';
import { normalisedUrl } from './normalise-path.ts';

export interface HostPolicy {
  /** Whether a request with this `Host` header may reach this path. */
  allows(host: string | undefined, pathname: string): boolean;
}

/** `127.0.0.1`, `[::1]`, `10.0.0.5` as WHATWG URL writes a hostname (IPv4 in any notation becomes dotted). */
const isIpAddress = (hostname: string) => /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) || hostname.startsWith('[');

const isControl = (pathname: string) => pathname === '/__stubs' || pathname.startsWith('/__stubs/');

/** Throws on an entry that is not a host name. */
export function hostPolicy({
  boundAddress,
  host,
  allowedHosts = [],
}: {
  boundAddress: string;
  host: string;
  allowedHosts?: string[];
}): HostPolicy {
  if (allowedHosts.includes('all')) return { allows: () => true };
  const names = allowedHosts.map((entry) => {
    const name = entry.trim().toLowerCase();
    if (!/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(name))
      throw new Error(`"${entry}" is not a host name (e.g. stubs.example.com, .example.com or all)`);
    return name;
  });
  const allowedName = (hostname: string) =>
    isIpAddress(hostname) ||
    isLoopbackHostname(hostname) ||
    hostname === host.toLowerCase() ||
    names.some((name) => (name.startsWith('.') ? hostname === name.slice(1) || hostname.endsWith(name) : hostname === name));
  const everything = isLoopbackHostname(boundAddress.includes(':') ? `[${boundAddress}]` : boundAddress);
  // Nearly every request repeats a Host already judged: remember the last few verdicts.
  const verdicts = new Map<string, boolean>();
  const judge = (value: string) => {
    let allowed = verdicts.get(value);
    if (allowed === undefined) {
      allowed = URL.canParse(`http://${value}`) && allowedName(new URL(`http://${value}`).hostname);
      if (verdicts.size >= 100) verdicts.clear();
      verdicts.set(value, allowed);
    }
    return allowed;
  };
  return {
    // No Host at all (HTTP/1.0): not a browser's request.
    allows: (value, pathname) => value === undefined || (!everything && !isControl(pathname)) || judge(value),
  };
}

/** The request's path as routed (dot segments resolved), without its query. */
export function routedPath(target: string | undefined): string {
  const url = normalisedUrl(target ?? '/');
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

function refusal(host: string): string {
  return `Host "${host}" is not served: this server answers localhost, *.localhost, IP addresses, its --host and the names --allowed-hosts lists (a guard against DNS rebinding). Start it with --allowed-hosts ${host.replace(/:\d+$/, '')} to serve that name.`;
}

/**
 * Answers 403 when the policy refuses the request's Host: JSON `{error, status}`, or the API's
 * own envelope on an API's path, marked as outside every contract. True when answered.
 */
export function refuseHost(req: IncomingMessage, res: ServerResponse, policy: HostPolicy, stubs: Stubs): boolean {
  const pathname = routedPath(req.url);
  const host = req.headers.host;
  if (policy.allows(host, pathname)) return false;
  const message = refusal(host ?? '');
  const api = stubs.resolve(pathname)?.mounted.api;
  const answer = api ? api.errorResponse(403, message) : Response.json({ error: message, status: 403 });
  (async () => {
    await readOff(req);
    const body = await answer.text();
    answer.headers.forEach((value, name) => {
      res.setHeader(name, value);
    });
    res.setHeader(CONTROL_HEADER, 'host-refused');
    res.setHeader('content-length', Buffer.byteLength(body));
    res.writeHead(403);
    res.end(body);
  })().catch(() => res.destroy());
  return true;
}
