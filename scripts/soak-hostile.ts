// The hostile part of `npm run soak`: valid requests as large and as many as the documents
// allow, from fresh identities without end — 100,000-character ally messages, the longest
// microsite chat turns and clarifications, shadow-coach sessions of 4,000-character messages,
// 1,000-character mood notes and exports, sage consultations with 5,000-character notes and
// exports polled and downloaded, scorecard starts with a 60 KB User-Agent. Each worker loops
// over the five flows until the time is up. What it proves: the answers stay 2xx/4xx (never a
// 5xx or a dropped connection) and every store stays within its byte budget
// (docs/state-budgets.md), whatever the traffic.

export interface HostileResult {
  requests: number;
  /** `<api> <status>` → count. */
  statuses: Record<string, number>;
  errors: string[];
  /** Flows run, by API. */
  flows: Record<string, number>;
}

type Send = (api: string, method: string, path: string, init?: { headers?: Record<string, string>; body?: unknown }) => Promise<Answer>;
interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
}

const text = (n: number, seed: number) => `${seed} `.padEnd(n, 'abcdefghij'[seed % 10]);

/** One identity's worth of abuse per API; `n` makes emails unique. */
const flows: Record<string, (send: Send, n: number) => Promise<void>> = {
  async ally(send, n) {
    const created = await send('ally', 'POST', '/api/chats', { body: { prompt: text(4000, n) } });
    const cookie = created.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const chat = (created.json as { id?: string }).id;
    for (let i = 0; i < 10 && chat; i++) {
      await send('ally', 'POST', `/api/chats/${chat}/messages`, { headers: { cookie }, body: { role: 'user', content: text(100_000, i) } });
    }
  },
  async microsite(send, n) {
    const session = (await send('microsite', 'POST', '/api/auth/session')).json as { accessToken?: string };
    const headers = { authorization: `Bearer ${session.accessToken}` };
    await send('microsite', 'POST', '/api/goal', { headers, body: { input: text(2000, n) } });
    for (let i = 0; i < 5; i++) await send('microsite', 'POST', '/api/clarify', { headers, body: { clarification: text(2000, i) } });
    const context = { page: 'mission-dashboard', section: 'hero' };
    for (let i = 0; i < 20; i++) await send('microsite', 'POST', '/api/chat', { headers, body: { message: text(4000, i), context } });
  },
  async 'shadow-coach'(send, n) {
    const registered = await send('shadow-coach', 'POST', '/v1/auth/register', {
      body: { email: `hostile-${n}@example.com`, password: 'secure_password_123' },
    });
    const headers = { authorization: `Bearer ${(registered.json as { token?: string }).token}` };
    const started = await send('shadow-coach', 'POST', '/v1/session/start', {
      headers,
      body: { session_type: 'gentle_deep', mood_score: 5, initial_message: text(4000, n) },
    });
    const id = (started.json as { session_id?: string }).session_id;
    for (let i = 0; i < 10; i++)
      await send('shadow-coach', 'POST', `/v1/session/${id}/message`, { headers, body: { message_text: text(4000, i) } });
    await send('shadow-coach', 'POST', `/v1/session/${id}/end`, { headers, body: { rating: 4, feedback: text(2000, n) } });
    for (let i = 0; i < 5; i++)
      await send('shadow-coach', 'POST', '/v1/analytics/mood', { headers, body: { mood_score: 6, notes: text(1000, i) } });
    for (let i = 0; i < 3; i++) {
      const exported = await send('shadow-coach', 'POST', '/v1/journal/export', {
        headers,
        body: { format: 'json', include_transcript: true },
      });
      const exportId = (exported.json as { export_id?: string }).export_id;
      await send('shadow-coach', 'GET', `/v1/journal/export/${exportId}`, { headers });
      await send('shadow-coach', 'GET', `/v1/journal/export/${exportId}/download`, { headers });
    }
  },
  async sage(send, n) {
    const registered = await send('sage', 'POST', '/api/auth/register', {
      body: { email: `hostile-${n}@example.com`, password: 'securePassword123', displayName: text(100, n) },
    });
    const token = (registered.json as { data?: { session?: { accessToken?: string } } }).data?.session?.accessToken;
    const headers = { authorization: `Bearer ${token}` };
    for (let i = 0; i < 5; i++) {
      const made = await send('sage', 'POST', '/api/consultation/create', {
        headers,
        body: { question: `Question ${n}-${i}: ${text(480, i)}`, category: 'career', aiOptions: { useCache: false } },
      });
      const id = (made.json as { data?: { consultation?: { id?: string } } }).data?.consultation?.id;
      await send('sage', 'PATCH', `/api/consultation/${id}`, { headers, body: { userNotes: text(5000, i), tags: [text(50, i)] } });
    }
    for (let i = 0; i < 5; i++) {
      const exported = await send('sage', 'POST', '/api/user/export', { headers, body: { format: 'json' } });
      const exportId = (exported.json as { data?: { exportId?: string } }).data?.exportId;
      await send('sage', 'GET', `/api/user/export/${exportId}`, { headers });
      await send('sage', 'GET', `/api/user/export/${exportId}/download`, { headers });
    }
  },
  async scorecard(send) {
    for (let i = 0; i < 5; i++)
      await send('scorecard', 'POST', '/api/assessment/start', { headers: { 'user-agent': text(60_000, i) }, body: {} });
  },
};

export async function hostileSoak(origin: string, seconds: number, workers: number): Promise<HostileResult> {
  const result: HostileResult = { requests: 0, statuses: {}, errors: [], flows: {} };
  const send: Send = async (api, method, path, init = {}) => {
    result.requests++;
    const res = await fetch(`${origin}/${api}${path}`, {
      method,
      headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    const body = await res.text();
    const key = `${api} ${res.status}`;
    result.statuses[key] = (result.statuses[key] ?? 0) + 1;
    return {
      status: res.status,
      headers: res.headers,
      json: body && res.headers.get('content-type')?.includes('json') ? JSON.parse(body) : undefined,
    };
  };
  const until = Date.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (Date.now() < until) {
        const n = next++;
        for (const [api, flow] of Object.entries(flows)) {
          if (Date.now() >= until) break;
          try {
            await flow(send, n);
            result.flows[api] = (result.flows[api] ?? 0) + 1;
          } catch (error) {
            result.errors.push(`${api}: ${(error as Error).message}`);
          }
        }
      }
    }),
  );
  return result;
}
