// sage's named scenarios, over HTTP and MSW: each is in the state its description promises,
// checked through the API with the token it returned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/client.ts';
import type { Transport } from '../support/transports.ts';
import { loadScenario, TRANSPORTS } from './load.ts';

const ASK = { question: 'Will the new project succeed this spring?', category: 'career' };

describe.each(TRANSPORTS)('sage scenarios over %s', (_name, start) => {
  let t: Transport;
  let call: ReturnType<typeof clientFor>;
  beforeAll(async () => {
    t = await start();
    call = clientFor(t, 'sage');
  });
  afterAll(() => t.close());

  const history = async (headers: Record<string, string>, query = '') =>
    (await call('GET', `/api/consultation/history${query}`, { headers })).json.data;

  it('new-account: a free account, onboarding not done, no consultations; its credentials sign in', async () => {
    const { headers, email, password, userId } = await loadScenario(t, 'sage', 'new-account');
    const profile = (await call('GET', '/api/user/profile', { headers })).json.data.user;
    expect(profile).toMatchObject({ id: userId, email, subscriptionTier: 'free', onboardingCompleted: false });
    expect((await history(headers)).pagination.total).toBe(0);
    const login = await call('POST', '/api/auth/login', { body: { email, password } });
    expect(login.json.data.user.id).toBe(userId);
  });

  it('premium-with-history: a premium user with four rated consultations, one a favourite', async () => {
    const { headers, consultationIds } = await loadScenario(t, 'sage', 'premium-with-history');
    expect(consultationIds).toHaveLength(4);
    const profile = (await call('GET', '/api/user/profile', { headers })).json.data.user;
    expect(profile.subscriptionTier).toBe('premium');
    const all = await history(headers);
    expect(all.pagination.total).toBe(4);
    expect(all.consultations.map((c: { id: string }) => c.id)).toEqual([...consultationIds].reverse());
    expect(new Set(all.consultations.map((c: { category: string }) => c.category)).size).toBe(4);
    expect(all.consultations.every((c: { rating?: number }) => typeof c.rating === 'number')).toBe(true);
    const favourites = await history(headers, '?favorite=true');
    expect(favourites.consultations).toEqual([expect.objectContaining({ id: consultationIds[0], userNotes: 'Waiting paid off.' })]);
    // Premium's hourly allowance is far from spent.
    expect((await call('POST', '/api/consultation/create', { headers, body: ASK })).status).toBe(201);
  });

  it('free-at-limit: the next consultation is refused with 429 in the wisdom envelope', async () => {
    const { headers, consultationIds, limit } = await loadScenario(t, 'sage', 'free-at-limit');
    expect(consultationIds).toHaveLength(limit);
    expect((await history(headers)).pagination.total).toBe(limit);
    const refused = await call('POST', '/api/consultation/create', { headers, body: ASK });
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({
      success: false,
      error: { code: 'RATE_LIMIT_EXCEEDED', wisdom: { chineseQuote: expect.any(String) }, details: { limit, window: '1 hour' } },
    });
    expect(refused.headers.get('x-ratelimit-tier')).toBe('free');
  });

  it('connected-calendar: a connected, synced calendar whose insights answer', async () => {
    const { headers, integrationId } = await loadScenario(t, 'sage', 'connected-calendar');
    expect(integrationId).toMatch(/^int_/);
    const insights = await call('GET', '/api/integration/calendar/insights?days=14', { headers });
    expect(insights.status).toBe(200);
    expect(insights.json.data.insights.patterns.recommendations.length).toBeGreaterThan(0);
  });

  it('admin-with-users: the admin sees the three new users, their tiers and consultations', async () => {
    const { headers, users, email } = await loadScenario(t, 'sage', 'admin-with-users');
    expect(email).toBe('admin@sage.test');
    const listed = (await call('GET', '/api/admin/users?limit=100', { headers })).json.data.users;
    const byId = new Map(listed.map((u: { id: string }) => [u.id, u]));
    expect(byId.get(users.free)).toMatchObject({ subscriptionTier: 'free', totalConsultations: 1, status: 'active' });
    expect(byId.get(users.premium)).toMatchObject({ subscriptionTier: 'premium', totalConsultations: 3 });
    expect(byId.get(users.pro)).toMatchObject({ subscriptionTier: 'pro', totalConsultations: 1 });
    const analytics = (await call('GET', '/api/admin/analytics?metrics=consultations', { headers })).json.data.analytics;
    expect(analytics.consultations.total).toBeGreaterThanOrEqual(5);
    // A user's token is no admin's.
    const user = await loadScenario(t, 'sage', 'new-account');
    expect((await call('GET', '/api/admin/users', { headers: user.headers })).status).toBe(403);
  });
});
