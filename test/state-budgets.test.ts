// State is bounded in bytes as well as entries (docs/state-budgets.md): hostile but valid
// requests — the largest bodies the documents allow, over and over — keep every API's stores
// within their byte budgets, the oldest data going first, and the books exact: what each
// store counts equals what its entries measure. In process, where the state can be measured;
// the behaviour a client sees is also in the scenario suites (both transports).
import { describe, expect, it } from 'vitest';
import * as ally from '../handlers/ally/env.ts';
import { apis } from '../handlers/index.ts';
import * as microsite from '../handlers/microsite/env.ts';
import * as sage from '../handlers/sage/env.ts';
import * as scorecard from '../handlers/scorecard/env.ts';
import * as coach from '../handlers/shadow-coach/env.ts';
import { BoundedMap } from '../src/core/bounded-map.ts';
import { byteSize } from '../src/core/byte-size.ts';
import { createStubs, type Stubs } from '../src/core/stubs.ts';

const MIB = 1024 * 1024;

function world() {
  const stubs = createStubs(apis, { seed: 5, rateLimits: false });
  // A snapshot's state is the API's own state type, which the caller names.
  const stateOf = <State extends object = Record<string, unknown>>(id: string) =>
    stubs.apis.find((m) => m.api.id === id)?.api.snapshot().state as State;
  return { stubs, stateOf };
}

async function send(stubs: Stubs, method: string, path: string, init: { headers?: Record<string, string>; body?: unknown } = {}) {
  const res = await stubs.fetch(
    new Request(`http://stubs.test${path}`, {
      method,
      headers: { ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    }),
  );
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : undefined, text };
}

/** Every budgeted store of a state: within its budget, and its count equal to what its entries measure. */
function expectBooksInOrder(state: object) {
  let budgeted = 0;
  for (const [name, store] of Object.entries(state)) {
    if (!(store instanceof BoundedMap) || store.maxBytes === undefined) continue;
    budgeted++;
    let measured = 0;
    for (const [, value] of store.dump()) measured += byteSize(value);
    expect(store.bytes, `${name}: counted vs measured`).toBe(measured);
    expect(store.bytes, `${name}: within ${store.maxBytes}`).toBeLessThanOrEqual(store.maxBytes);
  }
  expect(budgeted).toBeGreaterThan(0);
}

