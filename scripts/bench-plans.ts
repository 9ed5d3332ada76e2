// Per-API bench plans for `npm run bench`: how to get credentials and which authenticated
// GET (of stored state) and which validated POST (that creates state) to drive. An API in
// handlers/index.ts without a plan here is reported as "no bench plan", never a failure.

export interface BenchRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** A path of the document (`/api/progress`); the bench prepends the mount prefix. */
  path: string;
  headers?: Record<string, string>;
  /** Sent as JSON. Always valid for the document: Prism hangs on malformed JSON. */
  body?: unknown;
}

/** One step of the soak loop; `capture` turns its answer into headers for the steps after it. */
export interface SoakStep extends BenchRequest {
  capture?: (body: unknown) => Record<string, string>;
  /** Sends the headers captured by earlier steps of the same loop. */
  authenticated?: boolean;
}

export interface BenchPlan {
  api: string;
  /** A request without credentials that answers 2xx once the API serves (cold-start probe). */
  probe: BenchRequest;
  /**
   * Creates a session against our server (`base` = origin + mount prefix) and the stored
   * state `get` reads; returns the headers that authenticate `get` and `post`.
   */
  prepare(base: string): Promise<Record<string, string>>;
  /** Headers Prism accepts: it checks that credentials are present, not that they are valid. */
  prismHeaders: Record<string, string>;
  /** An authenticated GET of a stored resource. */
  get: BenchRequest;
  /** A validated POST that creates or changes state. */
  post: BenchRequest;
  /** The soak loop: fresh sessions created throughout, each used before the next. */
  soak: SoakStep[];
}

async function send(base: string, request: BenchRequest, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(base + request.path, {
    method: request.method,
    headers: { ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}), ...request.headers, ...headers },
    ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${request.method} ${base}${request.path} → ${response.status}: ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

function bearerFrom(body: unknown): Record<string, string> {
  const token = (body as { accessToken?: unknown } | undefined)?.accessToken;
  if (typeof token !== 'string') throw new Error('no accessToken in the session answer');
  return { authorization: `Bearer ${token}` };
}

const micrositeSession: BenchRequest = { method: 'POST', path: '/api/auth/session' };
const micrositeGoal: BenchRequest = { method: 'POST', path: '/api/goal', body: { input: 'I want to build an AI agent for restaurants' } };

const microsite: BenchPlan = {
  api: 'microsite',
  probe: micrositeSession,
  async prepare(base) {
    const auth = bearerFrom(await send(base, micrositeSession));
    await send(base, micrositeGoal, auth);
    return auth;
  },
  prismHeaders: { authorization: 'Bearer bench-token' },
  get: { method: 'GET', path: '/api/progress' },
  post: micrositeGoal,
  soak: [
    { ...micrositeSession, capture: bearerFrom },
    { ...micrositeGoal, authenticated: true },
    { method: 'GET', path: '/api/progress', authenticated: true },
    {
      method: 'POST',
      path: '/api/chat',
      body: { message: 'Which mission next?', context: { page: 'mission-dashboard', section: 'mission-1' } },
      authenticated: true,
    },
  ],
};

export const benchPlans: Record<string, BenchPlan> = { microsite };

export { send as sendBenchRequest };
