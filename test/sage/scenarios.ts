// The sage scenario suite, written once and run against every transport (sage.http.test.ts,
// sage.msw.test.ts, sage.prism.test.ts). Every answer is contract-checked by the client; these
// tests assert the behaviour on top: accounts, real casts (checked against an independent King
// Wen table), the stream, the cache, history pagination, tiers and the wisdom envelope.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSchemaCompiler } from '../../src/core/ajv.ts';
import type { JsonSchema } from '../../src/core/document.ts';
import { document } from '../../src/generated/sage.document.ts';
import { clientFor } from '../support/client.ts';
import type { SseMessage } from '../support/sse.ts';
import type { Transport } from '../support/transports.ts';

// King Wen numbers by upper (row) and lower (column) trigram, written out independently of the
// fixtures. Trigram lines bottom → top, 1 = yang.
const TRIGRAM_LINES: Record<string, string> = {
  heaven: '111',
  thunder: '100',
  water: '010',
  mountain: '001',
  earth: '000',
  wind: '011',
  fire: '101',
  lake: '110',
};
const ORDER = ['heaven', 'thunder', 'water', 'mountain', 'earth', 'wind', 'fire', 'lake'];
const KING_WEN = [
  [1, 25, 6, 33, 12, 44, 13, 10],
  [34, 51, 40, 62, 16, 32, 55, 54],
  [5, 3, 29, 39, 8, 48, 63, 60],
  [26, 27, 4, 52, 23, 18, 22, 41],
  [11, 24, 7, 15, 2, 46, 36, 19],
  [9, 42, 59, 53, 20, 57, 37, 61],
  [14, 21, 64, 56, 35, 50, 30, 38],
  [43, 17, 47, 31, 45, 28, 49, 58],
];

function trigramOf(bits: string): string {
  const name = Object.entries(TRIGRAM_LINES).find(([, lines]) => lines === bits)?.[0];
  if (!name) throw new Error(`no trigram ${bits}`);
  return name;
}

function kingWen(bits: string): { number: number; upper: string; lower: string } {
  const lower = trigramOf(bits.slice(0, 3));
  const upper = trigramOf(bits.slice(3));
  return { number: KING_WEN[ORDER.indexOf(upper)]?.[ORDER.indexOf(lower)] ?? 0, upper, lower };
}

interface HexagramData {
  number: number;
  name: string;
  lines: number[];
  changingLines: number[];
  trigrams: { upper: string; lower: string };
  relatingHexagram?: { number: number };
}

/** Every cast checked against the table: number, trigrams, changing lines, relating hexagram. */
export function assertCast(h: HexagramData): void {
  expect(h.lines).toHaveLength(6);
  for (const v of h.lines) expect([6, 7, 8, 9]).toContain(v);
  const primary = kingWen(h.lines.map((v) => v % 2).join(''));
  expect(h.number).toBe(primary.number);
  expect(h.trigrams).toEqual({ upper: primary.upper, lower: primary.lower });
  const changing = h.lines.flatMap((v, i) => (v === 6 || v === 9 ? [i + 1] : []));
  expect(h.changingLines).toEqual(changing);
  if (changing.length === 0) expect(h.relatingHexagram).toBeUndefined();
  else {
    const flipped = h.lines.map((v) => (v === 6 ? 1 : v === 9 ? 0 : v % 2)).join('');
    expect(h.relatingHexagram?.number).toBe(kingWen(flipped).number);
  }
}

const compiler = createSchemaCompiler(document);
type StreamOperation = { responses: Record<string, { content: Record<string, { 'x-sse-events': Record<string, JsonSchema> }> }> };
const streamOperation = document.paths?.['/api/consultation/create-stream']?.post as unknown as StreamOperation | undefined;
const sseSchemas = streamOperation?.responses['201']?.content['text/event-stream']?.['x-sse-events'];

function assertEventsInContract(events: SseMessage[]): void {
  for (const { event, data } of events) {
    const schema = sseSchemas?.[event];
    expect(schema, `event type ${event} is documented`).toBeDefined();
    const validate = compiler.compile(schema as JsonSchema);
    expect(validate(data), `${event} ${JSON.stringify(data)}: ${JSON.stringify(validate.errors)}`).toBe(true);
  }
}

const QUESTION = 'Should I make a career change right now?';
/** The prose's calendar connection. */
const CALENDAR = { provider: 'google', authCode: '4/0AX4XfWjYZ1234567890abcdef', redirectUri: 'https://sage.com/integrations/callback' };
const DEV_PASSWORD = 'SageDev2025!';