describe('byte budgets', () => {
  it('ally: 100,000-character messages from many sessions stay within 4 MiB a session and 32 MiB in all', async () => {
    const { stubs, stateOf } = world();
    const cookies: string[] = [];
    const big = (i: number) => `${i} `.padEnd(100_000, 'm');
    for (let s = 0; s < 12; s++) {
      const created = await send(stubs, 'POST', '/ally/api/chats', { body: { prompt: big(s).slice(0, 4000) } });
      const cookie = created.headers.getSetCookie()[0]?.split(';')[0] ?? '';
      cookies.push(cookie);
      const chat = created.json.id as string;
      for (let m = 0; m < 22; m++) {
        const saved = await send(stubs, 'POST', `/ally/api/chats/${chat}/messages`, {
          headers: { cookie },
          body: { role: 'user', content: big(m), ...(m === 21 ? { id: 'retried' } : {}) },
        });
        expect(saved.status).toBe(200);
      }
      // A retry (same id) replaces; a rename and a second chat count too.
      await send(stubs, 'POST', `/ally/api/chats/${chat}/messages`, {
        headers: { cookie },
        body: { id: 'retried', role: 'user', content: 'short' },
      });
      await send(stubs, 'PUT', `/ally/api/chats/${chat}`, { headers: { cookie }, body: { content: 'Renamed' } });
      const other = await send(stubs, 'POST', '/ally/api/chats', { headers: { cookie }, body: { prompt: 'another' } });
      await send(stubs, 'DELETE', `/ally/api/chats/${other.json.id}`, { headers: { cookie } });
    }
    const state = stateOf<ally.AllyState>('ally');
    expectBooksInOrder(state);
    for (const session of state.sessions.values()) expect(byteSize(session)).toBeLessThanOrEqual(ally.MAX_SESSION_BYTES);
    // ~4 MiB a session, 32 MiB in all: the least recently used sessions went.
    expect(state.sessions.size).toBeLessThan(12);
    expect((await send(stubs, 'GET', '/ally/api/chats', { headers: { cookie: cookies[0] ?? '' } })).status).toBe(401);
    expect((await send(stubs, 'GET', '/ally/api/chats', { headers: { cookie: cookies[11] ?? '' } })).status).toBe(200);
  });

  it('microsite: the longest chat turns and goals stay within 512 KiB a session, the oldest turns going first', async () => {
    const { stubs, stateOf } = world();
    const { accessToken } = (await send(stubs, 'POST', '/microsite/api/auth/session')).json;
    const auth = { authorization: `Bearer ${accessToken}` };
    const goal = await send(stubs, 'POST', '/microsite/api/goal', { headers: auth, body: { input: 'g'.repeat(2000) } });
    for (const { id } of goal.json.missions as Array<{ id: string }>) {
      const body = { missionId: id, artifact: { answer: 'a'.repeat(5000) } };
      expect((await send(stubs, 'POST', '/microsite/api/mission/complete', { headers: auth, body })).status).toBe(200);
    }
    for (let i = 0; i < 30; i++) {
      expect(
        (await send(stubs, 'POST', '/microsite/api/clarify', { headers: auth, body: { clarification: `${i}`.padEnd(2000, 'c') } })).status,
      ).toBe(200);
    }
    let last: { history: Array<{ message: string }> } = { history: [] };
    for (let i = 0; i < 150; i++) {
      const body = { message: `${i} `.padEnd(4000, 'x'), context: { page: 'mission-dashboard', section: 'hero' } };
      last = (await send(stubs, 'POST', '/microsite/api/chat', { headers: auth, body })).json;
    }
    const state = stateOf<microsite.MicrositeState>('microsite');
    expectBooksInOrder(state);
    const [session] = [...state.sessions.values()];
    if (!session) throw new Error('no session');
    expect(byteSize(session)).toBeLessThanOrEqual(microsite.MAX_SESSION_BYTES);
    expect(session.personalisation?.goal.clarifications).toHaveLength(microsite.MAX_CLARIFICATIONS);
    // Fewer than the 200 turns the count allows; the newest kept, in order.
    expect(last.history.length).toBeLessThan(microsite.MAX_HISTORY_TURNS);
    expect(last.history.at(-2)?.message.startsWith('149 ')).toBe(true);
  });

  it('shadow-coach: long sessions and mood notes stay within 4 MiB a user, the oldest sessions going first', async () => {
    const { stubs, stateOf } = world();
    const registered = await send(stubs, 'POST', '/shadow-coach/v1/auth/register', {
      body: { email: 'budget@example.com', password: 'Secret123', preferences: { country: 'US' } },
    });
    expect(registered.status).toBe(201);
    const auth = { authorization: `Bearer ${registered.json.token}` };
    const sessionIds: string[] = [];
    for (let s = 0; s < 8; s++) {
      const started = await send(stubs, 'POST', '/shadow-coach/v1/session/start', {
        headers: auth,
        body: { session_type: 'gentle_deep', mood_score: 5, initial_message: `${s} `.padEnd(4000, 'w') },
      });
      sessionIds.push(started.json.session_id);
      for (let m = 0; m < 60; m++) {
        const sent = await send(stubs, 'POST', `/shadow-coach/v1/session/${started.json.session_id}/message`, {
          headers: auth,
          body: { message_text: `${m} `.padEnd(4000, 'w') },
        });
        expect(sent.status).toBe(200);
      }
      await send(stubs, 'POST', `/shadow-coach/v1/session/${started.json.session_id}/end`, {
        headers: auth,
        body: { feedback: 'f'.repeat(2000) },
      });
    }
    for (let i = 0; i < 300; i++) {
      await send(stubs, 'POST', '/shadow-coach/v1/analytics/mood', { headers: auth, body: { mood_score: 5, notes: 'n'.repeat(1000) } });
    }
    for (let i = 0; i < 40; i++) await send(stubs, 'POST', '/shadow-coach/v1/journal/export', { headers: auth, body: { format: 'json' } });
    const state = stateOf<coach.CoachState>('shadow-coach');
    expectBooksInOrder(state);
    const [user] = [...state.users.values()];
    if (!user) throw new Error('no user');
    expect(byteSize(user)).toBeLessThanOrEqual(coach.MAX_USER_BYTES);
    // The oldest sessions went; the newest is whole.
    const kept = [...user.sessions.keys()];
    expect(kept.length).toBeLessThan(8);
    expect(kept).toEqual(sessionIds.slice(sessionIds.length - kept.length));
    expect(user.sessions.get(sessionIds[7] ?? '')?.messages.length).toBe(122);
  });

  it('sage: a user’s consultations stay within 4 MiB (the oldest going), and 200 exports add no copies of the data', async () => {
    const { stubs, stateOf } = world();
    const login = await send(stubs, 'POST', '/sage/api/auth/login', { body: { email: 'pro@sage.test', password: 'SageDev2025!' } });
    const auth = { authorization: `Bearer ${login.json.data.session.accessToken}` };
    const ids: string[] = [];
    for (let i = 0; i < 260; i++) {
      const made = await send(stubs, 'POST', '/sage/api/consultation/create', {
        headers: auth,
        body: {
          question: `Question number ${i}: ${'how should I approach this change '.repeat(14)}`.slice(0, 500),
          category: 'career',
          aiOptions: { useCache: false },
        },
      });
      expect(made.status).toBe(201);
      const id = made.json.data.consultation.id as string;
      ids.push(id);
      await send(stubs, 'PATCH', `/sage/api/consultation/${id}`, {
        headers: auth,
        body: { userNotes: 'n'.repeat(5000), tags: ['a'.repeat(50)] },
      });
    }
    const state = stateOf<sage.SageState>('sage');
    expectBooksInOrder(state);
    const user = state.users.get('00000000-0000-4000-8000-000000000004');
    if (!user) throw new Error('no user');
    const stored = user.consultationIds.reduce((n, id) => n + (state.consultations.bytesOf(id) ?? 0), 0);
    expect(stored).toBeLessThanOrEqual(sage.MAX_USER_CONSULTATIONS_BYTES);
    expect(user.consultationIds.length).toBeLessThan(ids.length);
    expect(user.consultationIds).toEqual(ids.slice(ids.length - user.consultationIds.length));

    const before = byteSize(stateOf('sage'));
    const created = await send(stubs, 'POST', '/sage/api/user/export', { headers: auth, body: { format: 'json' } });
    const status = await send(stubs, 'GET', `/sage/api/user/export/${created.json.data.exportId}`, { headers: auth });
    const fileSize = status.json.data.export.fileSize as number;
    expect(fileSize).toBeGreaterThan(1024 * 1024);
    for (let i = 1; i < 200; i++) await send(stubs, 'POST', '/sage/api/user/export', { headers: auth, body: { format: 'json' } });
    const grown = byteSize(stateOf('sage')) - before;
    // Each export is a small record; a copy of the file each was 200 × fileSize.
    expect(grown).toBeLessThan(200 * 1024);
    const download = await send(stubs, 'GET', `/sage/api/user/export/${created.json.data.exportId}/download`, { headers: auth });
    expect(Buffer.byteLength(download.text)).toBe(fileSize);
  });

  it('scorecard: a 60 KB User-Agent is kept to its first 1,000 characters', async () => {
    const { stubs, stateOf } = world();
    await send(stubs, 'POST', '/scorecard/api/assessment/start', { headers: { 'user-agent': 'u'.repeat(60_000) }, body: {} });
    const state = stateOf<scorecard.ScorecardState>('scorecard');
    expectBooksInOrder(state);
    const [session] = [...state.sessions.values()];
    expect(session?.userAgent.length).toBe(scorecard.MAX_USER_AGENT);
  });

  it('budgets add up to at most 32 MiB an API, 160 MiB for the five (estimated)', () => {
    const { stateOf } = world();
    for (const api of apis) {
      const total = Object.values(stateOf(api.id)).reduce<number>(
        (n, store) => n + (store instanceof BoundedMap && store.maxBytes !== undefined ? store.maxBytes : 0),
        0,
      );
      expect(total, api.id).toBeLessThanOrEqual(32 * MIB);
    }
  });
});
