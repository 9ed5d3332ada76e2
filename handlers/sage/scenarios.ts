// Named states for sage's screens, built only by the API's own requests (register, subscribe,
// consult, annotate, connect a calendar), so they hold what a user reaching them through the app
// would have, and consultations count against the world's rate limiter as the app's do.

import { ADMIN_PASSWORD, seedAccounts } from '../../fixtures/sage/accounts.ts';
import type { Scenario, ScenarioContext } from '../../src/core/index.ts';
import type { components } from '../../src/generated/sage.ts';
import { step } from '../scenario-steps.ts';
import type { Category, SageEnv, Tier } from './env.ts';
import { RATE_LIMITS } from './tiers.ts';

type Schemas = components['schemas'];
type Ctx = ScenarioContext<SageEnv>;
type Headers = Record<string, string>;

const PASSWORD = 'Scenario-pass-2025';
const FREE_LIMIT = RATE_LIMITS.consultation.limits.free;

/** A new account through the API (free, as every account starts), upgraded when `tier` is paid. */
async function account(
  ctx: Ctx,
  name: string,
  displayName: string,
  tier: Tier = 'free',
  billingCycle: Schemas['BillingCycle'] = 'monthly',
) {
  const email = `${name}.${ctx.faker.string.alphanumeric({ length: 8, casing: 'lower' })}@example.com`;
  const body = { email, password: PASSWORD, displayName };
  const { data } = (await step<Schemas['AuthResponse']>(ctx.send, 'POST', '/api/auth/register', { body }, 201)).json;
  const headers: Headers = { authorization: `Bearer ${data.session.accessToken}` };
  if (tier !== 'free') {
    const subscribe = { tier, billingCycle, paymentMethodId: 'pm_scenario' };
    await step<Schemas['SubscriptionResponse']>(ctx.send, 'POST', '/api/subscription/create', { headers, body: subscribe }, 201);
  }
  return { headers, userId: data.user.id, email, password: PASSWORD, refreshToken: data.session.refreshToken };
}

const QUESTIONS: { question: string; category: Category }[] = [
  { question: 'Should I accept the job offer in another city?', category: 'career' },
  { question: 'How can I rebuild trust with my brother after our argument?', category: 'relationships' },
  { question: 'What should I focus on to recover my energy this season?', category: 'health' },
  { question: 'Where is my spiritual practice leading me this year?', category: 'spiritual' },
  { question: 'Is now the right time to start my own business?', category: 'career' },
];

/** Consults `count` questions in order, as the app's ask screen does: the consultations' ids. */
async function consult(ctx: Ctx, headers: Headers, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (const { question, category } of QUESTIONS.slice(0, count)) {
    const body = { question, category };
    const made = await step<Schemas['ConsultationResponse']>(ctx.send, 'POST', '/api/consultation/create', { headers, body }, 201);
    ids.push(made.json.data.consultation.id);
  }
  return ids;
}

async function annotate(ctx: Ctx, headers: Headers, id: string, body: Schemas['UpdateConsultationRequest']) {
  await step<Schemas['UpdateConsultationResponse']>(ctx.send, 'PATCH', `/api/consultation/${id}`, { headers, body }, 200);
}

const ADMIN = seedAccounts().find((a) => a.role === 'admin');

export const scenarios: Scenario<SageEnv>[] = [
  {
    name: 'new-account',
    description: 'A free account just registered: no consultations yet, onboarding not completed',
    async build(ctx) {
      return account(ctx, 'new', 'New Seeker');
    },
  },
  {
    name: 'premium-with-history',
    description: 'A premium user (monthly) with 4 consultations in four categories, all rated, one a favourite with notes and tags',
    async build(ctx) {
      const user = await account(ctx, 'premium', 'Premium Seeker', 'premium');
      const consultationIds = await consult(ctx, user.headers, 4);
      const [first, ...rest] = consultationIds;
      if (first) {
        const notes = { favorite: true, rating: 5, userNotes: 'Waiting paid off.', tags: ['career', 'decision'] };
        await annotate(ctx, user.headers, first, notes);
      }
      for (const [i, id] of rest.entries()) await annotate(ctx, user.headers, id, { rating: 4 - (i % 2) });
      return { ...user, consultationIds };
    },
  },
  {
    name: 'free-at-limit',
    description: `A free user who made ${FREE_LIMIT} consultations this hour: the next one is refused with 429`,
    async build(ctx) {
      const user = await account(ctx, 'free', 'Free Seeker');
      const consultationIds = await consult(ctx, user.headers, FREE_LIMIT);
      return { ...user, consultationIds, limit: FREE_LIMIT };
    },
  },
  {
    name: 'connected-calendar',
    description: 'A premium user with a Google calendar connected and synced (the next two weeks of events): calendar insights answer',
    async build(ctx) {
      const user = await account(ctx, 'calendar', 'Planner Seeker', 'premium');
      const connect = { provider: 'google', authCode: 'scenario-auth-code', redirectUri: 'https://app.example.com/calendar/callback' };
      const connected = await step<Schemas['CalendarIntegrationResponse']>(
        ctx.send,
        'POST',
        '/api/integration/calendar/connect',
        { headers: user.headers, body: connect },
        201,
      );
      await step<Schemas['CalendarSyncResponse']>(ctx.send, 'POST', '/api/integration/calendar/sync', { headers: user.headers }, 200);
      return { ...user, integrationId: connected.json.data.integration.id };
    },
  },
  {
    name: 'admin-with-users',
    description: 'The admin signed in, with three new users to manage (free, premium monthly, pro yearly) and their 5 consultations',
    async build(ctx) {
      if (!ADMIN) throw new Error('scenario: no seeded admin account');
      const free = await account(ctx, 'listed-free', 'Listed Free');
      await consult(ctx, free.headers, 1);
      const premium = await account(ctx, 'listed-premium', 'Listed Premium', 'premium');
      for (const id of await consult(ctx, premium.headers, 3)) await annotate(ctx, premium.headers, id, { rating: 5 });
      const pro = await account(ctx, 'listed-pro', 'Listed Pro', 'pro', 'yearly');
      await consult(ctx, pro.headers, 1);
      const body = { email: ADMIN.email, password: ADMIN_PASSWORD };
      const { data } = (await step<Schemas['AuthResponse']>(ctx.send, 'POST', '/api/auth/login', { body }, 200)).json;
      return {
        headers: { authorization: `Bearer ${data.session.accessToken}` },
        userId: data.user.id,
        email: ADMIN.email,
        password: ADMIN_PASSWORD,
        refreshToken: data.session.refreshToken,
        users: { free: free.userId, premium: premium.userId, pro: pro.userId },
      };
    },
  },
];
