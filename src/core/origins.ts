// Which web pages may talk to the stubs from a browser. Loopback origins (`localhost`,
// `*.localhost`, `127.x.x.x`, `[::1]`, any port, http or https) are this machine's own and cover
// local development; any other origin must be listed (`--cors-origins`). `null` (sandboxed
// iframes, `file:` pages, redirects) is never trusted: any page can make its requests say it.

/** A hostname as WHATWG URL writes it (lower case, IPv6 in brackets) that names this machine. */
export function isLoopbackHostname(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname) ||
    hostname === '[::1]' ||
    // IPv4-mapped 127.x.x.x, as WHATWG URL writes it (`[::ffff:7f00:1]`).
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(hostname)
  );
}

/** `http://localhost:5173` → true; `null`, another scheme or host → false. */
export function isLoopbackOrigin(origin: string): boolean {
  if (!/^https?:\/\//i.test(origin)) return false;
  try {
    return isLoopbackHostname(new URL(origin).hostname);
  } catch {
    return false;
  }
}

export interface OriginPolicy {
  /** May a page of this origin read this API's answers, credentials included (CORS)? */
  corsAllows(origin: string): boolean;
  /** May a page of this origin call the `/__stubs/*` controls? `own` is the server's own origin. */
  controlsAllow(origin: string, own: string): boolean;
  /** The origins trusted beyond the server's own, in words, for refusals. */
  readonly trusted: string;
  /** Why a refused preflight from this origin is refused, and what would allow it. */
  refusal(origin: string): string;
}

/**
 * `listed`: origins trusted beyond loopback ones (`https://app.example.com`), or `*` for any
 * origin but `null` (CORS only: the controls never take `*`). Throws on an entry that is not
 * an origin.
 */
export function originPolicy(listed: readonly string[] = []): OriginPolicy {
  const any = listed.includes('*');
  const origins = new Set(
    listed
      .filter((entry) => entry !== '*')
      .map((entry) => {
        const url = URL.canParse(entry) ? new URL(entry) : undefined;
        if (!url || !/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
          throw new Error(`"${entry}" is not an origin (scheme://host[:port], e.g. https://app.example.com)`);
        }
        return url.origin;
      }),
  );
  const isTrusted = (origin: string) => origins.has(origin) || isLoopbackOrigin(origin);
  const trusted = `loopback origins (localhost, 127.0.0.1, [::1], any port)${origins.size > 0 ? `, ${[...origins].join(', ')}` : ''}`;
  return {
    corsAllows: (origin) => origin !== 'null' && (any || isTrusted(origin)),
    controlsAllow: (origin, own) => origin === own || isTrusted(origin),
    trusted,
    refusal: (origin) =>
      `Origin ${origin} may not call this API from a browser (CORS): trusted are ${trusted}; ${
        origin === 'null' ? 'an opaque origin (null) never is' : `start the stubs with --cors-origins ${origin} to trust it`
      }`,
  };
}
