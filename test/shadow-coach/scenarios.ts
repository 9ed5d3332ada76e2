// The shadow-coach scenario suite, written once and run against every transport
// (shadow-coach.http.test.ts, .msw.test.ts, .prism.test.ts). Every answer is contract-checked by
// the client; these tests assert the behaviour on top. State and rate-limit counters are reset
// before each test (authentication allows 5 requests a minute, so a test registers few users).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSchemaCompiler } from '../../src/core/ajv.ts';
import type { JsonSchema } from '../../src/core/document.ts';
import { document } from '../../src/generated/shadow-coach.document.ts';
import { clientFor } from '../support/client.ts';
import type { SseMessage } from '../support/sse.ts';
import type { Transport } from '../support/transports.ts';

const compiler = createSchemaCompiler(document);
type StreamOperation = {
  responses: Record<string, { content: Record<string, { 'x-sse-events': Record<string, JsonSchema> }> }>;
};
const streamOperation = document.paths?.['/v1/conversation/stream']?.post as unknown as StreamOperation | undefined;
const sseSchemas = streamOperation?.responses['200']?.content['text/event-stream']?.['x-sse-events'];

/** Every event is a documented type whose data matches that type's schema. */
function assertEventsInContract(events: SseMessage[]): void {
  expect(events.length).toBeGreaterThan(1);
  for (const { event, data } of events) {
    const schema = sseSchemas?.[event];
    expect(schema, `event type ${event} is documented`).toBeDefined();
    const validate = compiler.compile(schema as JsonSchema);
    expect(validate(data), `${event} ${JSON.stringify(data)}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
}

const PASSWORD = 'secure_password_123';
const ID = (prefix: string) => expect.stringMatching(new RegExp(`^${prefix}_[a-z0-9]{12}$`));

function errorBody(code: string, extra: Record<string, unknown> = {}) {
  return {
    error: {
      code,
      message: expect.any(String),
      details: expect.any(Object),
      request_id: expect.stringMatching(/^req_/),
      timestamp: expect.any(String),
      ...extra,
    },
  };
}

export function shadowCoachScenarios(start: () => Promise<Transport>): void {
  let transport: Transport;
  let call: ReturnType<typeof clientFor>;

  beforeAll(async () => {
    transport = await start();
    call = clientFor(transport, 'shadow-coach');
  });
  afterAll(() => transport.close());
  beforeEach(async () => {
    await fetch(`${transport.origin}/__stubs/reset?api=shadow-coach`, { method: 'POST' });
  });

  async function register(email = 'user@example.com', extra: Record<string, unknown> = {}) {
    const res = await call('POST', '/v1/auth/register', { body: { email, password: PASSWORD, ...extra } });
    expect(res.status, res.text).toBe(201);
    return res.json as { user_id: string; token: string; expires_at: string };
  }

  async function startSession(token: string, body: Record<string, unknown> = { session_type: 'gentle_deep' }) {
    const res = await call('POST', '/v1/session/start', { token, body });
    expect(res.status, res.text).toBe(201);
    return res.json;
  }

  async function say(token: string, id: string, text: string) {
    const res = await call('POST', `/v1/session/${id}/message`, {
      token,
      body: { message_text: text, timestamp: new Date().toISOString() },
    });
    expect(res.status, res.text).toBe(200);
    return res.json;
  }

  async function endSession(token: string, id: string, body: Record<string, unknown> = { rating: 5 }) {
    const res = await call('POST', `/v1/session/${id}/end`, { token, body });
    expect(res.status, res.text).toBe(200);
    return res.json;
  }

  /** A completed session about work anxiety, then self-worth. */
  async function completedSession(token: string, opening = "I've been feeling anxious about work lately.") {
    const started = await startSession(token, { session_type: 'gentle_deep', mood_score: 5, initial_message: opening });
    await say(token, started.session_id, "I keep thinking I'm not good enough.");
    await endSession(token, started.session_id);
    return started.session_id as string;
  }

  async function stream(token: string, body: Record<string, unknown>) {
    const res = await call('POST', '/v1/conversation/stream', { token, body });
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = res.events ?? [];
    assertEventsInContract(events);
    return events;
  }

  describe('accounts', () => {
    it('registers with a hashed password, refuses a taken email (any case), logs in and refreshes', async () => {
      const res = await call('POST', '/v1/auth/register', {
        body: { email: 'Ada@Example.com', password: PASSWORD, consent_for_research: true, preferences: { session_length: 'short' } },
      });
      expect(res.status).toBe(201);
      expect(res.json).toEqual({
        user_id: ID('usr'),
        token: expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/),
        expires_at: expect.any(String),
        user: {
          user_id: res.json.user_id,
          email: 'ada@example.com',
          created_at: expect.any(String),
          preferences: { session_length: 'short', notifications_enabled: true, consent_for_research: true, country: 'US' },
          safety_contact: null,
        },
      });
      const lifetime = Date.parse(res.json.expires_at) - Date.parse(res.json.user.created_at);
      expect(Math.abs(lifetime - 86_400_000)).toBeLessThan(1000);

      const taken = await call('POST', '/v1/auth/register', { body: { email: 'ADA@example.com', password: 'other_pass_1' } });
      expect(taken.status).toBe(409);
      expect(taken.json).toEqual(errorBody('AUTH_EMAIL_TAKEN'));

      const login = await call('POST', '/v1/auth/login', { body: { email: 'ada@EXAMPLE.com', password: PASSWORD } });
      expect(login.status).toBe(200);
      expect(login.json.user_id).toBe(res.json.user_id);

      const refreshed = await call('POST', '/v1/auth/refresh', { token: login.json.token });
      expect(refreshed.status).toBe(200);
      expect(Object.keys(refreshed.json).sort()).toEqual(['expires_at', 'token']);
      // The new token works.
      expect((await call('GET', '/v1/sessions', { token: refreshed.json.token })).status).toBe(200);
    });

    it('answers 401 AUTH_INVALID_CREDENTIALS for a wrong password and an unknown email alike', async () => {
      await register();
      const wrong = await call('POST', '/v1/auth/login', { body: { email: 'user@example.com', password: 'not_the_password_1' } });
      const unknown = await call('POST', '/v1/auth/login', { body: { email: 'nobody@example.com', password: PASSWORD } });
      for (const res of [wrong, unknown]) {
        expect(res.status).toBe(401);
        expect(res.json).toEqual(errorBody('AUTH_INVALID_CREDENTIALS', { message: 'Invalid email or password' }));
      }
    });

    it('refuses bad registrations with the field named and the prose’s validation codes', async () => {
      for (const [body, code, field] of [
        [{ password: PASSWORD }, 'VALIDATION_REQUIRED_FIELD', 'body.email'],
        [{ email: 'not-an-email', password: PASSWORD }, 'VALIDATION_INVALID_FORMAT', 'body.email'],
        [{ email: 'a@example.com', password: 'short1' }, 'VALIDATION_OUT_OF_RANGE', 'body.password'],
        [{ email: 'a@example.com', password: 'onlyletters' }, 'VALIDATION_INVALID_FORMAT', 'body.password'],
        [
          { email: 'a@example.com', password: PASSWORD, preferences: { session_length: 'endless' } },
          'VALIDATION_INVALID_FORMAT',
          'body.preferences.session_length',
        ],
        [{ email: 'a@example.com', password: PASSWORD, surprise: true }, 'VALIDATION_INVALID_FORMAT', 'body.surprise'],
      ] as const) {
        const res = await call('POST', '/v1/auth/register', { body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.json.error.code, JSON.stringify(body)).toBe(code);
        expect(res.json.error.details.field).toBe(field);
        expect(res.json.error.message).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}: `));
      }
      const malformed = await call('POST', '/v1/auth/login', { rawBody: '{"email":', headers: { 'content-type': 'application/json' } });
      expect(malformed.status).toBe(400);
      expect(malformed.json).toEqual(errorBody('VALIDATION_INVALID_FORMAT', { message: 'body: is not valid JSON' }));
    });

    it('needs a token on every operation but register and login (401 AUTH_MISSING_TOKEN)', async () => {
      for (const [method, path, body] of [
        ['POST', '/v1/auth/refresh'],
        ['POST', '/v1/session/start', { session_type: 'check-in' }],
        ['POST', '/v1/session/sess_000000000000/message', { message_text: 'hi' }],
        ['POST', '/v1/conversation/stream', { session_id: 'sess_000000000000', message_text: 'hi' }],
        ['POST', '/v1/journal/entry/sess_000000000000/highlight', { message_id: 'msg_000000000000' }],
        ['POST', '/v1/journal/entry/sess_000000000000/tags', { tags: [] }],
        ['POST', '/v1/journal/export', { format: 'pdf' }],
        ['POST', '/v1/analytics/mood', { mood_score: 5 }],
        ['GET', '/v1/analytics/progress'],
        ['POST', '/v1/safety/check-in', { safety_status: 'safe' }],
        ['POST', '/v1/safety/referral', { consent_for_contact: true }],
      ] as const) {
        const res = await call(method, path, body ? { body } : {});
        expect(res.status, path).toBe(401);
        expect(res.json, path).toEqual(errorBody('AUTH_MISSING_TOKEN'));
      }
    });

    it('answers 401 AUTH_MISSING_TOKEN without a token and AUTH_INVALID_TOKEN for a bad one', async () => {
      const missing = await call('GET', '/v1/sessions');
      expect(missing.status).toBe(401);
      expect(missing.json).toEqual(errorBody('AUTH_MISSING_TOKEN'));
      for (const headers of [{ authorization: 'Bearer not.a.jwt' }, { authorization: 'Basic abc' }]) {
        const res = await call('GET', '/v1/sessions', { headers });
        expect(res.status).toBe(401);
        expect(res.json).toEqual(errorBody('AUTH_INVALID_TOKEN'));
      }
      // A token of a user the stub no longer has (after a reset) is invalid too.
      const { token } = await register();
      await fetch(`${transport.origin}/__stubs/reset?api=shadow-coach`, { method: 'POST' });
      const stale = await call('POST', '/v1/auth/refresh', { token });
      expect(stale.status).toBe(401);
      expect(stale.json.error.code).toBe('AUTH_INVALID_TOKEN');
    });
  });

  describe('coaching sessions', () => {
    it('walks the seven steps with intents, tags and insights drawn from what the user wrote', async () => {
      const { token } = await register();
      const started = await startSession(token, {
        session_type: 'gentle_deep',
        mood_score: 5,
        initial_message: "I've been feeling anxious about work lately.",
        consent_for_deep_exploration: true,
      });
      expect(started).toEqual({
        session_id: ID('sess'),
        assistant_message: {
          message_id: ID('msg'),
          text: expect.any(String),
          intent: 'validate',
          risk_level: 'none', // the prose's own example: ordinary worry is not a risk
          suggested_followup: expect.any(String),
          memory_delta: {
            insights: ['User describes ongoing anxiety', 'Work is a significant source of pressure'],
            tags: ['anxiety', 'work'],
          },
          timestamp: expect.any(String),
        },
        session_state: 'active',
        estimated_duration_minutes: 25,
      });
      const id = started.session_id;

      const second = await say(token, id, "I keep thinking I'm not good enough.");
      expect(second.session_progress).toEqual({ step: 2, total_steps: 7, step_name: 'Story Elicitation' });
      expect(second.assistant_message.intent).toBe('probe_story');
      expect(second.assistant_message.risk_level).toBe('none');
      expect(second.assistant_message.memory_delta).toEqual({
        insights: ['User expresses recurring self-worth concerns'],
        tags: ['self-worth'],
      });
      expect(second.assistant_message.text).toContain('the feeling of not being good enough');
      expect(second.session_state).toBe('active');

      const expected = [
        [3, 'Root Exploration', 'probe_root'],
        [4, 'Reframe', 'reframe'],
        [5, 'Experiment Design', 'suggest_experiment'],
        [6, 'Mindfulness Practice', 'offer_mindfulness'],
        [7, 'Closing', 'close'],
        [7, 'Closing', 'close'],
      ] as const;
      for (const [step, name, intent] of expected) {
        const next = await say(token, id, 'It started when I was young.');
        expect(next.session_progress).toEqual({ step, total_steps: 7, step_name: name });
        expect(next.assistant_message.intent).toBe(intent);
        expect(next.assistant_message.memory_delta).toBeNull();
        // The user moved on from anxiety to self-worth: the coach follows the latest topic.
        expect(next.assistant_message.text).toContain('the feeling of not being good enough');
        expect(next.assistant_message.text).not.toContain('anxiety');
      }

      const ended = await endSession(token, id, { rating: 4, feedback: 'Helpful.' });
      expect(ended).toEqual({
        session_id: id,
        session_state: 'completed',
        ended_at: expect.any(String),
        summary: {
          text: expect.stringMatching(/^You explored anxiety, work and self-worth\./),
          insights: [
            'User describes ongoing anxiety',
            'Work is a significant source of pressure',
            'User expresses recurring self-worth concerns',
          ],
          tags: ['anxiety', 'work', 'self-worth'],
          experiment: 'When anxiety rises, name five things you can see before deciding what to do.',
        },
        duration_minutes: expect.any(Number),
      });
      expect(ended.summary.text).toContain('You chose a small experiment to try this week.');

      const summary = await call('GET', `/v1/session/${id}/summary`, { token });
      expect(summary.status).toBe(200);
      expect(summary.json.session_type).toBe('gentle_deep');
      expect(summary.json.summary).toEqual(ended.summary);
      const messages = summary.json.messages as Array<{ role: string; text: string; message_id: string; session_id: string }>;
      expect(messages).toHaveLength(16);
      expect(messages.map((m) => m.role)).toEqual(Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 'user' : 'assistant')));
      expect(messages[0]).toMatchObject({
        role: 'user',
        text: "I've been feeling anxious about work lately.",
        sentiment: 'negative',
        session_id: id,
      });
      expect(messages[1]).toMatchObject({ message_id: started.assistant_message.message_id, intent: 'validate' });
      expect(messages[2]).toMatchObject({ text: "I keep thinking I'm not good enough.", sentiment: 'negative', risk_level: 'none' });
      expect(new Set(messages.map((m) => m.message_id)).size).toBe(16);
      expect(summary.json.highlights).toEqual([]);
    });

    it('greets without an opening message and records the starting mood', async () => {
      const { token } = await register();
      const started = await startSession(token, { session_type: 'micro_practice', mood_score: 7 });
      expect(started.assistant_message).toMatchObject({ intent: 'other', risk_level: 'none', memory_delta: null });
      expect(started.estimated_duration_minutes).toBe(5);
      const checkIn = await startSession(token, { session_type: 'check-in' });
      expect(checkIn.estimated_duration_minutes).toBe(10);
      const moods = await call('GET', '/v1/analytics/mood', { token });
      expect(moods.json.mood_scores).toEqual([{ date: expect.any(String), score: 7, count: 1 }]);
    });

    it('enforces active → paused → active → completed with the documented errors', async () => {
      const { token } = await register();
      const { session_id: id } = await startSession(token);
      const summaryEarly = await call('GET', `/v1/session/${id}/summary`, { token });
      expect(summaryEarly.status).toBe(409);
      expect(summaryEarly.json.error.code).toBe('SESSION_NOT_COMPLETED');

      const paused = await call('POST', `/v1/session/${id}/pause`, { token });
      expect(paused.status).toBe(200);
      expect(paused.json).toEqual({ session_id: id, session_state: 'paused', paused_at: expect.any(String), resume_token: ID('resume') });

      const whilePaused = await call('POST', `/v1/session/${id}/message`, { token, body: { message_text: 'hello' } });
      expect(whilePaused.status).toBe(400);
      expect(whilePaused.json).toEqual(errorBody('SESSION_NOT_ACTIVE', { details: { session_id: id, state: 'paused' } }));
      const pausedTwice = await call('POST', `/v1/session/${id}/pause`, { token });
      expect(pausedTwice.status).toBe(409);
      expect(pausedTwice.json.error.code).toBe('SESSION_NOT_ACTIVE');

      const wrongToken = await call('POST', `/v1/session/${id}/resume`, { token, body: { resume_token: 'resume_000000000000' } });
      expect(wrongToken.status).toBe(400);
      expect(wrongToken.json.error).toMatchObject({ code: 'VALIDATION_INVALID_FORMAT', details: { field: 'body.resume_token' } });

      const resumed = await call('POST', `/v1/session/${id}/resume`, { token, body: { resume_token: paused.json.resume_token } });
      expect(resumed.status).toBe(200);
      expect(resumed.json).toMatchObject({
        session_id: id,
        session_state: 'active',
        assistant_message: { text: 'Welcome back. Where would you like to continue?' },
      });
      const resumedTwice = await call('POST', `/v1/session/${id}/resume`, { token });
      expect(resumedTwice.status).toBe(409);
      expect(resumedTwice.json.error.code).toBe('SESSION_NOT_PAUSED');

      // A paused session can be ended, and a resume without a body is fine too.
      await call('POST', `/v1/session/${id}/pause`, { token });
      expect((await call('POST', `/v1/session/${id}/resume`, { token })).status).toBe(200);
      await call('POST', `/v1/session/${id}/pause`, { token });
      const ended = await call('POST', `/v1/session/${id}/end`, { token });
      expect(ended.status).toBe(200);
      expect(ended.json.summary.text).toBe('You took a moment to check in with yourself.');

      for (const [method, path, body, status] of [
        ['POST', `/v1/session/${id}/end`, {}, 409],
        ['POST', `/v1/session/${id}/pause`, undefined, 409],
        ['POST', `/v1/session/${id}/resume`, {}, 409],
        ['POST', `/v1/session/${id}/message`, { message_text: 'hi' }, 400],
        ['POST', '/v1/conversation/stream', { session_id: id, message_text: 'hi' }, 400],
      ] as const) {
        const res = await call(method, path, { token, ...(body ? { body } : {}) });
        expect(res.status, path).toBe(status);
        expect(res.json.error.code, path).toBe('SESSION_ALREADY_ENDED');
      }
    });

    it('refuses bad session input with SESSION_INVALID_TYPE, VALIDATION_* and SESSION_NOT_FOUND', async () => {
      const { token } = await register();
      for (const [body, code, field] of [
        [{ session_type: 'deep_dive' }, 'SESSION_INVALID_TYPE', 'body.session_type'],
        [{}, 'VALIDATION_REQUIRED_FIELD', 'body.session_type'],
        [{ session_type: 'check-in', mood_score: 11 }, 'VALIDATION_OUT_OF_RANGE', 'body.mood_score'],
        [{ session_type: 'check-in', mood_score: 0 }, 'VALIDATION_OUT_OF_RANGE', 'body.mood_score'],
        [{ session_type: 'check-in', initial_message: '' }, 'VALIDATION_OUT_OF_RANGE', 'body.initial_message'],
      ] as const) {
        const res = await call('POST', '/v1/session/start', { token, body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.json.error.code, JSON.stringify(body)).toBe(code);
        expect(res.json.error.details.field).toBe(field);
      }
      const { session_id: id } = await startSession(token);
      const empty = await call('POST', `/v1/session/${id}/message`, { token, body: { message_text: 'hi', timestamp: 'yesterday' } });
      expect(empty.status).toBe(400);
      expect(empty.json.error).toMatchObject({ code: 'VALIDATION_INVALID_FORMAT', details: { field: 'body.timestamp' } });
      const rating = await call('POST', `/v1/session/${id}/end`, { token, body: { rating: 6 } });
      expect(rating.status).toBe(400);
      expect(rating.json.error.code).toBe('VALIDATION_OUT_OF_RANGE');

      for (const [method, path, body] of [
        ['POST', '/v1/session/sess_000000000000/message', { message_text: 'hi' }],
        ['POST', '/v1/session/sess_000000000000/pause'],
        ['POST', '/v1/session/sess_000000000000/resume', {}],
        ['POST', '/v1/session/sess_000000000000/end', {}],
        ['GET', '/v1/session/sess_000000000000/summary'],
        ['POST', '/v1/conversation/stream', { session_id: 'sess_000000000000', message_text: 'hi' }],
      ] as const) {
        const res = await call(method, path, { token, ...(body ? { body } : {}) });
        expect(res.status, path).toBe(404);
        expect(res.json).toEqual(errorBody('SESSION_NOT_FOUND', { details: { session_id: 'sess_000000000000' } }));
      }
    });

    it('lists sessions newest first with filters and pagination', async () => {
      const { token, user_id } = await register();
      const first = await startSession(token, { session_type: 'check-in', mood_score: 4 });
      const second = await completedSession(token);
      const third = await startSession(token, { session_type: 'micro_practice' });
      await call('POST', `/v1/session/${third.session_id}/pause`, { token });

      const all = await call('GET', '/v1/sessions', { token });
      expect(all.status).toBe(200);
      expect(all.json.sessions.map((s: { session_id: string }) => s.session_id)).toEqual([third.session_id, second, first.session_id]);
      expect(all.json.pagination).toEqual({ total: 3, limit: 20, offset: 0, has_more: false });
      expect(all.json.sessions[2]).toEqual({
        session_id: first.session_id,
        user_id,
        session_type: 'check-in',
        state: 'active',
        started_at: expect.any(String),
        ended_at: null,
        duration_minutes: null,
        mood_score: 4,
        summary_preview: null,
        tags: [],
      });
      expect(all.json.sessions[1]).toMatchObject({
        state: 'completed',
        tags: ['anxiety', 'work', 'self-worth'],
        duration_minutes: expect.any(Number),
      });
      expect(all.json.sessions[1].summary_preview).toMatch(/^You explored anxiety, work and self-worth\./);

      const paged = await call('GET', '/v1/sessions?limit=1&offset=1', { token });
      expect(paged.json.sessions.map((s: { session_id: string }) => s.session_id)).toEqual([second]);
      expect(paged.json.pagination).toEqual({ total: 3, limit: 1, offset: 1, has_more: true });
      const completed = await call('GET', '/v1/sessions?state=completed', { token });
      expect(completed.json.sessions.map((s: { session_id: string }) => s.session_id)).toEqual([second]);
      const micro = await call('GET', '/v1/sessions?session_type=micro_practice&state=paused', { token });
      expect(micro.json.sessions.map((s: { session_id: string }) => s.session_id)).toEqual([third.session_id]);
      const future = await call('GET', '/v1/sessions?start_date=2999-01-01', { token });
      expect(future.json.pagination.total).toBe(0);
      const past = await call('GET', '/v1/sessions?end_date=2000-01-01', { token });
      expect(past.json.pagination.total).toBe(0);
      const today = new Date().toISOString().slice(0, 10);
      expect((await call('GET', `/v1/sessions?start_date=${today}&end_date=${today}`, { token })).json.pagination.total).toBe(3);

      for (const query of ['limit=0', 'limit=101', 'state=done', 'start_date=yesterday', 'start_date=2025-02-01&end_date=2025-01-01']) {
        const res = await call('GET', `/v1/sessions?${query}`, { token });
        expect(res.status, query).toBe(400);
        expect(res.json.error.code, query).toMatch(/^VALIDATION_/);
      }
    });
  });

  describe('safety', () => {
    it('escalates self-harm: emergency intent, high risk, crisis resources, the session pauses until a safe check-in', async () => {
      const { token } = await register();
      const { session_id: id } = await startSession(token);
      const answer = await say(token, id, "I don't see the point anymore, I want to kill myself.");
      expect(answer).toEqual({
        assistant_message: {
          message_id: ID('msg'),
          text: expect.stringContaining('Your safety matters'),
          intent: 'emergency',
          risk_level: 'high',
          suggested_followup: null,
          memory_delta: null,
          timestamp: expect.any(String),
        },
        safety_escalation: {
          triggered: true,
          emergency_resources: {
            crisis_hotline: '988',
            crisis_text: 'Text HOME to 741741',
            local_resources: [
              { name: 'Emergency services', phone: '911' },
              { name: 'SAMHSA National Helpline', phone: '1-800-662-4357' },
            ],
          },
          requires_immediate_attention: true,
        },
        session_state: 'paused',
      });
      const blocked = await call('POST', `/v1/session/${id}/resume`, { token });
      expect(blocked.status).toBe(409);
      expect(blocked.json.error.code).toBe('SAFETY_HIGH_RISK');

      const unsure = await call('POST', '/v1/safety/check-in', { token, body: { session_id: id, safety_status: 'unsure' } });
      expect(unsure.status).toBe(200);
      expect(Date.parse(unsure.json.next_check_in) - Date.parse(unsure.json.timestamp)).toBe(4 * 3_600_000);
      expect((await call('POST', `/v1/session/${id}/resume`, { token })).status).toBe(409);

      const safe = await call('POST', '/v1/safety/check-in', {
        token,
        body: { session_id: id, safety_status: 'safe', message: "I'm feeling better now, thank you for checking in." },
      });
      expect(safe.json).toEqual({
        check_in_id: ID('check'),
        safety_status: 'safe',
        timestamp: expect.any(String),
        next_check_in: expect.any(String),
      });
      expect(Date.parse(safe.json.next_check_in) - Date.parse(safe.json.timestamp)).toBe(24 * 3_600_000);
      const resumed = await call('POST', `/v1/session/${id}/resume`, { token });
      expect(resumed.status).toBe(200);
      expect(resumed.json.session_state).toBe('active');

      const ended = await endSession(token, id);
      expect(ended.summary.insights).toContain('Safety concern raised; crisis resources shared');
    });

    it('does not escalate ordinary sadness; hopelessness gets a gentle safety check without pausing', async () => {
      const { token } = await register();
      const { session_id: id } = await startSession(token);
      for (const text of [
        'I feel so sad and lonely today, I miss my friends.',
        'Work has been awful and I cried on the way home.',
        "I'm down, nothing went right this week.",
      ]) {
        const answer = await say(token, id, text);
        expect(answer.safety_escalation, text).toBeUndefined();
        expect(answer.assistant_message.intent, text).not.toMatch(/emergency|safety_check/);
        expect(answer.assistant_message.risk_level, text).toBe('none');
        expect(answer.session_state).toBe('active');
      }
      const hopeless = await say(token, id, 'Honestly everything feels hopeless.');
      expect(hopeless.assistant_message).toMatchObject({ intent: 'safety_check', risk_level: 'medium' });
      expect(hopeless.safety_escalation).toBeUndefined();
      expect(hopeless.session_state).toBe('active');
      // A safety check is not a coaching step: the step stays, the next message moves it on.
      expect(hopeless.session_progress).toEqual({ step: 4, total_steps: 7, step_name: 'Reframe' });
      const next = await say(token, id, 'Talking about it helps a little.');
      expect(next.session_progress).toEqual({ step: 5, total_steps: 7, step_name: 'Experiment Design' });
      expect(next.assistant_message).toMatchObject({ intent: 'suggest_experiment', risk_level: 'none' });
    });

    it('reads risk by the documented rules: worry and self-doubt none, distress low, hopelessness medium', async () => {
      const { token } = await register();
      const started = await startSession(token, {
        session_type: 'gentle_deep',
        initial_message: "I've been feeling anxious about work lately.",
      });
      expect(started.assistant_message).toMatchObject({ intent: 'validate', risk_level: 'none' });
      const id = started.session_id;
      const cases = [
        ["I keep thinking I'm not good enough.", 'none', 'probe_story', 2],
        ["I'm so overwhelmed, I can't cope with any of this.", 'low', 'probe_root', 3],
        ['I keep having panic attacks before meetings.', 'low', 'reframe', 4],
        ["I can't go on like this, it all feels hopeless.", 'medium', 'safety_check', 4],
        ['I am safe, I just needed to say it.', 'none', 'suggest_experiment', 5],
      ] as const;
      for (const [text, risk, intent, step] of cases) {
        const answer = await say(token, id, text);
        expect(answer.assistant_message, text).toMatchObject({ risk_level: risk, intent });
        expect(answer.session_progress.step, text).toBe(step);
        expect(answer.safety_escalation, text).toBeUndefined();
      }
      await endSession(token, id);
      const summary = await call('GET', `/v1/session/${id}/summary`, { token });
      const users = (summary.json.messages as Array<{ role: string; risk_level: string; sentiment: string }>).filter(
        (m) => m.role === 'user',
      );
      expect(users.map((m) => m.risk_level)).toEqual(['none', 'none', 'low', 'low', 'medium', 'none']);
      expect(users.map((m) => m.sentiment)).toEqual(['negative', 'negative', 'negative', 'neutral', 'very_negative', 'neutral']);
    });

    it('a hopeless opening gets a safety check at step 1, and the stream keeps the step on a safety check too', async () => {
      const { token } = await register();
      const started = await startSession(token, { session_type: 'check-in', initial_message: 'Everything feels hopeless.' });
      expect(started.assistant_message).toMatchObject({ intent: 'safety_check', risk_level: 'medium' });
      const id = started.session_id;
      const first = await say(token, id, 'Work has been a lot.');
      expect(first.session_progress.step).toBe(2);
      const events = await stream(token, { session_id: id, message_text: 'Honestly there is no way out.' });
      const complete = events.at(-1)?.data as { assistant_message: { intent: string }; session_progress: { step: number } };
      expect(complete.assistant_message.intent).toBe('safety_check');
      expect(complete.session_progress.step).toBe(2);
      const after = await stream(token, { session_id: id, message_text: 'It started with my new boss.' });
      const afterComplete = after.at(-1)?.data as { session_progress: { step: number } } | undefined;
      expect(afterComplete?.session_progress.step).toBe(3);
    });

    it('escalates an opening message at start and uses the user’s country', async () => {
      const { token } = await register('gb@example.com', { preferences: { country: 'gb' } });
      const res = await call('POST', '/v1/session/start', {
        token,
        body: { session_type: 'check-in', initial_message: 'I have been thinking about ending my life.' },
      });
      expect(res.status).toBe(201);
      expect(res.json.session_state).toBe('paused');
      expect(res.json.assistant_message).toMatchObject({ intent: 'emergency', risk_level: 'high' });
      expect(res.json.safety_escalation.emergency_resources).toMatchObject({
        crisis_hotline: '116 123',
        crisis_text: 'Text SHOUT to 85258',
      });
      const resources = await call('GET', '/v1/safety/resources', { token });
      expect(resources.json.location).toEqual({ country: 'GB', region: null });
    });

    it('lists real crisis resources by country, with a sensible default', async () => {
      const { token } = await register();
      const expected: Record<string, string> = { US: '988', GB: '116 123', CA: '988', AU: '13 11 14', DE: '0800 111 0 111', IN: '14416' };
      for (const [country, phone] of Object.entries(expected)) {
        const res = await call('GET', `/v1/safety/resources?country=${country.toLowerCase()}&region=XY`, { token });
        expect(res.status).toBe(200);
        expect(res.json.location).toEqual({ country, region: 'XY' });
        expect(res.json.resources[0]).toMatchObject({ type: 'crisis_hotline', phone, available_24_7: true });
      }
      const us = await call('GET', '/v1/safety/resources', { token });
      expect(us.json.location.country).toBe('US');
      expect(us.json.resources.find((r: { type: string }) => r.type === 'crisis_text').text).toBe('Text HOME to 741741');
      const elsewhere = await call('GET', '/v1/safety/resources?country=BR', { token });
      expect(elsewhere.json.location.country).toBe('BR');
      expect(elsewhere.json.resources[0]).toMatchObject({ type: 'directory', url: 'https://findahelpline.com' });
      const bad = await call('GET', '/v1/safety/resources?country=USA', { token });
      expect(bad.status).toBe(400);
      expect(bad.json.error.details.field).toBe('query.country');
    });

    it('records a referral as processing and finds it matched at the next request', async () => {
      const { token } = await register();
      const body = { preferences: { location: 'San Francisco, CA', specialties: ['anxiety'] }, consent_for_contact: true };
      const first = await call('POST', '/v1/safety/referral', { token, body });
      expect(first.status).toBe(200);
      expect(first.json).toEqual({ referral_id: ID('ref'), status: 'processing', estimated_response: expect.any(String) });
      const second = await call('POST', '/v1/safety/referral', { token, body: { consent_for_contact: true } });
      expect(second.json).toEqual({ ...first.json, status: 'matched' });
      const noConsent = await call('POST', '/v1/safety/referral', { token, body: { consent_for_contact: false } });
      expect(noConsent.status).toBe(400);
      expect(noConsent.json.error.details.field).toBe('body.consent_for_contact');
      const missing = await call('POST', '/v1/safety/check-in', { token, body: { safety_status: 'fine' } });
      expect(missing.status).toBe(400);
      const general = await call('POST', '/v1/safety/check-in', { token, body: { safety_status: 'needs_support' } });
      expect(Date.parse(general.json.next_check_in) - Date.parse(general.json.timestamp)).toBe(3_600_000);
    });
  });

  describe('streamed conversation', () => {
    it('streams rising chunk ids and a complete event whose text is the chunks joined; the message is stored', async () => {
      const { token } = await register();
      const { session_id: id } = await startSession(token, {
        session_type: 'gentle_deep',
        initial_message: 'Work stress is getting to me.',
      });
      const events = await stream(token, {
        session_id: id,
        message_text: "I keep thinking I'm not good enough.",
        timestamp: '2024-01-15T10:31:00Z',
      });
      const chunks = events.slice(0, -1);
      const complete = events.at(-1);
      expect(chunks.every((e) => e.event === 'chunk')).toBe(true);
      expect(chunks.map((e) => (e.data as { chunk_id: number }).chunk_id)).toEqual(chunks.map((_, i) => i + 1));
      expect(complete?.event).toBe('complete');
      const data = complete?.data as {
        assistant_message: { text: string; message_id: string };
        session_progress: unknown;
        session_state: string;
      };
      expect(chunks.map((e) => (e.data as { text: string }).text).join('')).toBe(data.assistant_message.text);
      expect(data.session_progress).toEqual({ step: 2, total_steps: 7, step_name: 'Story Elicitation' });
      expect(data.session_state).toBe('active');

      await endSession(token, id);
      const summary = await call('GET', `/v1/session/${id}/summary`, { token });
      const messages = summary.json.messages as Array<{ role: string; text: string; message_id: string }>;
      expect(messages.slice(2, 4)).toEqual([
        expect.objectContaining({ role: 'user', text: "I keep thinking I'm not good enough." }),
        expect.objectContaining({ role: 'assistant', message_id: data.assistant_message.message_id, text: data.assistant_message.text }),
      ]);
      expect(summary.json.summary.tags).toEqual(['anxiety', 'work', 'self-worth']);
    });

    it('streams the escalation and pauses the session', async () => {
      const { token } = await register();
      const { session_id: id } = await startSession(token);
      const events = await stream(token, { session_id: id, message_text: 'I want to end it all.' });
      const complete = events.at(-1)?.data as {
        safety_escalation: { triggered: boolean };
        session_state: string;
        assistant_message: { intent: string };
      };
      expect(complete.assistant_message.intent).toBe('emergency');
      expect(complete.safety_escalation.triggered).toBe(true);
      expect(complete.session_state).toBe('paused');
      const again = await call('POST', '/v1/conversation/stream', { token, body: { session_id: id, message_text: 'hello?' } });
      expect(again.status).toBe(400);
      expect(again.json.error.code).toBe('SESSION_NOT_ACTIVE');
    });
  });

  describe('journal', () => {
    it('lists completed sessions with tag, date and full-text filters', async () => {
      const { token } = await register();
      const work = await completedSession(token);
      const family = await completedSession(token, 'My family dinner left me angry.');
      await startSession(token); // active: not a journal entry

      const list = await call('GET', '/v1/journal/entries', { token });
      expect(list.status).toBe(200);
      expect(list.json.entries.map((e: { session_id: string }) => e.session_id)).toEqual([family, work]);
      expect(list.json.entries[1]).toEqual({
        session_id: work,
        session_type: 'gentle_deep',
        date: expect.any(String),
        summary: expect.stringMatching(/^You explored anxiety, work and self-worth\./),
        tags: ['anxiety', 'work', 'self-worth'],
        insights: [
          'User describes ongoing anxiety',
          'Work is a significant source of pressure',
          'User expresses recurring self-worth concerns',
        ],
        highlights: [],
      });
      const ids = async (query: string) =>
        ((await call('GET', `/v1/journal/entries?${query}`, { token })).json.entries as Array<{ session_id: string }>).map(
          (e) => e.session_id,
        );
      expect(await ids('tags=work')).toEqual([work]);
      expect(await ids('tags=self-worth,family')).toEqual([family]);
      expect(await ids('tags=work,family')).toEqual([]);
      expect(await ids(`search=${encodeURIComponent('DINNER angry')}`)).toEqual([family]);
      expect(await ids(`search=${encodeURIComponent('not good enough')}`)).toEqual([family, work]);
      expect(await ids('search=zebra')).toEqual([]);
      const badTag = await call('GET', '/v1/journal/entries?tags=Not%20A%20Tag', { token });
      expect(badTag.status).toBe(400);
      expect(badTag.json.error.details.field).toMatch(/^query\.tags/);
      expect(await ids('start_date=2999-01-01')).toEqual([]);
      expect(await ids(`end_date=${new Date().toISOString().slice(0, 10)}`)).toEqual([family, work]);
      const paged = await call('GET', '/v1/journal/entries?limit=1', { token });
      expect(paged.json.pagination).toEqual({ total: 2, limit: 1, offset: 0, has_more: true });
    });

    it('shows an entry with its transcript, highlights a message, replaces tags and deletes the entry', async () => {
      const { token } = await register();
      const id = await completedSession(token);
      const entry = await call('GET', `/v1/journal/entry/${id}`, { token });
      expect(entry.status).toBe(200);
      expect(entry.json).toMatchObject({
        session_id: id,
        session_type: 'gentle_deep',
        duration_minutes: expect.any(Number),
        highlights: [],
      });
      const transcript = entry.json.full_transcript as Array<{ role: string; text: string; message_id: string }>;
      expect(transcript).toHaveLength(4);
      const reply = transcript[3];
      if (!reply) throw new Error('no reply');

      const highlighted = await call('POST', `/v1/journal/entry/${id}/highlight`, {
        token,
        body: { message_id: reply.message_id, note: 'This really resonated with me' },
      });
      expect(highlighted.status).toBe(200);
      expect(highlighted.json).toEqual({
        highlight_id: ID('hl'),
        message_id: reply.message_id,
        text: reply.text,
        note: 'This really resonated with me',
        highlighted_at: expect.any(String),
      });
      const again = await call('POST', `/v1/journal/entry/${id}/highlight`, { token, body: { message_id: reply.message_id } });
      expect(again.json).toMatchObject({ highlight_id: highlighted.json.highlight_id, note: null });
      const unknown = await call('POST', `/v1/journal/entry/${id}/highlight`, { token, body: { message_id: 'msg_000000000000' } });
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.code).toBe('MESSAGE_NOT_FOUND');

      const tagged = await call('POST', `/v1/journal/entry/${id}/tags`, { token, body: { tags: ['Work', 'focus', 'work', 'FOCUS'] } });
      expect(tagged.status).toBe(200);
      expect(tagged.json).toEqual({ session_id: id, tags: ['work', 'focus'], updated_at: expect.any(String) });
      const badTag = await call('POST', `/v1/journal/entry/${id}/tags`, { token, body: { tags: ['Not A Tag'] } });
      expect(badTag.status).toBe(400);
      expect(badTag.json.error.details.field).toBe('body.tags.0');

      const after = await call('GET', `/v1/journal/entry/${id}`, { token });
      expect(after.json.summary.tags).toEqual(['work', 'focus']);
      expect(after.json.highlights).toEqual([again.json]);
      expect((await call('GET', '/v1/journal/entries?tags=focus', { token })).json.pagination.total).toBe(1);
      expect((await call('GET', '/v1/journal/entries?tags=Work,Focus', { token })).json.pagination.total).toBe(1);
      const summary = await call('GET', `/v1/session/${id}/summary`, { token });
      expect(summary.json.highlights).toEqual([again.json]);

      const deleted = await call('DELETE', `/v1/journal/entry/${id}`, { token });
      expect(deleted.status).toBe(200);
      expect(deleted.json).toEqual({ session_id: id, deleted_at: expect.any(String) });
      for (const path of [`/v1/journal/entry/${id}`, `/v1/session/${id}/summary`]) {
        expect((await call('GET', path, { token })).status).toBe(404);
      }
      expect((await call('DELETE', `/v1/journal/entry/${id}`, { token })).status).toBe(404);
      expect((await call('GET', '/v1/journal/entries', { token })).json.entries).toEqual([]);
      expect((await call('GET', '/v1/sessions', { token })).json.sessions).toEqual([]);
    });

    it('refuses journal operations on a session that has not ended', async () => {
      const { token } = await register();
      const { session_id: id } = await startSession(token);
      for (const [method, path, body] of [
        ['GET', `/v1/journal/entry/${id}`],
        ['DELETE', `/v1/journal/entry/${id}`],
        ['POST', `/v1/journal/entry/${id}/highlight`, { message_id: 'msg_000000000000' }],
        ['POST', `/v1/journal/entry/${id}/tags`, { tags: [] }],
      ] as const) {
        const res = await call(method, path, { token, ...(body ? { body } : {}) });
        expect(res.status, `${method} ${path}`).toBe(409);
        expect(res.json.error.code).toBe('SESSION_NOT_COMPLETED');
      }
    });
  });

  describe('exports', () => {
    /** Files go straight to the stub on the Prism transport when binary (see `direct`). */
    async function exportAndDownload(token: string, body: Record<string, unknown>) {
      const created = await call('POST', '/v1/journal/export', { token, body });
      expect(created.status, created.text).toBe(202);
      expect(created.json).toEqual({ export_id: ID('exp'), status: 'processing', estimated_completion: expect.any(String) });
      const id = created.json.export_id;
      const early = await call('GET', `/v1/journal/export/${id}/download`, { token });
      expect(early.status).toBe(409);
      expect(early.json.error.code).toBe('EXPORT_NOT_READY');
      const status = await call('GET', `/v1/journal/export/${id}`, { token });
      expect(status.status).toBe(200);
      expect(status.json).toEqual({
        export_id: id,
        status: 'completed',
        format: body.format,
        download_url: expect.stringMatching(new RegExp(`/v1/journal/export/${id}/download$`)),
        expires_at: expect.any(String),
        file_size_bytes: expect.any(Number),
      });
      expect(Date.parse(status.json.expires_at) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
      const file = await call('GET', `/v1/journal/export/${id}/download`, { token, direct: body.format === 'pdf' });
      expect(file.status).toBe(200);
      expect(file.bytes.byteLength).toBe(status.json.file_size_bytes);
      expect(file.headers.get('content-disposition')).toMatch(
        new RegExp(`^attachment; filename="shadow-coach-journal-${id}\\.(pdf|txt|json)"$`),
      );
      return { id, file };
    }

    it('exports text, JSON and a real PDF whose sizes match file_size_bytes', async () => {
      const { token, user_id } = await register();
      const first = await completedSession(token);
      const second = await completedSession(token, 'My partner and I keep arguing.');

      const text = await exportAndDownload(token, { format: 'text', include_transcript: true });
      expect(text.file.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(text.file.text).toMatch(/^Shadow Coach journal\nExported .* \(2 entries\)\n/);
      expect(text.file.text).toContain('Tags: anxiety, work, self-worth');
      expect(text.file.text).toContain("You: I keep thinking I'm not good enough.");

      const json = await exportAndDownload(token, { format: 'json', session_ids: [second] });
      expect(json.file.json).toMatchObject({ export_id: json.id, user_id, entries: [{ session_id: second, highlights: [] }] });
      expect(json.file.json.entries[0].transcript).toBeUndefined();
      expect(json.file.json.entries[0].summary.tags).toEqual(['relationships', 'self-worth']);

      const pdf = await exportAndDownload(token, {
        format: 'pdf',
        session_ids: [first, second],
        date_range: { start: '2000-01-01T00:00:00Z', end: '2999-01-01T00:00:00Z' },
        include_transcript: true,
        include_highlights: true,
      });
      expect(pdf.file.headers.get('content-type')).toBe('application/pdf');
      expect(new TextDecoder().decode(pdf.file.bytes.slice(0, 5))).toBe('%PDF-');
      expect(pdf.file.text.trimEnd().endsWith('%%EOF')).toBe(true);

      const empty = await exportAndDownload(token, {
        format: 'text',
        date_range: { start: '2000-01-01T00:00:00Z', end: '2000-12-31T00:00:00Z' },
      });
      expect(empty.file.text).toContain('(0 entries)');
    });

    it('completes an export without a poll once its estimated completion has passed (real clock)', async () => {
      const { token } = await register();
      await completedSession(token);
      const created = await call('POST', '/v1/journal/export', { token, body: { format: 'json' } });
      const due = Date.parse(created.json.estimated_completion);
      expect(due - Date.now()).toBeLessThanOrEqual(2000);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now()) + 50));
      const file = await call('GET', `/v1/journal/export/${created.json.export_id}/download`, { token });
      expect(file.status).toBe(200);
      expect(file.json.entries).toHaveLength(1);
    });

    it('refuses unknown sessions and formats, and allows 5 exports an hour', async () => {
      const { token } = await register();
      const unknown = await call('POST', '/v1/journal/export', { token, body: { format: 'pdf', session_ids: ['sess_000000000000'] } });
      expect(unknown.status).toBe(404);
      expect(unknown.json.error).toMatchObject({ code: 'SESSION_NOT_FOUND', details: { session_id: 'sess_000000000000' } });
      const format = await call('POST', '/v1/journal/export', { token, body: { format: 'docx' } });
      expect(format.status).toBe(400);
      expect(format.json.error.details.field).toBe('body.format');
      expect((await call('GET', '/v1/journal/export/exp_000000000000', { token })).json.error.code).toBe('EXPORT_NOT_FOUND');

      // The 404 above was counted (rate limits count before the handler): 4 more pass.
      for (let i = 1; i <= 4; i++) {
        const res = await call('POST', '/v1/journal/export', { token, body: { format: 'text' } });
        expect(res.status).toBe(202);
        expect(res.headers.get('x-ratelimit-limit')).toBe('5');
        expect(res.headers.get('x-ratelimit-remaining')).toBe(String(4 - i));
      }
      const limited = await call('POST', '/v1/journal/export', { token, body: { format: 'text' } });
      expect(limited.status).toBe(429);
      expect(limited.json).toEqual(errorBody('RATE_LIMIT_EXCEEDED', { details: { retry_after: expect.any(Number) } }));
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3500);
    });
  });

  describe('analytics', () => {
    const moods = [
      ['2024-01-01T08:00:00Z', 4],
      ['2024-01-01T20:00:00Z', 6],
      ['2024-01-03T12:00:00Z', 7],
      ['2024-01-09T12:00:00Z', 8],
      ['2024-02-01T12:00:00Z', 3],
    ] as const;

    it('computes mood history by day, week and month with average, min, max and trend', async () => {
      const { token } = await register();
      for (const [timestamp, mood_score] of moods) {
        const res = await call('POST', '/v1/analytics/mood', { token, body: { mood_score, timestamp, notes: 'x' } });
        expect(res.status).toBe(201);
        expect(res.json).toEqual({
          mood_id: ID('mood'),
          mood_score,
          timestamp: new Date(timestamp).toISOString(),
          created_at: expect.any(String),
        });
      }
      const range = 'start_date=2024-01-01&end_date=2024-02-29';
      // 4, 6, 7, 8, 3: mean 28 / 5 = 5.6; later half (8, 3) 5.5 − earlier half (4, 6) 5 = 0.5 → improving.
      const statistics = { average: 5.6, min: 3, max: 8, trend: 'improving' };
      const day = await call('GET', `/v1/analytics/mood?${range}`, { token });
      expect(day.json).toEqual({
        mood_scores: [
          { date: '2024-02-01', score: 3, count: 1 },
          { date: '2024-01-09', score: 8, count: 1 },
          { date: '2024-01-03', score: 7, count: 1 },
          { date: '2024-01-01', score: 5, count: 2 },
        ],
        statistics,
      });
      const week = await call('GET', `/v1/analytics/mood?${range}&granularity=week`, { token });
      // 2024-01-01 is a Monday; 2024-02-01 (a Thursday) is in the week of Monday 2024-01-29.
      expect(week.json.mood_scores).toEqual([
        { date: '2024-01-29', score: 3, count: 1 },
        { date: '2024-01-08', score: 8, count: 1 },
        { date: '2024-01-01', score: 5.67, count: 3 },
      ]);
      expect(week.json.statistics).toEqual(statistics);
      const month = await call('GET', `/v1/analytics/mood?${range}&granularity=month`, { token });
      expect(month.json.mood_scores).toEqual([
        { date: '2024-02-01', score: 3, count: 1 },
        { date: '2024-01-01', score: 6.25, count: 4 },
      ]);
      expect(month.headers.get('x-ratelimit-limit')).toBe('10');
      expect(month.headers.get('x-ratelimit-remaining')).toBe('2');
    });

    it('filters mood history by range, defaults to the last 30 days and refuses a reversed range', async () => {
      const { token } = await register();
      for (const [timestamp, mood_score] of moods.slice(0, 3))
        await call('POST', '/v1/analytics/mood', { token, body: { mood_score, timestamp } });
      await call('POST', '/v1/analytics/mood', { token, body: { mood_score: 9 } });
      // Up to 2024-01-01 (the whole day): 4 and 6 → mean 5, later − earlier = 2 → improving.
      const firstDay = await call('GET', '/v1/analytics/mood?start_date=2023-12-01&end_date=2024-01-01', { token });
      expect(firstDay.json.statistics).toEqual({ average: 5, min: 4, max: 6, trend: 'improving' });
      const recent = await call('GET', '/v1/analytics/mood', { token });
      expect(recent.json).toEqual({
        mood_scores: [{ date: new Date().toISOString().slice(0, 10), score: 9, count: 1 }],
        statistics: { average: 9, min: 9, max: 9, trend: 'insufficient_data' },
      });
      const none = await call('GET', '/v1/analytics/mood?start_date=2020-01-01&end_date=2020-01-02', { token });
      expect(none.json).toEqual({ mood_scores: [], statistics: { average: null, min: null, max: null, trend: 'insufficient_data' } });
      const reversed = await call('GET', '/v1/analytics/mood?start_date=2024-02-01&end_date=2024-01-01', { token });
      expect(reversed.status).toBe(400);
      expect(reversed.json.error).toMatchObject({ code: 'VALIDATION_OUT_OF_RANGE', details: { field: 'query.start_date' } });
      const outOfRange = await call('POST', '/v1/analytics/mood', { token, body: { mood_score: 11 } });
      expect(outOfRange.json.error).toMatchObject({ code: 'VALIDATION_OUT_OF_RANGE', details: { field: 'body.mood_score' } });
    });

    it('counts insights by week and tag, session types, and progress totals from stored sessions', async () => {
      const { token, user_id } = await register();
      await completedSession(token); // 3 insights: anxiety, work, self-worth
      const deep = await startSession(token, { session_type: 'check-in', mood_score: 9, initial_message: 'I feel anxious.' });
      for (const text of ['a', 'b', 'c', 'd']) await say(token, deep.session_id, text); // reaches step 5
      await endSession(token, deep.session_id); // 1 insight: anxiety
      await startSession(token, { session_type: 'micro_practice' }); // active

      const insights = await call('GET', '/v1/analytics/insights', { token });
      expect(insights.status).toBe(200);
      const today = new Date();
      const monday = new Date(
        Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - ((today.getUTCDay() + 6) % 7) * 86_400_000,
      );
      expect(insights.json).toEqual({
        insight_frequency: { total: 4, by_week: [{ week: monday.toISOString().slice(0, 10), count: 4 }] },
        tag_distribution: [
          { tag: 'anxiety', count: 2 },
          { tag: 'self-worth', count: 1 },
          { tag: 'work', count: 1 },
        ],
        session_types: { 'check-in': 1, gentle_deep: 1, micro_practice: 1 },
      });
      const reversed = await call('GET', '/v1/analytics/insights?start_date=2020-12-31&end_date=2020-01-01', { token });
      expect(reversed.status).toBe(400);
      expect(reversed.json.error.code).toBe('VALIDATION_OUT_OF_RANGE');
      const outside = await call('GET', '/v1/analytics/insights?start_date=2020-01-01&end_date=2020-12-31', { token });
      expect(outside.json).toEqual({
        insight_frequency: { total: 0, by_week: [] },
        tag_distribution: [],
        session_types: { 'check-in': 0, gentle_deep: 0, micro_practice: 0 },
      });

      await call('POST', '/v1/analytics/mood', { token, body: { mood_score: 6 } });
      const progress = await call('GET', '/v1/analytics/progress', { token });
      // Moods in time order: 5 (first start), 9 (second start), 6: mean 6.67; later (6) − earlier (5) = 1 → improving.
      expect(progress.json).toEqual({
        user_id,
        period: { start: expect.any(String), end: expect.any(String) },
        summary: {
          total_sessions: 3,
          total_duration_minutes: expect.any(Number),
          average_mood: 6.67,
          mood_trend: 'improving',
          insights_count: 4,
          experiments_completed: 1,
        },
        trends: { mood: 'improving', session_frequency: 'increasing', engagement: 'increasing' },
      });
    });

    it('allows 10 analytics requests a minute, then 429 with Retry-After', async () => {
      const { token } = await register();
      for (let i = 0; i < 10; i++) {
        const res = await call('GET', '/v1/analytics/progress', { token });
        expect(res.status).toBe(200);
        expect(res.headers.get('x-ratelimit-remaining')).toBe(String(9 - i));
        expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
      }
      const limited = await call('GET', '/v1/analytics/insights', { token });
      expect(limited.status).toBe(429);
      expect(limited.json.error.code).toBe('RATE_LIMIT_EXCEEDED');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Other groups are counted apart.
      expect((await call('GET', '/v1/sessions', { token })).status).toBe(200);
    });
  });

  describe('rate limits and isolation', () => {
    it('allows 5 authentication requests a minute and 30 session messages a minute', async () => {
      const { token } = await register();
      for (let i = 0; i < 4; i++) expect((await call('POST', '/v1/auth/refresh', { token })).status).toBe(200);
      const auth = await call('POST', '/v1/auth/login', { body: { email: 'user@example.com', password: PASSWORD } });
      expect(auth.status).toBe(429);
      expect(auth.json.error.code).toBe('RATE_LIMIT_EXCEEDED');
      expect(auth.headers.get('x-ratelimit-limit')).toBe('5');
      expect(auth.headers.get('x-ratelimit-remaining')).toBe('0');

      const { session_id: id } = await startSession(token);
      for (let i = 0; i < 15; i++) {
        const res = await call('POST', `/v1/session/${id}/message`, { token, body: { message_text: `note ${i}` } });
        expect(res.status).toBe(200);
        expect(res.headers.get('x-ratelimit-limit')).toBe('30');
      }
      for (let i = 0; i < 15; i++)
        expect((await call('POST', '/v1/conversation/stream', { token, body: { session_id: id, message_text: 'more' } })).status).toBe(200);
      const limited = await call('POST', `/v1/session/${id}/message`, { token, body: { message_text: 'one too many' } });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    });

    it('hides every resource from other users: 404 on read, update and delete', async () => {
      const alice = await register('alice@example.com');
      const bob = await register('bob@example.com');
      const done = await completedSession(alice.token);
      const { session_id: open } = await startSession(alice.token);
      const transcript = (await call('GET', `/v1/journal/entry/${done}`, { token: alice.token })).json.full_transcript;
      const exported = await call('POST', '/v1/journal/export', { token: alice.token, body: { format: 'pdf' } });
      await call('GET', `/v1/journal/export/${exported.json.export_id}`, { token: alice.token });

      for (const [method, path, body, code] of [
        ['POST', `/v1/session/${open}/message`, { message_text: 'hi' }, 'SESSION_NOT_FOUND'],
        ['POST', '/v1/conversation/stream', { session_id: open, message_text: 'hi' }, 'SESSION_NOT_FOUND'],
        ['POST', `/v1/session/${open}/pause`, undefined, 'SESSION_NOT_FOUND'],
        ['POST', `/v1/session/${open}/resume`, {}, 'SESSION_NOT_FOUND'],
        ['POST', `/v1/session/${open}/end`, {}, 'SESSION_NOT_FOUND'],
        ['GET', `/v1/session/${done}/summary`, undefined, 'SESSION_NOT_FOUND'],
        ['GET', `/v1/journal/entry/${done}`, undefined, 'SESSION_NOT_FOUND'],
        ['POST', `/v1/journal/entry/${done}/highlight`, { message_id: transcript[1].message_id }, 'SESSION_NOT_FOUND'],
        ['POST', `/v1/journal/entry/${done}/tags`, { tags: ['stolen'] }, 'SESSION_NOT_FOUND'],
        ['DELETE', `/v1/journal/entry/${done}`, undefined, 'SESSION_NOT_FOUND'],
        ['POST', '/v1/journal/export', { format: 'text', session_ids: [done] }, 'SESSION_NOT_FOUND'],
        ['GET', `/v1/journal/export/${exported.json.export_id}`, undefined, 'EXPORT_NOT_FOUND'],
        ['GET', `/v1/journal/export/${exported.json.export_id}/download`, undefined, 'EXPORT_NOT_FOUND'],
        ['POST', '/v1/safety/check-in', { session_id: open, safety_status: 'safe' }, 'SESSION_NOT_FOUND'],
      ] as const) {
        const res = await call(method, path, { token: bob.token, ...(body ? { body } : {}) });
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.json.error.code, `${method} ${path}`).toBe(code);
      }
      expect((await call('GET', '/v1/sessions', { token: bob.token })).json.pagination.total).toBe(0);
      expect((await call('GET', '/v1/journal/entries', { token: bob.token })).json.entries).toEqual([]);
      expect((await call('GET', '/v1/analytics/mood', { token: bob.token })).json.mood_scores).toEqual([]);
      expect((await call('GET', '/v1/analytics/progress', { token: bob.token })).json.summary.total_sessions).toBe(0);

      // Alice's resources are untouched by Bob's attempts.
      const entry = await call('GET', `/v1/journal/entry/${done}`, { token: alice.token });
      expect(entry.json.summary.tags).toEqual(['anxiety', 'work', 'self-worth']);
      expect(entry.json.highlights).toEqual([]);
      expect((await call('GET', '/v1/sessions?state=active', { token: alice.token })).json.sessions[0].session_id).toBe(open);
      expect((await call('GET', `/v1/journal/export/${exported.json.export_id}/download`, { token: alice.token })).status).toBe(200);
    });
  });
}