export function sageScenarios(start: () => Promise<Transport>): void {
  let transport: Transport;
  let call: ReturnType<typeof clientFor>;
  let registered = 0;

  beforeAll(async () => {
    transport = await start();
    call = clientFor(transport, 'sage');
  });
  afterAll(() => transport.close());
  beforeEach(async () => {
    await fetch(`${transport.origin}/__stubs/reset?api=sage`, { method: 'POST' });
  });

  async function register(extra: Record<string, unknown> = {}) {
    const email = `seeker${++registered}@example.com`;
    const res = await call('POST', '/api/auth/register', {
      body: { email, password: 'securePassword123', displayName: 'John Doe', ...extra },
    });
    expect(res.status, res.text).toBe(201);
    return {
      email,
      token: res.json.data.session.accessToken as string,
      refresh: res.json.data.session.refreshToken as string,
      user: res.json.data.user,
    };
  }

  async function login(email: string, password = DEV_PASSWORD) {
    const res = await call('POST', '/api/auth/login', { body: { email, password } });
    expect(res.status, res.text).toBe(200);
    return {
      token: res.json.data.session.accessToken as string,
      refresh: res.json.data.session.refreshToken as string,
      user: res.json.data.user,
    };
  }

  async function consult(token: string, body: Record<string, unknown> = {}) {
    const res = await call('POST', '/api/consultation/create', { token, body: { question: QUESTION, category: 'career', ...body } });
    expect(res.status, res.text).toBe(201);
    return res.json.data.consultation;
  }

  /** The envelope every error has: the prose's code, wisdom, recovery and context. */
  // biome-ignore lint/suspicious/noExplicitAny: test-side view of a contract-checked answer
  function expectEnvelope(res: { status: number; json: any }, status: number, code: string) {
    expect(res.status).toBe(status);
    expect(res.json.success).toBe(false);
    expect(res.json.error.code).toBe(code);
    expect(res.json.error.wisdom.chineseQuote).toMatch(/ - /);
    expect(res.json.error.wisdom.guidance.length).toBeGreaterThan(0);
    expect(res.json.error.recovery.immediateActions.length).toBeGreaterThan(0);
    expect(res.json.error.requestId).toMatch(/^req_/);
    return res.json.error;
  }

  describe('accounts', () => {
    it('registers a free account that is signed in, with a 4-hour access token', async () => {
      const before = Date.now();
      const res = await call('POST', '/api/auth/register', {
        body: {
          email: 'User@Example.com',
          password: 'securePassword123',
          displayName: 'John Doe',
          preferences: { interpretationStyle: 'balanced', guidanceTime: '09:00', timezone: 'America/New_York' },
        },
      });
      const after = Date.now();
      expect(res.status).toBe(201);
      const { user, session } = res.json.data;
      expect(user).toMatchObject({
        email: 'user@example.com',
        subscriptionTier: 'free',
        onboardingCompleted: false,
        preferences: { timezone: 'America/New_York' },
      });
      expect(user.lastLoginAt).toBe(user.createdAt);
      // Issued between `before` and `after` (whole seconds in the token, hence the 1 s either way).
      const expiresAt = Date.parse(session.expiresAt);
      expect(expiresAt).toBeGreaterThanOrEqual(before + 4 * 3600 * 1000 - 1000);
      expect(expiresAt).toBeLessThanOrEqual(after + 4 * 3600 * 1000 + 1000);
      const again = await call('POST', '/api/auth/register', {
        body: { email: 'user@EXAMPLE.com', password: 'anotherPassword', displayName: 'X' },
      });
      const error = expectEnvelope(again, 409, 'VALIDATION_ERROR');
      expect(error.details).toEqual([{ field: 'body.email', message: 'is already registered' }]);
    });

    it('refuses bad registrations naming the field', async () => {
      const short = await call('POST', '/api/auth/register', { body: { email: 'a@b.co', password: 'short', displayName: 'A' } });
      expect(expectEnvelope(short, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.password');
      const zone = await call('POST', '/api/auth/register', {
        body: { email: 'a@b.co', password: 'longenough', displayName: 'A', preferences: { timezone: 'Mars/Olympus' } },
      });
      expect(expectEnvelope(zone, 400, 'VALIDATION_ERROR').details).toEqual([
        { field: 'body.preferences.timezone', message: expect.stringMatching(/IANA time zone/) },
      ]);
    });

    it('logs in with the password only, the same 401 for an unknown email', async () => {
      const { email } = await register();
      const ok = await call('POST', '/api/auth/login', { body: { email, password: 'securePassword123' } });
      expect(ok.status).toBe(200);
      const wrong = await call('POST', '/api/auth/login', { body: { email, password: 'wrongPassword' } });
      const unknown = await call('POST', '/api/auth/login', { body: { email: 'nobody@example.com', password: 'wrongPassword' } });
      expect(expectEnvelope(wrong, 401, 'AUTHENTICATION_ERROR').message).toBe(expectEnvelope(unknown, 401, 'AUTHENTICATION_ERROR').message);
    });

    it('the seeded accounts sign in with their documented tiers', async () => {
      expect((await login('admin@sage.test', 'SageAdmin2025!')).user.subscriptionTier).toBe('pro');
      for (const tier of ['free', 'premium', 'pro']) expect((await login(`${tier}@sage.test`)).user.subscriptionTier).toBe(tier);
    });

    it('refresh rotates: from the body or the header, the old token stops working', async () => {
      const { refresh, token } = await register();
      const first = await call('POST', '/api/auth/refresh', { body: { refreshToken: refresh } });
      expect(first.status).toBe(200);
      expect(first.json.data.refreshToken).not.toBe(refresh);
      expectEnvelope(await call('POST', '/api/auth/refresh', { body: { refreshToken: refresh } }), 401, 'AUTHENTICATION_ERROR');
      const next = first.json.data.refreshToken;
      const viaHeader = await call('POST', '/api/auth/refresh', { token: next });
      expect(viaHeader.status).toBe(200);
      const newest = viaHeader.json.data.refreshToken;
      const both = await call('POST', '/api/auth/refresh', { token: newest, body: { refreshToken: next } });
      expect(expectEnvelope(both, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.refreshToken');
      expectEnvelope(await call('POST', '/api/auth/refresh', { body: { refreshToken: token } }), 401, 'AUTHENTICATION_ERROR');
      expectEnvelope(await call('POST', '/api/auth/refresh', { body: {} }), 401, 'AUTHENTICATION_ERROR');
      const profile = await call('GET', '/api/user/profile', { token: viaHeader.json.data.accessToken });
      expect(profile.status).toBe(200);
    });

    it('logout revokes the session: its access and refresh tokens get 401', async () => {
      const { token, refresh } = await register();
      const out = await call('POST', '/api/auth/logout', { token });
      expect(out.json).toEqual({ success: true, message: 'Successfully logged out' });
      expectEnvelope(await call('GET', '/api/user/profile', { token }), 401, 'AUTHENTICATION_ERROR');
      expectEnvelope(await call('POST', '/api/auth/refresh', { body: { refreshToken: refresh } }), 401, 'AUTHENTICATION_ERROR');
      expectEnvelope(await call('POST', '/api/auth/logout', { token }), 401, 'AUTHENTICATION_ERROR');
      expectEnvelope(await call('GET', '/api/consultation/history'), 401, 'AUTHENTICATION_ERROR');
    });
  });

  describe('consultations', () => {
    it('casts real hexagrams: every cast matches the King Wen table', async () => {
      const { token } = await login('pro@sage.test');
      const seen = new Set<number>();
      for (let i = 0; i < 12; i++) {
        const c = await consult(token, { question: `Question number ${i} about my path forward?`, aiOptions: { useCache: false } });
        assertCast(c.hexagramData);
        seen.add(c.hexagramData.number);
        expect(c.id).toMatch(/^cons_[0-9a-f]{32}$/);
        expect(c.fromCache).toBe(false);
        expect(c.cacheKey).toBe(`hexagram_${c.hexagramData.number}_career_${c.cacheKey.split('_career_')[1]}`);
        const changing = c.hexagramData.changingLines as number[];
        expect(Object.keys(c.interpretations.traditional.changingLines ?? {})).toEqual(changing.map(String));
        expect(c.interpretations.personal.interpretation).toContain(c.hexagramData.name.replace(/ \(.*\)$/, ''));
        const { originalCost, actualCost } = c.aiContext.costOptimization;
        expect(actualCost).toBe(originalCost);
        expect(actualCost).toBeCloseTo((c.aiContext.tokensUsed / 1000) * (c.aiContext.modelUsed === 'gpt-4' ? 0.04 : 0.006), 4);
      }
      expect(seen.size).toBeGreaterThan(3);
    });

    it('stores the consultation, readable by its owner only, and patches notes, tags, favorite, rating', async () => {
      const { token } = await login('pro@sage.test');
      const created = await consult(token);
      const read = await call('GET', `/api/consultation/${created.id}`, { token });
      expect(read.json.data.consultation).toEqual(created);
      const other = await register();
      expectEnvelope(await call('GET', `/api/consultation/${created.id}`, { token: other.token }), 404, 'NOT_FOUND');
      expectEnvelope(await call('GET', '/api/consultation/cons_doesnotexist', { token }), 404, 'NOT_FOUND');
      const patch = await call('PATCH', `/api/consultation/${created.id}`, {
        token,
        body: { userNotes: 'This reading resonated.', tags: ['Career', 'timing', 'career'], favorite: true, rating: 5 },
      });
      expect(patch.json.data.consultation).toEqual({
        id: created.id,
        userNotes: 'This reading resonated.',
        tags: ['career', 'timing'],
        favorite: true,
        isBookmarked: true,
        rating: 5,
        updatedAt: expect.any(String),
      });
      const after = (await call('GET', `/api/consultation/${created.id}`, { token })).json.data.consultation;
      expect(after).toMatchObject({ userNotes: 'This reading resonated.', favorite: true, rating: 5, hexagramData: created.hexagramData });
      const bad = await call('PATCH', `/api/consultation/${created.id}`, { token, body: { rating: 6 } });
      expect(expectEnvelope(bad, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.rating');
      expectEnvelope(await call('PATCH', `/api/consultation/${created.id}`, { token, body: {} }), 400, 'VALIDATION_ERROR');
      const cleared = await call('PATCH', `/api/consultation/${created.id}`, { token, body: { userNotes: '' } });
      expect(cleared.json.data.consultation.userNotes).toBeUndefined();
    });

    it('carries the data model’s fields beside the example answers’, equal where they restate them', async () => {
      // The upper trigram's element, season and direction (later-heaven arrangement), written out here.
      const PHASES: Record<string, [string, string, string, string]> = {
        heaven: ['Heaven', 'metal', 'late autumn', 'northwest'],
        lake: ['Lake', 'metal', 'autumn', 'west'],
        fire: ['Fire', 'fire', 'summer', 'south'],
        thunder: ['Thunder', 'wood', 'spring', 'east'],
        wind: ['Wind', 'wood', 'late spring', 'southeast'],
        water: ['Water', 'water', 'winter', 'north'],
        mountain: ['Mountain', 'earth', 'late winter', 'northeast'],
        earth: ['Earth', 'earth', 'late summer', 'southwest'],
      };
      const { token } = await login('premium@sage.test');
      const c = await consult(token, { culturalDepth: 2 });
      const [upperName, element, season, direction] = PHASES[c.hexagramData.trigrams.upper] ?? [];
      expect(c.hexagramData.symbolism).toEqual({
        trigrams: [upperName, PHASES[c.hexagramData.trigrams.lower]?.[0]],
        element,
        season,
        direction,
      });
      const { personal, ai, practical } = c.interpretations;
      expect(ai).toMatchObject({
        content: personal.interpretation,
        personalityState: c.aiPersonalityState,
        culturalDepth: 2,
        confidenceScore: c.aiContext.confidence,
      });
      expect(ai.culturalElements.translations[c.hexagramData.name]).toContain(c.hexagramData.chineseName);
      expect(ai.culturalElements.context).toContain(element);
      expect(practical.keyInsights).toEqual(personal.keyInsights);
      expect(practical.actionSteps).toEqual(practical.nextSteps);
      expect(practical.reflectionQuestions).toHaveLength(3);
      expect(c.analytics).toEqual({
        aiPersonalityState: c.aiPersonalityState,
        responseTime: c.aiContext.responseTime,
        tokenUsage: c.aiContext.tokensUsed,
        culturalAccuracy: c.aiContext.culturalAccuracy,
        costAnalytics: {
          modelUsed: c.aiContext.modelUsed,
          cacheHit: false,
          cost: c.aiContext.costOptimization.actualCost,
          tokensSaved: 0,
          costSaved: 0,
        },
      });
      expect(c.isBookmarked).toBe(false);

      // isBookmarked is favorite under another name, either way, and the rating is userSatisfaction.
      const path = `/api/consultation/${c.id}`;
      const marked = await call('PATCH', path, { token, body: { isBookmarked: true, rating: 4 } });
      expect(marked.json.data.consultation).toMatchObject({ favorite: true, isBookmarked: true, rating: 4 });
      const read = (await call('GET', path, { token })).json.data.consultation;
      expect(read).toMatchObject({ favorite: true, isBookmarked: true, analytics: { userSatisfaction: 4 } });
      expect((await call('PATCH', path, { token, body: { favorite: false } })).json.data.consultation.isBookmarked).toBe(false);
      const conflict = await call('PATCH', path, { token, body: { favorite: true, isBookmarked: false } });
      expect(expectEnvelope(conflict, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.isBookmarked');

      // A cache hit saves the cached reading's tokens and cost, and starts unbookmarked, unrated.
      const cached = await consult(token, { culturalDepth: 1 });
      expect(cached.fromCache).toBe(true);
      expect(cached.interpretations.ai.culturalDepth).toBe(1);
      expect(cached.isBookmarked).toBe(false);
      expect(cached.analytics.userSatisfaction).toBeUndefined();
      expect(cached.analytics.costAnalytics).toEqual({
        modelUsed: 'cache',
        cacheHit: true,
        cost: 0,
        tokensSaved: c.aiContext.tokensUsed,
        costSaved: c.aiContext.costOptimization.originalCost,
      });
      // The copy and the reading it came from stay apart: each keeps its depth and its rating.
      await call('PATCH', `/api/consultation/${cached.id}`, { token, body: { rating: 2 } });
      const original = (await call('GET', path, { token })).json.data.consultation;
      expect(original.interpretations.ai.culturalDepth).toBe(c.interpretations.ai.culturalDepth);
      expect(original.interpretations.ai.culturalDepth).not.toBe(1);
      expect(original.analytics.userSatisfaction).toBe(4);
      const copy = (await call('GET', `/api/consultation/${cached.id}`, { token })).json.data.consultation;
      expect(copy).toMatchObject({ rating: 2, analytics: { userSatisfaction: 2 }, interpretations: { ai: { culturalDepth: 1 } } });
    });

    it('refuses a question under 10 characters with the prose’s field detail', async () => {
      const { token } = await register();
      const res = await call('POST', '/api/consultation/create', { token, body: { question: 'Why?', category: 'career' } });
      const error = expectEnvelope(res, 400, 'VALIDATION_ERROR');
      expect(error.details).toEqual([{ field: 'body.question', message: expect.stringMatching(/10 characters/) }]);
      expect(error.context).toEqual({ errorCategory: 'validation', severity: 'low', isRetryable: true, retryAfter: null });
      const category = await call('POST', '/api/consultation/create', { token, body: { question: QUESTION, category: 'money' } });
      expect(expectEnvelope(category, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.category');
    });

    it('streams hexagram, personality, ai-chunks and complete, and stores what it streamed', async () => {
      const { token } = await login('pro@sage.test');
      const res = await call('POST', '/api/consultation/create-stream', {
        token,
        body: {
          question: QUESTION,
          category: 'career',
          preferredPersonality: 'guiding',
          context: { previousConsultations: ['cons_abc123'] },
        },
      });
      expect(res.status).toBe(201);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const events = res.events ?? [];
      assertEventsInContract(events);
      const kinds = events.map((e) => e.event);
      expect(kinds[0]).toBe('hexagram');
      expect(kinds[1]).toBe('personality');
      expect(kinds.at(-1)).toBe('complete');
      const chunks = events
        .filter((e) => e.event === 'ai-chunk')
        .map((e) => e.data as { chunk: string; chunkIndex: number; section: string });
      expect(chunks.length).toBeGreaterThan(3);
      expect(kinds.slice(2, -1).every((k) => k === 'ai-chunk')).toBe(true);
      expect(chunks.map((c) => c.chunkIndex)).toEqual(chunks.map((_, i) => i + 1));
      const sections = chunks.map((c) => c.section);
      expect(sections.indexOf('practical')).toBeGreaterThan(sections.lastIndexOf('ai'));
      const [first, second] = events;
      const last = events.at(-1);
      if (!first || !second || !last) throw new Error('the stream is empty');
      const hexagram = (first.data as { hexagram: HexagramData }).hexagram;
      assertCast(hexagram);
      expect((second.data as { state: string }).state).toBe('guiding');
      const complete = (last.data as { consultation: { id: string; aiPersonalityState: string } }).consultation;
      const stored = (await call('GET', `/api/consultation/${complete.id}`, { token })).json.data.consultation;
      expect(stored.hexagramData).toEqual(hexagram);
      expect(stored.aiPersonalityState).toBe('guiding');
      expect(
        chunks
          .filter((c) => c.section === 'ai')
          .map((c) => c.chunk)
          .join(''),
      ).toBe(stored.interpretations.personal.interpretation);
    });

    it('create with streamResponse answers the same stream', async () => {
      const { token } = await login('pro@sage.test');
      const res = await call('POST', '/api/consultation/create', {
        token,
        body: { question: QUESTION, category: 'health', aiOptions: { streamResponse: true } },
      });
      expect(res.status).toBe(201);
      const events = res.events ?? [];
      assertEventsInContract(events);
      expect(events.map((e) => e.event)[0]).toBe('hexagram');
      expect(events.at(-1)?.event).toBe('complete');
    });

    it('a repeated question pattern within 24 hours comes from the cache, unless caching is off', async () => {
      const { token } = await login('pro@sage.test');
      const first = await consult(token);
      const again = await consult(token, { question: 'Should I change my career right now?' });
      expect(again.id).toMatch(/^cons_cached_[0-9a-f]{32}$/);
      expect(again.fromCache).toBe(true);
      expect(again.cacheKey).toBe(first.cacheKey);
      expect(again.hexagramData).toEqual(first.hexagramData);
      expect(again.aiContext).toMatchObject({
        modelUsed: 'cache',
        cacheHit: true,
        tokensUsed: 0,
        costOptimization: { originalCost: first.aiContext.costOptimization.originalCost, actualCost: 0, savings: 1 },
        originalResponseTime: first.aiContext.responseTime,
      });
      const otherCategory = await consult(token, { category: 'spiritual' });
      expect(otherCategory.fromCache).toBe(false);
      const uncached = await consult(token, { aiOptions: { useCache: false } });
      expect(uncached.fromCache).toBe(false);
      const costs = (await call('GET', '/api/consultation/costs?period=day', { token })).json.data.costAnalytics;
      const spent = [first, otherCategory, uncached].reduce((sum, c) => sum + c.aiContext.costOptimization.actualCost, 0);
      expect(costs.totalConsultations).toBe(4);
      expect(costs.costBreakdown.totalSpent).toBeCloseTo(spent, 4);
      expect(costs.costBreakdown.cacheHitRate).toBe(0.25);
      expect(costs.costBreakdown.savings.totalSaved).toBeCloseTo(first.aiContext.costOptimization.originalCost, 4);
      expect(costs.modelUsage.cache).toEqual({ count: 1, cost: 0 });
      const summary = (await call('GET', '/api/ai/cost-analytics', { token })).json.data;
      expect(summary.summary.totalSpent).toBe(costs.costBreakdown.totalSpent);
      expect(summary.modelUsage['gpt-4'].consultations + summary.modelUsage['gpt-3.5-turbo'].consultations).toBe(3);
    });

    it('cost advice follows the figures: never "already cost-efficient" beside savings still to make', async () => {
      const { token } = await login('premium@sage.test');
      const advice = async () => (await call('GET', '/api/ai/cost-analytics?period=day', { token })).json.data.optimization;
      expect((await advice()).recommendations).toEqual(['No consultations in this period yet']);
      // One gpt-4 reading and two cache hits: the cache works, but gpt-4 still costs more than it needs.
      await consult(token, { aiOptions: { modelPreference: 'gpt-4' } });
      await consult(token);
      await consult(token);
      const mixed = await advice();
      expect(mixed.cacheEfficiency).toBeGreaterThanOrEqual(0.5);
      expect(mixed.potentialSavings).toBeGreaterThan(0);
      expect(mixed.recommendations).toEqual(['Use GPT-3.5 for simple follow-up questions']);
      const other = await login('pro@sage.test');
      await consult(other.token, { aiOptions: { modelPreference: 'gpt-3.5-turbo' } });
      await consult(other.token);
      const lean = (await call('GET', '/api/ai/cost-analytics?period=day', { token: other.token })).json.data.optimization;
      expect(lean.potentialSavings).toBe(0);
      expect(lean.recommendations).toEqual(['Your usage is already cost-efficient']);
    });

    it('history pages newest first with correct totals, and filters', async () => {
      const { token } = await login('pro@sage.test');
      const created = [];
      for (const category of ['career', 'health', 'career', 'spiritual', 'career']) {
        created.push(
          await consult(token, { category, question: `A ${category} question number ${created.length}?`, aiOptions: { useCache: false } }),
        );
      }
      const ids = created.map((c) => c.id).reverse();
      const pages = [];
      for (const offset of [0, 2, 4]) {
        const page = (await call('GET', `/api/consultation/history?limit=2&offset=${offset}`, { token })).json.data;
        expect(page.pagination).toEqual({ total: 5, limit: 2, offset, hasMore: offset + 2 < 5 });
        pages.push(...page.consultations.map((c: { id: string }) => c.id));
      }
      expect(pages).toEqual(ids);
      const past = (await call('GET', '/api/consultation/history?offset=10', { token })).json.data;
      expect(past).toEqual({ consultations: [], pagination: { total: 5, limit: 20, offset: 10, hasMore: false } });
      const career = (await call('GET', '/api/v1/consultation/history?category=career', { token })).json.data;
      expect(career.pagination.total).toBe(3);
      await call('PATCH', `/api/consultation/${created[1].id}`, { token, body: { favorite: true, tags: ['timing', 'body'] } });
      await call('PATCH', `/api/consultation/${created[2].id}`, { token, body: { tags: ['timing'] } });
      const favorites = (await call('GET', '/api/consultation/history?favorite=true', { token })).json.data;
      expect(favorites.consultations.map((c: { id: string }) => c.id)).toEqual([created[1].id]);
      expect((await call('GET', '/api/consultation/history?favorite=false', { token })).json.data.pagination.total).toBe(4);
      const tagged = (await call('GET', '/api/consultation/history?tags=timing', { token })).json.data;
      expect(tagged.pagination.total).toBe(2);
      expect((await call('GET', '/api/consultation/history?tags=Timing,body', { token })).json.data.pagination.total).toBe(1);
      const today = new Date().toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      expect((await call('GET', `/api/consultation/history?endDate=${today}`, { token })).json.data.pagination.total).toBe(5);
      expect((await call('GET', `/api/consultation/history?startDate=${tomorrow}`, { token })).json.data.pagination.total).toBe(0);
      const inverted = await call('GET', `/api/consultation/history?startDate=${tomorrow}&endDate=${today}`, { token });
      expect(expectEnvelope(inverted, 400, 'VALIDATION_ERROR').details[0].field).toBe('query.startDate');
      // Only real dates and times: month 50 and hour 84 are refused by the document itself.
      for (const bad of ['2025-50-01', '2025-02-29', '2025-07-01T84:00Z']) {
        const refused = await call('GET', `/api/consultation/history?endDate=${encodeURIComponent(bad)}`, { token });
        expect(expectEnvelope(refused, 400, 'VALIDATION_ERROR').details[0].field).toBe('query.endDate');
      }
      expect((await call('GET', '/api/consultation/history?startDate=2024-02-29&endDate=2099-12-31T23:59%2B05:30', { token })).status).toBe(
        200,
      );
      const tooMany = await call('GET', '/api/consultation/history?limit=101', { token });
      expect(expectEnvelope(tooMany, 400, 'VALIDATION_ERROR').details[0].field).toBe('query.limit');
    });
  });

  describe('tiers and rate limits', () => {
    it('a free user gets 3 consultations an hour, then 429 with reset and an upgrade hint', async () => {
      const { token } = await register();
      for (let i = 0; i < 3; i++) {
        const res = await call('POST', '/api/consultation/create', { token, body: { question: `${QUESTION} (${i})`, category: 'career' } });
        expect(res.status).toBe(201);
        expect(res.headers.get('x-ratelimit-limit')).toBe('3');
        expect(res.headers.get('x-ratelimit-remaining')).toBe(String(2 - i));
        expect(res.headers.get('x-ratelimit-tier')).toBe('free');
      }
      expectEnvelope(
        await call('POST', '/api/consultation/create', { token, body: { question: QUESTION, category: 'career' } }),
        429,
        'RATE_LIMIT_EXCEEDED',
      );
      const limited = await call('POST', '/api/consultation/create-stream', { token, body: { question: QUESTION, category: 'career' } });
      const error = expectEnvelope(limited, 429, 'RATE_LIMIT_EXCEEDED');
      expect(error.details).toMatchObject({ limit: 3, window: '1 hour', upgradeUrl: 'https://sage.com/upgrade' });
      expect(Date.parse(error.details.resetAt)).toBeGreaterThan(Date.now());
      expect(error.context.retryAfter).toBe(error.details.retryAfter);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3000);
      expect(limited.headers.get('x-ratelimit-tier')).toBe('free');
      // Other groups count separately.
      expect((await call('GET', '/api/user/profile', { token })).headers.get('x-ratelimit-limit')).toBe('100');
    });

    it('premium and pro have their own limits; unlimited daily guidance carries no limit headers', async () => {
      const premium = await login('premium@sage.test');
      const created = await call('POST', '/api/consultation/create', {
        token: premium.token,
        body: { question: QUESTION, category: 'career' },
      });
      expect(created.headers.get('x-ratelimit-limit')).toBe('50');
      expect(created.headers.get('x-ratelimit-tier')).toBe('premium');
      const daily = await call('GET', '/api/guidance/daily', { token: premium.token });
      expect(daily.status).toBe(200);
      expect(daily.headers.get('x-ratelimit-limit')).toBeNull();
      const pro = await login('pro@sage.test');
      expect((await call('GET', '/api/user/analytics', { token: pro.token })).headers.get('x-ratelimit-limit')).toBe('1000');
    });

    it('custom guidance: 402 SUBSCRIPTION_REQUIRED for free users, 5 a day for premium', async () => {
      const free = await register();
      const refused = await call('POST', '/api/guidance/generate', { token: free.token, body: { focusArea: 'decision_making' } });
      expect(expectEnvelope(refused, 402, 'SUBSCRIPTION_REQUIRED').details.upgradeUrl).toBe('https://sage.com/upgrade');
      const { token } = await login('premium@sage.test');
      const body = {
        focusArea: 'decision_making',
        context: {
          situation: 'Considering a major life change',
          timeframe: 'next_month',
          concerns: ['financial_stability', 'family_impact'],
        },
      };
      for (let i = 0; i < 5; i++) {
        const res = await call('POST', '/api/guidance/generate', { token, body });
        expect(res.status).toBe(201);
        expect(res.headers.get('x-ratelimit-limit')).toBe('5');
        const guidance = res.json.data.guidance;
        expect([3, 5, 43, 47, 60]).toContain(guidance.hexagram.number);
        expect(guidance.actionSteps[0]).toBe('Address financial stability openly before you commit');
        expect(guidance.timing).toBe('Allow 2-3 months for careful preparation before implementing changes');
      }
      expectEnvelope(await call('POST', '/api/guidance/generate', { token, body }), 429, 'RATE_LIMIT_EXCEEDED');
    });

    it('free user data: 100 GET /api/user/* an hour, profile and analytics together', async () => {
      const { token } = await register();
      for (let i = 0; i < 100; i++) {
        const res = await call('GET', i % 2 ? '/api/user/profile' : '/api/user/analytics', { token });
        expect(res.status).toBe(200);
      }
      expect(expectEnvelope(await call('GET', '/api/user/profile', { token }), 429, 'RATE_LIMIT_EXCEEDED').details.window).toBe('1 hour');
      expectEnvelope(await call('GET', '/api/user/analytics', { token }), 429, 'RATE_LIMIT_EXCEEDED');
      expect((await call('PATCH', '/api/user/profile', { token, body: { displayName: 'Still allowed' } })).status).toBe(200);
    });

    it('integrations: 402 SUBSCRIPTION_REQUIRED for free users, 10 POST an hour for premium, 50 for pro', async () => {
      const free = await register();
      for (const [path, body] of [
        ['/api/integration/calendar/connect', CALENDAR],
        ['/api/integration/calendar/sync', undefined],
      ] as const) {
        const refused = await call('POST', path, { token: free.token, ...(body ? { body } : {}) });
        expect(expectEnvelope(refused, 402, 'SUBSCRIPTION_REQUIRED').details).toMatchObject({
          tier: 'free',
          requiredTiers: ['premium', 'pro'],
          upgradeUrl: 'https://sage.com/upgrade',
        });
        expect(refused.headers.get('x-ratelimit-limit')).toBeNull();
      }
      const { token } = await login('premium@sage.test');
      for (let i = 0; i < 10; i++) {
        const res =
          i === 0
            ? await call('POST', '/api/integration/calendar/connect', { token, body: CALENDAR })
            : await call('POST', '/api/integration/calendar/sync', { token });
        expect(res.status, res.text).toBe(i === 0 ? 201 : 200);
        expect(res.headers.get('x-ratelimit-limit')).toBe('10');
        expect(res.headers.get('x-ratelimit-remaining')).toBe(String(9 - i));
        expect(res.headers.get('x-ratelimit-tier')).toBe('premium');
      }
      const limited = await call('POST', '/api/integration/calendar/connect', { token, body: CALENDAR });
      expect(expectEnvelope(limited, 429, 'RATE_LIMIT_EXCEEDED').details).toMatchObject({ limit: 10, window: '1 hour' });
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3000);
      // Reading insights is not an integration request: neither counted nor refused.
      const insights = await call('GET', '/api/integration/calendar/insights', { token });
      expect(insights.status).toBe(200);
      expect(insights.headers.get('x-ratelimit-limit')).toBeNull();
      const pro = await login('pro@sage.test');
      const connected = await call('POST', '/api/integration/calendar/connect', { token: pro.token, body: CALENDAR });
      expect(connected.status).toBe(201);
      expect(connected.headers.get('x-ratelimit-limit')).toBe('50');
      expect(connected.headers.get('x-ratelimit-tier')).toBe('pro');
    });

    it('free daily guidance: 10 a day', async () => {
      const { token } = await register();
      for (let i = 0; i < 10; i++) expect((await call('GET', '/api/guidance/daily', { token })).status).toBe(200);
      expectEnvelope(await call('GET', '/api/guidance/daily', { token }), 429, 'RATE_LIMIT_EXCEEDED');
    });
  });

  describe('guidance, profile and analytics', () => {
    it('daily guidance is fixed per user and date', async () => {
      const a = await login('pro@sage.test');
      const first = (await call('GET', '/api/guidance/daily?date=2025-07-30', { token: a.token })).json.data.guidance;
      const again = (await call('GET', '/api/v1/guidance/daily?date=2025-07-30', { token: a.token })).json.data.guidance;
      expect(again).toEqual(first);
      expect(first.date).toBe('2025-07-30');
      await fetch(`${transport.origin}/__stubs/reset?api=sage`, { method: 'POST' });
      const b = await login('pro@sage.test');
      const afterReset = (await call('GET', '/api/guidance/daily?date=2025-07-30', { token: b.token })).json.data.guidance;
      expect(afterReset.hexagram).toEqual(first.hexagram);
      expect(afterReset.id).toBe(first.id);
      const numbers = new Set<number>();
      for (const date of ['2025-07-01', '2025-07-02', '2025-07-03', '2025-07-04', '2025-07-05']) {
        numbers.add((await call('GET', `/api/guidance/daily?date=${date}`, { token: b.token })).json.data.guidance.hexagram.number);
      }
      expect(numbers.size).toBeGreaterThan(1);
      const bad = await call('GET', '/api/guidance/daily?date=2025-13-40', { token: b.token });
      expect(expectEnvelope(bad, 400, 'VALIDATION_ERROR').details[0].field).toBe('query.date');
    });

    it('the profile carries both shapes; a patch merges nested preferences and validates them', async () => {
      const { token } = await login('premium@sage.test');
      await consult(token);
      const profile = (await call('GET', '/api/user/profile', { token })).json.data.user;
      expect(profile.subscription).toMatchObject({ tier: 'premium', status: 'active', cancelAtPeriodEnd: false });
      expect(profile.statistics).toMatchObject({ totalConsultations: 1, currentStreak: 1, longestStreak: 1, favoriteCategory: 'career' });
      expect(profile.analytics).toMatchObject({ totalConsultations: 1, culturalProgressionDate: null, favoriteCategory: 'career' });
      const patched = await call('PATCH', '/api/user/profile', {
        token,
        body: {
          displayName: 'John Smith',
          preferences: { interpretationStyle: 'traditional', guidanceTime: '07:30', notifications: { consultationReminders: true } },
        },
      });
      const user = patched.json.data.user;
      expect(user.displayName).toBe('John Smith');
      expect(user.preferences).toMatchObject({
        interpretationStyle: 'traditional',
        guidanceTime: '07:30',
        notifications: { dailyGuidance: true, consultationReminders: true, weeklyInsights: true },
        privacy: profile.preferences.privacy,
      });
      expect((await call('GET', '/api/user/profile', { token })).json.data.user.preferences).toEqual(user.preferences);
      const time = await call('PATCH', '/api/user/profile', { token, body: { preferences: { guidanceTime: '25:00' } } });
      expect(expectEnvelope(time, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.preferences.guidanceTime');
      const zone = await call('PATCH', '/api/user/profile', { token, body: { preferences: { timezone: '+01:00' } } });
      expect(expectEnvelope(zone, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.preferences.timezone');
      const free = await register();
      expect((await call('GET', '/api/user/profile', { token: free.token })).json.data.user.subscription).toBeUndefined();
    });

    it('analytics are computed from the stored consultations', async () => {
      const { token } = await login('pro@sage.test');
      const made = [];
      for (const category of ['career', 'career', 'health'])
        made.push(await consult(token, { category, question: `${category} question ${made.length}?`, aiOptions: { useCache: false } }));
      await call('PATCH', `/api/consultation/${made[0].id}`, { token, body: { rating: 5 } });
      await call('PATCH', `/api/consultation/${made[1].id}`, { token, body: { rating: 4 } });
      const analytics = (await call('GET', '/api/user/analytics?period=week', { token })).json.data.analytics;
      expect(analytics.consultations).toMatchObject({
        total: 3,
        byCategory: { career: 2, health: 1, relationships: 0, spiritual: 0, general: 0 },
        avgRating: 4.5,
      });
      const counts = analytics.consultations.favoriteHexagrams.reduce((sum: number, h: { count: number }) => sum + h.count, 0);
      expect(counts).toBeLessThanOrEqual(3);
      expect(analytics.patterns.consultationStreak).toBe(1);
      expect(analytics.patterns.mostActiveDay).toBe(
        ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(made[0].createdAt).getUTCDay()],
      );
      const empty = (await call('GET', '/api/user/analytics?startDate=2020-01-01&endDate=2020-01-31', { token })).json.data.analytics;
      expect(empty).toMatchObject({ startDate: '2020-01-01', endDate: '2020-01-31', consultations: { total: 0, favoriteHexagrams: [] } });
      expect(empty.consultations.avgRating).toBeUndefined();
      const inverted = await call('GET', '/api/user/analytics?startDate=2020-02-01&endDate=2020-01-01', { token });
      expectEnvelope(inverted, 400, 'VALIDATION_ERROR');
    });

    it('cultural progression needs 10 consultations to advance, and checks the current level', async () => {
      const { token } = await login('pro@sage.test');
      const early = (await call('POST', '/api/user/cultural-progression', { token, body: { action: 'advance', currentLevel: 1 } })).json
        .data;
      expect(early).toMatchObject({ currentLevel: 1, canAdvance: false, requirements: { consultationsNeeded: 10 } });
      for (let i = 0; i < 10; i++) await consult(token, { question: `Progression question ${i}?`, aiOptions: { useCache: false } });
      const advanced = (
        await call('POST', '/api/user/cultural-progression', { token, body: { action: 'advance', currentLevel: 1, reason: 'Ready' } })
      ).json.data;
      expect(advanced).toMatchObject({ currentLevel: 2, canAdvance: false, requirements: { consultationsNeeded: 0 } });
      const profile = (await call('GET', '/api/user/profile', { token })).json.data.user;
      expect(profile.preferences.culturalDepth).toBe(2);
      expect(profile.analytics.culturalProgressionDate).not.toBeNull();
      const wrong = await call('POST', '/api/user/cultural-progression', { token, body: { action: 'check', currentLevel: 1 } });
      expect(expectEnvelope(wrong, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.currentLevel');
    });
  });

  describe('AI services', () => {
    it('detects the personality from the question and history', async () => {
      const { token } = await register();
      const res = await call('POST', '/api/ai/detect-personality', {
        token,
        body: {
          question: QUESTION,
          userHistory: {
            recentConsultations: [{ question: 'How should I approach my job interview?', category: 'career', satisfaction: 5 }],
          },
        },
      });
      expect(res.json.data.recommendedPersonality).toBe('contemplative');
      expect(res.json.data.alternatives.map((a: { personality: string }) => a.personality).sort()).toEqual(['guiding', 'insightful']);
      expect(res.json.data.reasoning.contextFactors).toContain('career_focus');
      const how = await call('POST', '/api/ai/detect-personality', { token, body: { question: 'How do I plan the next steps to start?' } });
      expect(how.json.data.recommendedPersonality).toBe('guiding');
    });

    it('an urgent question is never classed contemplative, however reflective its words', async () => {
      const { token } = await login('premium@sage.test');
      const urgent = 'I urgently need to decide whether I should change my career path right now, the deadline is tonight';
      const detected = await call('POST', '/api/ai/detect-personality', {
        token,
        body: { question: urgent, userHistory: { preferences: { preferredStyle: 'contemplative' } } },
      });
      expect(detected.json.data.recommendedPersonality).toBe('guiding');
      expect(detected.json.data.reasoning.contextFactors).toContain('urgency');
      expect(detected.json.data.alternatives.at(-1).personality).toBe('contemplative');
      expect((await consult(token, { question: urgent })).aiPersonalityState).toBe('guiding');
      // The asker's own urgency counts too; the prose's example (medium urgency) stays contemplative.
      const high = await consult(token, { question: QUESTION, context: { urgency: 'high' }, aiOptions: { useCache: false } });
      expect(high.aiPersonalityState).toBe('guiding');
      const medium = await consult(token, { question: QUESTION, context: { urgency: 'medium' }, aiOptions: { useCache: false } });
      expect(medium.aiPersonalityState).toBe('contemplative');
      const streamed = await call('POST', '/api/consultation/create-stream', {
        token,
        body: { question: QUESTION, category: 'career', context: { urgency: 'high' }, aiOptions: { enableCaching: false } },
      });
      expect(streamed.events?.find((e) => e.event === 'personality')?.data).toMatchObject({ state: 'guiding' });
    });

    it('adds Chinese names to the hexagrams a text mentions and flags disrespectful wording', async () => {
      const { token } = await register();
      const res = (
        await call('POST', '/api/ai/cultural-context', {
          token,
          body: { text: 'The hexagram Peace suggests harmony between heaven and earth', currentDepth: 1 },
        })
      ).json.data;
      expect(res.enhancedText).toBe('The hexagram Peace (泰, Tài) suggests harmony between heaven and earth');
      expect(res.culturalElements).toEqual([expect.objectContaining({ term: 'Peace', chinese: '泰', depth: 1 })]);
      expect(res.validation).toMatchObject({ respectfulLanguage: true, flaggedConcerns: [] });
      const deep = (
        await call('POST', '/api/ai/cultural-context', {
          token,
          body: { text: 'Oriental fortune telling with Peace over heaven', currentDepth: 2 },
        })
      ).json.data;
      expect(deep.culturalElements.map((e: { term: string }) => e.term)).toEqual(['Peace', 'Heaven']);
      expect(deep.validation.respectfulLanguage).toBe(false);
      expect(deep.validation.flaggedConcerns).toHaveLength(2);
    });

    it('recommends a model by complexity with the cost difference', async () => {
      const { token } = await register();
      const weighty = (
        await call('POST', '/api/ai/model-selection', {
          token,
          body: { question: 'Should I change my career or should I decide about my relationship future?', preferredBalance: 'quality' },
        })
      ).json.data;
      expect(weighty.recommendedModel).toBe('gpt-4');
      expect(weighty.reasoning.costImplication.estimatedCost).toBe(0.018);
      expect(weighty.alternatives[0]).toMatchObject({ model: 'gpt-3.5-turbo', costDifference: -0.0153 });
      const simple = (
        await call('POST', '/api/ai/model-selection', {
          token,
          body: { question: 'What is a good color today?', preferredBalance: 'cost' },
        })
      ).json.data;
      expect(simple.recommendedModel).toBe('gpt-3.5-turbo');
    });
  });

  describe('subscriptions and the Stripe webhook', () => {
    const SECRET = 'whsec_contract_stubs_sage';

    async function hmacHex(secret: string, message: string): Promise<string> {
      const encoder = new TextEncoder();
      const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
      return Buffer.from(mac).toString('hex');
    }

    /** Signs `signed` (default: the bytes sent) and sends `payload` (default: the event's compact JSON). */
    async function sendWebhook(
      event: Record<string, unknown>,
      options: { secret?: string; t?: number; header?: string; payload?: string; signed?: string } = {},
    ) {
      const payload = options.payload ?? JSON.stringify(event);
      const t = options.t ?? Math.floor(Date.now() / 1000);
      const signature = options.header ?? `t=${t},v1=${await hmacHex(options.secret ?? SECRET, `${t}.${options.signed ?? payload}`)}`;
      return call('POST', '/api/webhooks/stripe', {
        rawBody: payload,
        // Prism's proxy forwards a JSON body re-serialised: bytes chosen by the test go straight to the stubs.
        ...(options.payload !== undefined ? { direct: true } : {}),
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
      });
    }

    async function subscribe(token: string, tier = 'premium', billingCycle = 'monthly') {
      const res = await call('POST', '/api/subscription/create', {
        token,
        body: { tier, paymentMethodId: 'pm_1234567890abcdef', billingCycle },
      });
      expect(res.status, res.text).toBe(201);
      return res.json.data.subscription;
    }

    it('subscribing changes the tier at once, with period dates and the price; limits follow', async () => {
      const { token } = await register();
      const sub = await subscribe(token);
      expect(sub).toMatchObject({ tier: 'premium', status: 'active', billingCycle: 'monthly', amount: 699, currency: 'usd' });
      expect(sub.id).toMatch(/^sub_[0-9a-f]{32}$/);
      const start = new Date(sub.currentPeriodStart);
      const end = new Date(start);
      end.setUTCMonth(end.getUTCMonth() + 1);
      expect(sub.currentPeriodEnd).toBe(end.toISOString());
      expect(sub.nextBillingDate).toBe(sub.currentPeriodEnd);
      const profile = await call('GET', '/api/user/profile', { token });
      expect(profile.json.data.user.subscriptionTier).toBe('premium');
      expect(profile.json.data.user.subscription).toMatchObject({ tier: 'premium', status: 'active', cancelAtPeriodEnd: false });
      expect(profile.headers.get('x-ratelimit-tier')).toBe('premium');
      expect(profile.headers.get('x-ratelimit-limit')).toBe('500');
      // Free users could make 3 consultations an hour; premium 50.
      for (let i = 0; i < 4; i++) await consult(token);
      const yearly = await subscribe(token, 'pro', 'yearly');
      expect(yearly).toMatchObject({ tier: 'pro', amount: 14990 });
      expect(yearly.id).not.toBe(sub.id);
      const after = await call('GET', '/api/user/profile', { token });
      expect(after.headers.get('x-ratelimit-tier')).toBe('pro');
      const free = await call('POST', '/api/subscription/create', {
        token,
        body: { tier: 'free', paymentMethodId: 'pm_1', billingCycle: 'monthly' },
      });
      expect(expectEnvelope(free, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.tier');
    });

    it('a signed customer.subscription.updated and .deleted are applied to the user', async () => {
      const { token } = await register();
      const sub = await subscribe(token);
      const periodEnd = Math.floor(Date.parse('2030-01-01T00:00:00Z') / 1000);
      const updated = await sendWebhook({
        id: 'evt_1',
        object: 'event',
        type: 'customer.subscription.updated',
        data: {
          object: {
            id: sub.id,
            object: 'subscription',
            status: 'past_due',
            cancel_at_period_end: true,
            current_period_end: periodEnd,
            metadata: { tier: 'pro' },
          },
        },
      });
      expect(updated.status, updated.text).toBe(200);
      expect(updated.json).toEqual({ received: true });
      const profile = await call('GET', '/api/user/profile', { token });
      expect(profile.json.data.user.subscriptionTier).toBe('pro');
      expect(profile.json.data.user.subscription).toMatchObject({
        status: 'past_due',
        cancelAtPeriodEnd: true,
        currentPeriodEnd: '2030-01-01T00:00:00.000Z',
      });
      const unknown = await sendWebhook({ id: 'evt_2', object: 'event', type: 'invoice.paid', data: { object: { id: 'in_1' } } });
      expect(unknown.json).toEqual({ received: true });
      const deleted = await sendWebhook({
        id: 'evt_3',
        object: 'event',
        type: 'customer.subscription.deleted',
        data: { object: { id: sub.id } },
      });
      expect(deleted.status).toBe(200);
      const back = await call('GET', '/api/user/profile', { token });
      expect(back.json.data.user.subscriptionTier).toBe('free');
      expect(back.json.data.user.subscription).toBeUndefined();
    });

    it('checks the signature over the bytes as sent: any layout that was signed, no byte changed after', async () => {
      const { token } = await register();
      const sub = await subscribe(token);
      const updated = (tier: string) => ({
        id: 'evt_layout',
        object: 'event',
        type: 'customer.subscription.updated',
        data: { object: { id: sub.id, object: 'subscription', metadata: { tier } } },
      });
      const tierNow = async () => (await call('GET', '/api/user/profile', { token })).json.data.user.subscriptionTier;
      // Pretty-printed, with a character escaped (`\u0065` for `e`): parsing and re-serialising would change both.
      const pretty = JSON.stringify(updated('pro'), null, 2).replace('"event"', '"\\u0065vent"');
      const accepted = await sendWebhook(updated('pro'), { payload: pretty });
      expect(accepted.status, accepted.text).toBe(200);
      expect(await tierNow()).toBe('pro');
      // The same event, signed compact and sent pretty (or the other way round): refused.
      for (const options of [
        { payload: JSON.stringify(updated('premium'), null, 2), signed: JSON.stringify(updated('premium')) },
        { payload: JSON.stringify(updated('premium')), signed: JSON.stringify(updated('premium'), null, 2) },
      ]) {
        const refused = await sendWebhook(updated('premium'), options);
        expect(expectEnvelope(refused, 400, 'VALIDATION_ERROR').details).toEqual([
          { field: 'header.stripe-signature', message: 'no v1 signature matches the payload' },
        ]);
      }
      expect(await tierNow()).toBe('pro');
    });

    it('a data.object nested past 64 levels is a 400 naming the limit, signed or not, and changes nothing', async () => {
      const { token } = await register();
      const sub = await subscribe(token);
      // `data.object` takes any field: this one used to reach the handler, whose re-serialisation overflowed (500).
      const deep = `${'['.repeat(4500)}${']'.repeat(4500)}`;
      const payload = `{"id":"evt_deep","object":"event","type":"customer.subscription.deleted","data":{"object":{"id":"${sub.id}","deep":${deep}}}}`;
      for (const options of [{ payload }, { payload, header: 'nonsense' }]) {
        const refused = await sendWebhook({}, options);
        expect(expectEnvelope(refused, 400, 'VALIDATION_ERROR').message).toBe(
          'body: nests arrays and objects more than 64 levels deep (the limit)',
        );
      }
      const missing = await call('POST', '/api/webhooks/stripe', { rawBody: payload, headers: { 'content-type': 'application/json' } });
      expectEnvelope(missing, 400, 'VALIDATION_ERROR');
      expect((await call('GET', '/api/user/profile', { token })).json.data.user.subscriptionTier).toBe('premium');
    });

    it('refuses a missing, malformed, wrong or stale signature with 400 and changes nothing', async () => {
      const { token } = await register();
      const sub = await subscribe(token);
      const event = { id: 'evt_x', object: 'event', type: 'customer.subscription.deleted', data: { object: { id: sub.id } } };
      const missing = await call('POST', '/api/webhooks/stripe', { body: event });
      expect(expectEnvelope(missing, 400, 'VALIDATION_ERROR').details[0].field).toBe('header.stripe-signature');
      for (const res of [
        await sendWebhook(event, { header: 'v1=abc' }),
        await sendWebhook(event, { secret: 'whsec_wrong' }),
        await sendWebhook(event, { t: Math.floor(Date.now() / 1000) - 3600 }),
      ]) {
        expect(expectEnvelope(res, 400, 'VALIDATION_ERROR').details).toEqual([
          { field: 'header.stripe-signature', message: expect.any(String) },
        ]);
      }
      const profile = await call('GET', '/api/user/profile', { token });
      expect(profile.json.data.user.subscriptionTier).toBe('premium');
      const v1 = await call('POST', '/api/v1/subscription/create', {
        token,
        body: { tier: 'pro', paymentMethodId: 'pm_abc', billingCycle: 'monthly' },
      });
      expect(v1.status).toBe(201);
      expect(v1.json.data.subscription.tier).toBe('pro');
    });
  });

  describe('admin', () => {
    const ADMIN = ['admin@sage.test', 'SageAdmin2025!'] as const;

    it('refuses every admin operation to non-admins with 403 AUTHORIZATION_ERROR', async () => {
      const { token } = await login('pro@sage.test');
      for (const [method, path, body] of [
        ['GET', '/api/admin/users'],
        ['PATCH', '/api/admin/hexagrams/11', { culturalNotes: 'x' }],
        ['GET', '/api/admin/analytics'],
      ] as const) {
        const res = await call(method, path, { token, ...(body ? { body } : {}) });
        expectEnvelope(res, 403, 'AUTHORIZATION_ERROR');
        expectEnvelope(await call(method, path, body ? { body } : {}), 401, 'AUTHENTICATION_ERROR');
      }
    });

    it('lists the real users with filters and pagination', async () => {
      const { token } = await login(...ADMIN);
      const a = await register();
      await register();
      await consult(a.token);
      const all = await call('GET', '/api/admin/users', { token });
      expect(all.status, all.text).toBe(200);
      expect(all.json.data.pagination).toEqual({ total: 6, limit: 50, offset: 0, hasMore: false });
      const emails = all.json.data.users.map((u: { email: string }) => u.email);
      expect(emails).toEqual(expect.arrayContaining(['admin@sage.test', 'free@sage.test', a.email]));
      expect(all.json.data.users.find((u: { email: string }) => u.email === a.email)).toMatchObject({
        totalConsultations: 1,
        status: 'active',
        subscriptionTier: 'free',
      });
      const premium = await call('GET', '/api/admin/users?tier=premium', { token });
      expect(premium.json.data.users.map((u: { email: string }) => u.email)).toEqual(['premium@sage.test']);
      const page = await call('GET', '/api/admin/users?tier=free&limit=2&offset=1', { token });
      expect(page.json.data.pagination).toEqual({ total: 3, limit: 2, offset: 1, hasMore: false });
      expect(page.json.data.users).toHaveLength(2);
      const inactive = await call('GET', '/api/v1/admin/users?status=inactive', { token });
      expect(inactive.json.data.pagination.total).toBe(0);
      const bad = await call('GET', '/api/admin/users?limit=500', { token });
      expect(expectEnvelope(bad, 400, 'VALIDATION_ERROR').details[0].field).toBe('query.limit');
    });

    it('hexagram edits change what later consultations answer', async () => {
      const { token } = await login(...ADMIN);
      const first = await call('PATCH', '/api/admin/hexagrams/11', {
        token,
        body: {
          traditionalInterpretation: 'Edited judgment 11',
          culturalNotes: 'Notes 11',
          reviewedBy: 'dr_wang_cultural_expert',
          reviewDate: '2025-07-30T12:00:00Z',
        },
      });
      expect(first.status, first.text).toBe(200);
      expect(first.json.data.hexagram).toMatchObject({
        number: 11,
        name: 'Peace',
        traditionalInterpretation: 'Edited judgment 11',
        culturalNotes: 'Notes 11',
        reviewedBy: 'dr_wang_cultural_expert',
      });
      for (let n = 1; n <= 64; n++) {
        if (n !== 11)
          await call('PATCH', `/api/admin/hexagrams/${n}`, {
            token,
            body: { traditionalInterpretation: `Edited judgment ${n}`, culturalNotes: `Notes ${n}` },
          });
      }
      const c = await consult(token);
      expect(c.interpretations.traditional.judgment).toBe(`Edited judgment ${c.hexagramData.number}`);
      expect(c.interpretations.traditional.culturalNotes).toBe(`Notes ${c.hexagramData.number}`);
      expect(c.interpretations.personal.interpretation).toContain(`Edited judgment ${c.hexagramData.number}`);
      const out = await call('PATCH', '/api/admin/hexagrams/65', { token, body: { culturalNotes: 'x' } });
      expect(expectEnvelope(out, 400, 'VALIDATION_ERROR').details[0].field).toBe('path.hexagramNumber');
      const empty = await call('PATCH', '/api/admin/hexagrams/1', { token, body: {} });
      expectEnvelope(empty, 400, 'VALIDATION_ERROR');
    });

    it('platform analytics are computed from stored users, consultations and subscriptions', async () => {
      const { token } = await login(...ADMIN);
      const a = await register();
      await consult(a.token, { category: 'health' });
      const made = await consult(a.token, { question: 'How do I find peace in my relationships?', category: 'relationships' });
      await call('PATCH', `/api/consultation/${made.id}`, { token: a.token, body: { rating: 4 } });
      await call('POST', '/api/subscription/create', {
        token: a.token,
        body: { tier: 'pro', paymentMethodId: 'pm_1', billingCycle: 'yearly' },
      });
      const res = await call('GET', '/api/admin/analytics?period=week', { token });
      expect(res.status, res.text).toBe(200);
      const { analytics } = res.json.data;
      expect(analytics.period).toBe('week');
      expect(analytics.users).toEqual({ total: 5, new: 5, active: 5, churned: 0, byTier: { free: 1, premium: 1, pro: 3 } });
      expect(analytics.consultations).toEqual({
        total: 2,
        averageRating: 4,
        byCategory: { career: 0, relationships: 1, health: 1, spiritual: 0, general: 0 },
      });
      // Charges: the seeded premium 699, pro 1499 and admin (pro) 1499, and a's yearly pro
      // 14990; mrr counts a's as a twelfth.
      expect(analytics.revenue).toEqual({
        total: 699 + 1499 + 1499 + 14990,
        currency: 'usd',
        byTier: { premium: 699, pro: 1499 + 1499 + 14990 },
        mrr: 699 + 1499 + 1499 + 1249,
        churnRate: 0,
      });
      const only = await call('GET', '/api/admin/analytics?metrics=users', { token });
      expect(Object.keys(only.json.data.analytics).sort()).toEqual(['dateRange', 'period', 'users']);
      const bad = await call('GET', '/api/admin/analytics?metrics=profit', { token });
      expect(expectEnvelope(bad, 400, 'VALIDATION_ERROR').details[0].field).toBe('query.metrics');
    });
  });

  describe('revenue', () => {
    const ADMIN = ['admin@sage.test', 'SageAdmin2025!'] as const;
    const SECRET = 'whsec_contract_stubs_sage';

    async function signed(event: Record<string, unknown>) {
      const payload = JSON.stringify(event);
      const t = Math.floor(Date.now() / 1000);
      const encoder = new TextEncoder();
      const key = await crypto.subtle.importKey('raw', encoder.encode(SECRET), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const mac = Buffer.from(await crypto.subtle.sign('HMAC', key, encoder.encode(`${t}.${payload}`))).toString('hex');
      const res = await call('POST', '/api/webhooks/stripe', {
        rawBody: payload,
        headers: { 'content-type': 'application/json', 'stripe-signature': `t=${t},v1=${mac}` },
      });
      expect(res.status, res.text).toBe(200);
    }

    async function revenue() {
      const { token } = await login(...ADMIN);
      const res = await call('GET', '/api/admin/analytics?metrics=users,revenue', { token });
      expect(res.status, res.text).toBe(200);
      return res.json.data.analytics;
    }

    async function subscribe(token: string, tier: string, billingCycle: string) {
      const res = await call('POST', '/api/subscription/create', { token, body: { tier, paymentMethodId: 'pm_1', billingCycle } });
      expect(res.status, res.text).toBe(201);
      return res.json.data.subscription;
    }

    const SEEDED = { premium: 699, pro: 1499 + 1499 };

    it('an upgrade keeps the earlier charge; a cancelled subscription keeps what it charged', async () => {
      const { token } = await register();
      await subscribe(token, 'premium', 'monthly');
      const upgraded = await subscribe(token, 'pro', 'yearly');
      let analytics = await revenue();
      expect(analytics.revenue.byTier).toEqual({ premium: SEEDED.premium + 699, pro: SEEDED.pro + 14990 });
      expect(analytics.revenue.total).toBe(SEEDED.premium + SEEDED.pro + 699 + 14990);
      // mrr: the paid accounts byTier counts, each at its current subscription's monthly share.
      expect(analytics.users.byTier).toEqual({ free: 1, premium: 1, pro: 3 });
      expect(analytics.revenue.mrr).toBe(699 + 1499 + 1499 + Math.round(14990 / 12));

      await signed({ id: 'evt_c', object: 'event', type: 'customer.subscription.deleted', data: { object: { id: upgraded.id } } });
      analytics = await revenue();
      expect(analytics.revenue.total).toBe(SEEDED.premium + SEEDED.pro + 699 + 14990);
      expect(analytics.users.byTier).toEqual({ free: 2, premium: 1, pro: 2 });
      expect(analytics.users.churned).toBe(1);
      expect(analytics.revenue.mrr).toBe(699 + 1499 + 1499);
    });

    it('mrr follows the accounts: a seeded subscription moved to pro by Stripe counts at the pro price', async () => {
      // The seeded premium account's subscription id is `sub_` and its account id's digits.
      await signed({
        id: 'evt_u',
        object: 'event',
        type: 'customer.subscription.updated',
        data: { object: { id: 'sub_00000000000040008000000000000003', metadata: { tier: 'pro' } } },
      });
      const analytics = await revenue();
      expect(analytics.users.byTier).toEqual({ free: 1, premium: 0, pro: 3 });
      expect(analytics.revenue.mrr).toBe(3 * 1499);
      // No new charge: the premium charge made at seeding stays premium.
      expect(analytics.revenue.byTier).toEqual(SEEDED);
    });
  });

  describe('exports', () => {
    it('202 processing, completed at the first poll, and a download of exactly fileSize bytes with the real data', async () => {
      const { token } = await register();
      const c1 = await consult(token);
      const c2 = await consult(token, { question: 'How should I approach my health this season?', category: 'health' });
      const created = await call('POST', '/api/user/export', {
        token,
        body: { format: 'json', includeConsultations: true, includeAnalytics: true },
      });
      expect(created.status, created.text).toBe(202);
      const { exportId, status } = created.json.data;
      expect(status).toBe('processing');
      expect(exportId).toMatch(/^export_[0-9a-f]{32}$/);
      const early = await call('GET', `/api/user/export/${exportId}/download`, { token });
      expect(expectEnvelope(early, 409, 'VALIDATION_ERROR').details).toEqual({ exportId });
      const polled = await call('GET', `/api/user/export/${exportId}`, { token });
      expect(polled.status).toBe(200);
      const exp = polled.json.data.export;
      expect(exp).toMatchObject({ id: exportId, status: 'completed', format: 'json' });
      expect(exp.downloadUrl).toMatch(new RegExp(`/api/user/export/${exportId}/download$`));
      expect(Date.parse(exp.expiresAt) - Date.parse(exp.completedAt)).toBe(7 * 24 * 3600 * 1000);
      // Straight to the stub: a proxy may re-serialise JSON, and this checks the stub's own bytes.
      const file = await call('GET', `/api/user/export/${exportId}/download`, { token, direct: true });
      expect(file.status).toBe(200);
      expect(file.bytes.byteLength).toBe(exp.fileSize);
      expect(file.headers.get('content-disposition')).toContain(`sage-export-${exportId}.json`);
      const data = JSON.parse(file.text);
      expect(data.consultations.map((c: { id: string }) => c.id)).toEqual([c1.id, c2.id]);
      expect(data.consultations[0].interpretations).toEqual(c1.interpretations);
      expect(data.analytics.totalConsultations).toBe(2);
      const other = await register();
      expectEnvelope(await call('GET', `/api/user/export/${exportId}`, { token: other.token }), 404, 'NOT_FOUND');
    });

    it('honours the sections and the date range, and refuses a reversed range', async () => {
      const { token } = await register();
      await consult(token);
      const created = await call('POST', '/api/v1/user/export', {
        token,
        body: { format: 'json', includeAnalytics: false, dateRange: { startDate: '2020-01-01', endDate: '2020-12-31' } },
      });
      expect(created.status).toBe(202);
      const id = created.json.data.exportId;
      await call('GET', `/api/user/export/${id}`, { token });
      const data = JSON.parse((await call('GET', `/api/user/export/${id}/download`, { token })).text);
      expect(data.consultations).toEqual([]);
      expect(data.analytics).toBeUndefined();
      const reversed = await call('POST', '/api/user/export', {
        token,
        body: { format: 'json', dateRange: { startDate: '2025-02-01', endDate: '2025-01-01' } },
      });
      expect(expectEnvelope(reversed, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.dateRange.startDate');
      const csv = await call('POST', '/api/user/export', { token, body: { format: 'csv' } });
      expect(expectEnvelope(csv, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.format');
    });
  });

  describe('cultural depth', () => {
    it('scores the assessment from the answers', async () => {
      const { token } = await register();
      const good = await call('POST', '/api/cultural/assess', {
        token,
        body: {
          currentLevel: 1,
          assessmentType: 'knowledge',
          responses: [
            { questionId: 'q1_yin_yang', answer: 'Balance of opposing forces', confidence: 4 },
            { questionId: 'q2_five_elements', answer: 'Wood, Fire, Earth, Metal, Water', confidence: 5 },
          ],
        },
      });
      expect(good.status, good.text).toBe(200);
      expect(good.json.data).toMatchObject({ score: 100, maxScore: 100, percentage: 100, level: 1, canProgress: true });
      expect(good.json.data.areas).toEqual({
        strong: ['Basic philosophy', 'Symbol recognition'],
        needsImprovement: [],
        recommendations: [],
      });
      const today = Date.parse(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
      expect(Date.parse(good.json.data.nextAssessmentDate)).toBeGreaterThanOrEqual(today + 13 * 86_400_000);
      const mixed = await call('POST', '/api/cultural/assess', {
        token,
        body: {
          currentLevel: 1,
          assessmentType: 'knowledge',
          responses: [
            { questionId: 'q1_yin_yang', answer: 'Complementary forces' },
            { questionId: 'q2_five_elements', answer: 'Wood and fire' },
            { questionId: 'q4_king_wen', answer: 'I do not know' },
          ],
        },
      });
      expect(mixed.json.data).toMatchObject({ score: 33, percentage: 33, canProgress: false });
      expect(mixed.json.data.areas.needsImprovement).toEqual(['Symbol recognition', 'Historical context']);
      expect(mixed.json.data.areas.recommendations).toContain('Study the historical development of I Ching');
      const unknown = await call('POST', '/api/cultural/assess', {
        token,
        body: { currentLevel: 1, assessmentType: 'knowledge', responses: [{ questionId: 'q9_nothing', answer: 'x' }] },
      });
      expect(expectEnvelope(unknown, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.responses.0.questionId');
      const level = await call('POST', '/api/cultural/assess', {
        token,
        body: { currentLevel: 2, assessmentType: 'knowledge', responses: [{ questionId: 'q1_yin_yang', answer: 'balance' }] },
      });
      expect(expectEnvelope(level, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.currentLevel');
    });

    it('serves content by level and topic, detailed or summary, with the progression path', async () => {
      const { token } = await register();
      const res = await call('GET', '/api/cultural/content?level=1&topic=philosophy&format=detailed', { token });
      expect(res.status, res.text).toBe(200);
      expect(res.json.data.content.map((c: { id: string }) => c.id)).toEqual(['content_yin_yang_intro']);
      expect(res.json.data.content[0].historicalContext).toBe('First documented in the I Ching around 1000 BCE');
      expect(res.json.data.progressionPath).toEqual({
        currentPosition: 1,
        totalSteps: 6,
        nextMilestone: 'The Eight Trigrams',
        estimatedTimeToNext: '1 week',
      });
      const level2 = await call('GET', '/api/cultural/content?level=2&format=summary', { token });
      expect(
        level2.json.data.content.every(
          (c: { level: number; historicalContext?: string }) => c.level === 2 && c.historicalContext === undefined,
        ),
      ).toBe(true);
      expect(level2.json.data.content).toHaveLength(3);
      expect(level2.json.data.progressionPath).toMatchObject({ currentPosition: 4, nextMilestone: null });
      const mine = await call('GET', '/api/cultural/content', { token });
      expect(mine.json.data.content.every((c: { level: number }) => c.level === 1)).toBe(true);
      const bad = await call('GET', '/api/cultural/content?topic=astrology', { token });
      expect(expectEnvelope(bad, 400, 'VALIDATION_ERROR').details[0].field).toBe('query.topic');
    });
  });

  describe('performance and UX analytics', () => {
    it('stores metrics and UX events and summarises exactly what was sent', async () => {
      const { token, user } = await register();
      const empty = await call('GET', '/api/analytics/performance/summary?period=week', { token });
      expect(empty.status, empty.text).toBe(200);
      expect(empty.json.data.userMetrics).toEqual({ averageLoadTime: 0, averageStreamingLatency: 0, averageFps: 0, engagementScore: 0 });
      expect(empty.json.data.systemMetrics).toEqual({ overallPerformance: 'good', bottlenecks: [] });
      const send = (metricType: string, metricValue: number) =>
        call('POST', '/api/analytics/performance', { token, body: { userId: user.id, sessionId: 'sess_abc123', metricType, metricValue } });
      const low = await send('animation_fps', 25);
      expect(low.status, low.text).toBe(201);
      expect(low.json.data.status).toBe('recorded');
      expect(low.json.data.recommendations).toEqual([
        'Consider reducing animation complexity on this device',
        'GPU acceleration recommended for smoother performance',
      ]);
      expect((await send('animation_fps', 58.5)).json.data.recommendations).toEqual([]);
      await send('streaming_latency', 400);
      await send('streaming_latency', 500);
      await send('load_time', 1250);
      const ux = await call('POST', '/api/analytics/ux', {
        token,
        body: {
          event: 'consultation_start',
          duration: 450000,
          satisfaction: 5,
          aiPersonality: 'contemplative',
          context: { hadErrors: false },
        },
      });
      expect(ux.status).toBe(201);
      expect(ux.json.data.insights).toEqual([
        'Consultation duration optimal for contemplative personality',
        'High satisfaction suggests good personality match',
      ]);
      await call('POST', '/api/analytics/ux', { token, body: { event: 'consultation_end', satisfaction: 3 } });
      const summary = await call('GET', '/api/analytics/performance/summary?period=week', { token });
      expect(summary.json.data.userMetrics).toEqual({
        averageLoadTime: 1250,
        averageStreamingLatency: 450,
        averageFps: 41.8,
        engagementScore: 0.8,
      });
      expect(summary.json.data.systemMetrics.overallPerformance).toBe('poor');
      expect(summary.json.data.systemMetrics.bottlenecks.map((b: { type: string }) => b.type)).toEqual(['network_latency', 'rendering']);
      const other = await call('POST', '/api/analytics/performance', {
        token,
        body: { userId: '123e4567-e89b-12d3-a456-426614174000', sessionId: 's', metricType: 'load_time', metricValue: 1 },
      });
      expect(expectEnvelope(other, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.userId');
      const badType = await call('POST', '/api/analytics/performance', {
        token,
        body: { sessionId: 's', metricType: 'cpu', metricValue: 1 },
      });
      expect(expectEnvelope(badType, 400, 'VALIDATION_ERROR').details[0].field).toBe('body.metricType');
    });
  });

  describe('calendar integration (simulated)', () => {
    it('connects, syncs events with guidance for the important ones, and reads insights', async () => {
      const email = 'premium@sage.test';
      const { token } = await login(email);
      expectEnvelope(await call('POST', '/api/integration/calendar/sync', { token }), 404, 'NOT_FOUND');
      const connected = await call('POST', '/api/integration/calendar/connect', { token, body: CALENDAR });
      expect(connected.status, connected.text).toBe(201);
      expect(connected.json.data.integration).toMatchObject({
        provider: 'google',
        status: 'connected',
        userEmail: email,
        lastSyncAt: null,
      });
      expectEnvelope(await call('GET', '/api/integration/calendar/insights', { token }), 404, 'NOT_FOUND');
      const synced = await call('POST', '/api/integration/calendar/sync', { token });
      expect(synced.status).toBe(200);
      const { sync } = synced.json.data;
      expect(sync.eventsProcessed).toBeGreaterThanOrEqual(8);
      expect(Date.parse(sync.nextSyncAt) - Date.parse(sync.lastSyncAt)).toBe(86_400_000);
      const insights = await call('GET', '/api/integration/calendar/insights?days=30', { token });
      expect(insights.status, insights.text).toBe(200);
      const { upcomingEvents, patterns } = insights.json.data.insights;
      expect(upcomingEvents).toHaveLength(sync.guidanceGenerated);
      for (const e of upcomingEvents) expect(e.title).toMatch(/review|interview|presentation|deadline|negotiation/i);
      const starts = upcomingEvents.map((e: { startTime: string }) => e.startTime);
      expect(starts).toEqual([...starts].sort());
      expect(patterns.recommendations).toHaveLength(2);
      const bad = await call('GET', '/api/integration/calendar/insights?days=90', { token });
      expect(expectEnvelope(bad, 400, 'VALIDATION_ERROR').details[0].field).toBe('query.days');
    });
  });

  describe('calendar in daily guidance', () => {
    it('a synced day with an important event gets its calendar context; other days and unsynced calendars none', async () => {
      const { token } = await login('premium@sage.test');
      // Asia/Kolkata is UTC+05:30 all year: local times end in :30.
      const kolkata = await call('PATCH', '/api/user/profile', { token, body: { preferences: { timezone: 'Asia/Kolkata' } } });
      expect(kolkata.status, kolkata.text).toBe(200);
      const local = (iso: string | number) => new Date(new Date(iso).getTime() + 330 * 60_000);
      const daily = async (date: string) => (await call('GET', `/api/guidance/daily?date=${date}`, { token })).json.data.guidance;
      expect((await call('POST', '/api/integration/calendar/connect', { token, body: CALENDAR })).status).toBe(201);
      // Connected but never synced: no calendar context, and these answers are stored.
      const days = Array.from({ length: 16 }, (_, i) =>
        local(Date.now() + i * 86_400_000)
          .toISOString()
          .slice(0, 10),
      );
      for (const date of days) {
        const before = await daily(date);
        expect(before.personalizedInsights.calendarContext).toBeUndefined();
        expect(before.aiContext.personalizedElements).not.toContain('calendar_events');
      }
      expect((await call('POST', '/api/integration/calendar/sync', { token })).status).toBe(200);
      const { upcomingEvents } = (await call('GET', '/api/integration/calendar/insights?days=30', { token })).json.data.insights;
      expect(upcomingEvents.length).toBeGreaterThan(0);
      const [event] = upcomingEvents;
      const start = local(event.startTime);
      const date = start.toISOString().slice(0, 10);
      const hour = start.getUTCHours();
      const time = `${hour % 12 || 12}:30 ${hour < 12 ? 'AM' : 'PM'}`;
      const guidance = await daily(date);
      expect(guidance.personalizedInsights.calendarContext).toContain(`${event.title} at ${time}`);
      expect(guidance.personalizedInsights.calendarContext).toContain(guidance.hexagram.name);
      expect(guidance.personalizedInsights.nextSteps).toContain(`${event.title} at ${time}`);
      expect(guidance.aiContext.personalizedElements.slice(-2)).toEqual(['calendar_events', 'user_preferences']);

      // A day the calendar has nothing on, and a user without a calendar: no calendar context.
      const past = await daily('2025-07-30');
      expect(past.personalizedInsights.calendarContext).toBeUndefined();
      expect(past.aiContext.personalizedElements).not.toContain('calendar_events');
      const other = await login('pro@sage.test');
      const plain = (await call('GET', `/api/guidance/daily?date=${date}`, { token: other.token })).json.data.guidance;
      expect(plain.personalizedInsights.calendarContext).toBeUndefined();
      expect(plain.aiContext.personalizedElements).not.toContain('calendar_events');
    });
  });

  describe('errors', () => {
    it('every operation but register, login and refresh needs a valid access token', async () => {
      const { token } = await register();
      await call('POST', '/api/auth/logout', { token });
      const question = { question: QUESTION, category: 'career' };
      for (const [method, path, body] of [
        ['POST', '/api/auth/logout'],
        ['POST', '/api/consultation/create', question],
        ['POST', '/api/consultation/create-stream', question],
        ['GET', '/api/consultation/cons_abc'],
        ['PATCH', '/api/consultation/cons_abc', { favorite: true }],
        ['GET', '/api/consultation/history'],
        ['GET', '/api/consultation/costs'],
        ['POST', '/api/ai/detect-personality', { question: QUESTION }],
        ['POST', '/api/ai/cultural-context', { text: 'Peace' }],
        ['POST', '/api/ai/model-selection', { question: QUESTION }],
        ['GET', '/api/ai/cost-analytics'],
        ['GET', '/api/guidance/daily'],
        ['POST', '/api/guidance/generate', { focusArea: 'career' }],
        ['GET', '/api/user/profile'],
        ['PATCH', '/api/user/profile', { displayName: 'X' }],
        ['GET', '/api/user/analytics'],
        ['POST', '/api/user/cultural-progression', { action: 'check', currentLevel: 1 }],
        ['POST', '/api/subscription/create', { tier: 'premium', paymentMethodId: 'pm_1', billingCycle: 'monthly' }],
        ['POST', '/api/user/export', { format: 'json' }],
        ['GET', '/api/cultural/content'],
        ['GET', '/api/analytics/performance/summary'],
        ['POST', '/api/integration/calendar/sync'],
        ['GET', '/api/user/export/export_x'],
        ['GET', '/api/user/export/export_x/download'],
      ] as const) {
        for (const credentials of [{}, { token }, { token: 'not.a.jwt' }]) {
          const res = await call(method, path, { ...credentials, ...(body ? { body } : {}) });
          expect(expectEnvelope(res, 401, 'AUTHENTICATION_ERROR').message, `${method} ${path}`).toMatch(/^header\.authorization: /);
        }
      }
      const period = await call('GET', '/api/consultation/costs?period=decade', { token: (await register()).token });
      expect(expectEnvelope(period, 400, 'VALIDATION_ERROR').details[0].field).toBe('query.period');
    });

    it('maps every status onto the prose’s code table, each code with its own wisdom', async () => {
      const quotes = new Set<string>();
      for (const [method, path, status, code] of [
        ['POST', '/api/guidance/generate', 400, 'VALIDATION_ERROR'],
        ['POST', '/api/guidance/generate', 401, 'AUTHENTICATION_ERROR'],
        ['POST', '/api/guidance/generate', 402, 'SUBSCRIPTION_REQUIRED'],
        ['GET', '/api/consultation/cons_x', 404, 'NOT_FOUND'],
        ['POST', '/api/auth/register', 409, 'VALIDATION_ERROR'],
        ['POST', '/api/guidance/generate', 413, 'VALIDATION_ERROR'],
        ['POST', '/api/guidance/generate', 415, 'VALIDATION_ERROR'],
        ['POST', '/api/guidance/generate', 429, 'RATE_LIMIT_EXCEEDED'],
        ['POST', '/api/guidance/generate', 500, 'INTERNAL_ERROR'],
        ['POST', '/api/integration/calendar/sync', 502, 'INTEGRATION_ERROR'],
        ['POST', '/api/guidance/generate', 503, 'AI_SERVICE_ERROR'],
      ] as const) {
        const error = expectEnvelope(await call(method, path, { headers: { prefer: `code=${status}, dynamic=true` } }), status, code);
        quotes.add(error.wisdom.chineseQuote);
      }
      expect(quotes.size).toBe(8);
      // The documented example of a provider failure, on every operation that calls one.
      for (const [method, path] of [
        ['POST', '/api/integration/calendar/connect'],
        ['GET', '/api/integration/calendar/insights'],
        ['POST', '/api/subscription/create'],
      ] as const) {
        expectEnvelope(await call(method, path, { headers: { prefer: 'code=502' } }), 502, 'INTEGRATION_ERROR');
      }
    });

    it('every error carries the wisdom envelope; unknown paths and methods too; /api/v1 is an alias', async () => {
      const unknown = await call('GET', '/api/nothing-here');
      expectEnvelope(unknown, 404, 'NOT_FOUND');
      const method = await call('DELETE', '/api/user/profile');
      expect(expectEnvelope(method, 405, 'METHOD_NOT_ALLOWED').context.errorCategory).toBe('method_not_allowed');
      expect(method.headers.get('allow')).toBe('GET, PATCH');
      const malformed = await call('POST', '/api/auth/login', { rawBody: '{', headers: { 'content-type': 'application/json' } });
      expectEnvelope(malformed, 400, 'VALIDATION_ERROR');
      const forced = await call('POST', '/api/consultation/create', { headers: { prefer: 'code=503' } });
      expectEnvelope(forced, 503, 'AI_SERVICE_ERROR');
      const { token } = await register();
      const v1 = await call('GET', '/api/v1/user/profile', { token });
      expect(v1.status).toBe(200);
      expect(v1.json.data.user.email).toMatch(/@example\.com$/);
    });
  });
}
