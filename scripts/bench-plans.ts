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

/** Response headers as autocannon hands them over (a repeated header as an array). */
export type AnswerHeaders = Record<string, string | string[] | undefined>;

/** One step of the soak loop; `capture` turns its answer into headers for the steps after it. */
export interface SoakStep extends BenchRequest {
  capture?: (body: unknown, headers: AnswerHeaders) => Record<string, string>;
  /** Sends the headers captured by earlier steps of the same loop. */
  authenticated?: boolean;
  /** A fresh body for the n-th loop (an email each account needs once), instead of `body`. */
  bodyFor?: (n: number) => unknown;
}

export interface BenchPlan {
  api: string;
  /** A request without credentials that answers 2xx once the API serves (cold-start probe). */
  probe: BenchRequest;
  /**
   * Creates a session against our server (`base` = origin + mount prefix) and the stored
   * state `get` reads, sending `extra` with every request (a context header: the session is
   * made in that context's world); returns the headers that authenticate `get` and `post`.
   */
  prepare(base: string, extra?: Record<string, string>): Promise<Record<string, string>>;
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
  async prepare(base, extra = {}) {
    const auth = bearerFrom(await send(base, micrositeSession, extra));
    await send(base, micrositeGoal, { ...extra, ...auth });
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

// scorecard: the session is the `assessment-session` cookie; its value is the answer's sessionId.
function scorecardCookie(body: unknown): Record<string, string> {
  const sessionId = (body as { sessionId?: unknown } | undefined)?.sessionId;
  if (typeof sessionId !== 'string') throw new Error('no sessionId in the start answer');
  return { cookie: `assessment-session=${sessionId}` };
}
const scorecardStart: BenchRequest = {
  method: 'POST',
  path: '/api/assessment/start',
  body: { email: 'ceo@company.com', company: 'Acme Corp' },
};
const scorecardSave: BenchRequest = {
  method: 'POST',
  path: '/api/assessment/save-progress',
  body: { step: 0, responses: { value_assurance_1: 'A', value_assurance_2: 'B', value_assurance_3: 'C', value_assurance_4: 'C' } },
};

const scorecard: BenchPlan = {
  api: 'scorecard',
  probe: { method: 'GET', path: '/api/health' },
  async prepare(base, extra = {}) {
    const auth = scorecardCookie(await send(base, scorecardStart, extra));
    await send(base, scorecardSave, { ...extra, ...auth });
    return auth;
  },
  prismHeaders: { cookie: 'assessment-session=bench-session' },
  get: { method: 'GET', path: '/api/assessment/resume' },
  post: scorecardSave,
  soak: [
    { ...scorecardStart, capture: scorecardCookie },
    { ...scorecardSave, authenticated: true },
    { method: 'GET', path: '/api/assessment/resume', authenticated: true },
  ],
};

// shadow-coach: Bearer token from registration; every account needs its own email.
function coachBearer(body: unknown): Record<string, string> {
  const token = (body as { token?: unknown } | undefined)?.token;
  if (typeof token !== 'string') throw new Error('no token in the register answer');
  return { authorization: `Bearer ${token}` };
}
const coachAccount = (n: number | string) => ({ email: `bench-${n}@example.com`, password: 'secure_password_123' });
const coachRegister: BenchRequest = { method: 'POST', path: '/v1/auth/register', body: coachAccount('probe') };
const coachSession: BenchRequest = {
  method: 'POST',
  path: '/v1/session/start',
  body: { session_type: 'gentle_deep', mood_score: 5, initial_message: 'I have been anxious about work.' },
};
const coachMood: BenchRequest = { method: 'POST', path: '/v1/analytics/mood', body: { mood_score: 6, notes: 'Calmer after a walk' } };

const shadowCoach: BenchPlan = {
  api: 'shadow-coach',
  probe: coachRegister,
  async prepare(base, extra = {}) {
    const auth = coachBearer(await send(base, { ...coachRegister, body: coachAccount('bench') }, extra));
    await send(base, coachSession, { ...extra, ...auth });
    return auth;
  },
  prismHeaders: { authorization: 'Bearer bench-token' },
  get: { method: 'GET', path: '/v1/sessions' },
  post: coachMood,
  soak: [
    { ...coachRegister, bodyFor: coachAccount, capture: coachBearer },
    { ...coachSession, authenticated: true },
    { method: 'GET', path: '/v1/sessions', authenticated: true },
    { ...coachMood, authenticated: true },
  ],
};

// sage: Bearer access token from registration (or a seeded development account).
function sageBearer(body: unknown): Record<string, string> {
  const token = (body as { data?: { session?: { accessToken?: unknown } } } | undefined)?.data?.session?.accessToken;
  if (typeof token !== 'string') throw new Error('no data.session.accessToken in the answer');
  return { authorization: `Bearer ${token}` };
}
const sageAccount = (n: number | string) => ({ email: `bench-${n}@example.com`, password: 'securePassword123', displayName: 'Bench' });
const sageConsultation: BenchRequest = {
  method: 'POST',
  path: '/api/consultation/create',
  body: { question: 'Should I make a career change right now?', category: 'career' },
};

const sage: BenchPlan = {
  api: 'sage',
  probe: { method: 'POST', path: '/api/auth/login', body: { email: 'free@sage.test', password: 'SageDev2025!' } },
  async prepare(base, extra = {}) {
    const auth = sageBearer(await send(base, { method: 'POST', path: '/api/auth/register', body: sageAccount('bench') }, extra));
    await send(base, sageConsultation, { ...extra, ...auth });
    return auth;
  },
  prismHeaders: { authorization: 'Bearer bench-token' },
  get: { method: 'GET', path: '/api/user/profile' },
  // The same question within a day is answered from the user's reading cache (fromCache: true).
  post: sageConsultation,
  soak: [
    { method: 'POST', path: '/api/auth/register', body: sageAccount('soak'), bodyFor: sageAccount, capture: sageBearer },
    { ...sageConsultation, authenticated: true },
    { method: 'GET', path: '/api/user/profile', authenticated: true },
  ],
};

// ally: the session is the `nuxt-session` cookie that `POST /api/chats` sets when it starts one.
function allyCookie(_body: unknown, headers: AnswerHeaders): Record<string, string> {
  const setCookie = [headers['set-cookie'] ?? []].flat();
  const session = setCookie.map((c) => /^nuxt-session=([^;]+)/.exec(c)?.[1]).find((v) => v !== undefined);
  if (!session) throw new Error('no nuxt-session cookie in the createChat answer');
  return { cookie: `nuxt-session=${session}` };
}
const allyCreateChat: BenchRequest = { method: 'POST', path: '/api/chats', body: { prompt: 'Create Phishing Awareness Training' } };

const ally: BenchPlan = {
  api: 'ally',
  probe: { method: 'GET', path: '/api/health' },
  async prepare(base, extra = {}) {
    const response = await fetch(base + allyCreateChat.path, {
      method: 'POST',
      headers: { ...extra, 'content-type': 'application/json' },
      body: JSON.stringify(allyCreateChat.body),
    });
    if (!response.ok) throw new Error(`POST ${base}${allyCreateChat.path} → ${response.status}: ${await response.text()}`);
    return allyCookie(await response.json(), { 'set-cookie': response.headers.getSetCookie() });
  },
  prismHeaders: { cookie: 'nuxt-session=bench-session' },
  // The session's chats (one after prepare: the GET runs before the POST).
  get: { method: 'GET', path: '/api/chats' },
  // Another chat in the same session (the oldest goes once it holds MAX_CHATS_PER_SESSION).
  post: allyCreateChat,
  soak: [
    { ...allyCreateChat, capture: allyCookie },
    { method: 'GET', path: '/api/chats', authenticated: true },
    { ...allyCreateChat, authenticated: true },
  ],
};

export const benchPlans: Record<string, BenchPlan> = { microsite, ally, scorecard, 'shadow-coach': shadowCoach, sage };

export { send as sendBenchRequest };
