// What the generic robustness tests may need to know about one API and cannot read from its
// document: how a caller gets valid credentials, which resources belong to a caller, how a
// session is revoked. Every field is optional; an API without a fixture is still fuzzed
// (anonymously) and still gets every generic abuse test.

/** A raw call to one API (path inside the API, e.g. `/api/chats`). */
export type Send = (method: string, path: string, init?: { headers?: Record<string, string>; body?: unknown }) => Promise<SentAnswer>;

export interface SentAnswer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test-side view of a JSON answer
  json: any;
}

/** Credentials as request headers (`authorization`, `cookie`). */
export type Credentials = Record<string, string>;

/** A request only its owner may make: the owner gets 2xx, anyone else a refusal. */
export interface OwnedRequest {
  method: string;
  path: string;
  body?: unknown;
}

export interface BearerTokens {
  access: string;
  refresh: string;
}

export interface RobustnessFixture {
  api: string;
  /** A fresh, independent caller (a new user or session). */
  signIn(send: Send): Promise<Credentials>;
  /** Creates resources for `owner` and lists what only the owner may do with them (reads first). */
  owned?(send: Send, owner: Credentials): Promise<OwnedRequest[]>;
  /**
   * Fields that are real measurements of one instance (timings, uptime), by operation
   * (`GET /api/health`) and dotted path in the JSON answer: the only fields the parity oracle
   * does not compare. Anything declared here needs a comment saying why.
   */
  measured?: Readonly<Record<string, readonly string[]>>;
  /** Bearer APIs: a token pair, how to revoke it, and a token signed by the stub's own key that expired. */
  bearer?: {
    issue(send: Send): Promise<BearerTokens>;
    revoke(send: Send, tokens: BearerTokens): Promise<void>;
    /** Signed like the stub signs (`seed` as the stub was started with), expired an hour ago. */
    expired(seed: number): Promise<string>;
  };
}

export function bearer(token: string): Credentials {
  return { authorization: `Bearer ${token}` };
}

/** A sign-in the API refused with 429: one address may create only so many sessions a minute. */
export class SessionLimitSpent extends Error {}

/** The last caller signed in through each sender: reused once the session creation limit is spent. */
const lastCaller = new WeakMap<Send, Credentials>();

/**
 * Signs in with `signIn`; once the API refuses (SessionLimitSpent: 100 sessions a minute per
 * address, which a long fuzz run meets), returns the caller this sender got last, as
 * scorecard's fixture does with its start limit. The limit's 429s are checked like any answer.
 */
export async function keepingLastCaller(send: Send, signIn: () => Promise<Credentials>): Promise<Credentials> {
  try {
    const credentials = await signIn();
    lastCaller.set(send, credentials);
    return credentials;
  } catch (error) {
    const previous = lastCaller.get(send);
    if (error instanceof SessionLimitSpent && previous) return previous;
    throw error;
  }
}
