// A frontend team's own test: MSW's setupServer answers from contract-stubs (one API, imported
// alone), called through openapi-fetch typed by the package's generated `paths`.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { DEFAULT_SEED } from 'contract-stubs';
import { apis } from 'contract-stubs/handlers';
import { microsite } from 'contract-stubs/handlers/microsite';
import { createMswStubs } from 'contract-stubs/msw';
import type { paths } from 'contract-stubs/types/microsite';
import { setupServer } from 'msw/node';
import createClient from 'openapi-fetch';

const origin = 'http://stubs.test';
const { handlers, stubs } = createMswStubs([microsite], { origin, seed: DEFAULT_SEED });
const server = setupServer(...handlers);
// Created before listen(): a fetch that looks the global up at call time reaches MSW's.
const api = createClient<paths>({ baseUrl: `${origin}/microsite`, fetch: (...args) => fetch(...args) });

before(() => server.listen({ onUnhandledFrame: 'error' }));
beforeEach(() => {
  stubs.reset();
  stubs.journal.clear();
});
after(() => server.close());

async function signIn(): Promise<{ Authorization: string }> {
  const session = await api.POST('/api/auth/session');
  assert.equal(session.response.status, 200);
  const token: string | undefined = session.data?.accessToken;
  assert.ok(token);
  return { Authorization: `Bearer ${token}` };
}

test('session → goal → progress, typed requests and answers', async () => {
  const headers = await signIn();
  const goal = await api.POST('/api/goal', { headers, body: { input: 'I want to build an AI agent for restaurants' } });
  assert.equal(goal.response.status, 200);
  assert.ok(goal.data?.goal);
  const progress = await api.GET('/api/progress', { headers });
  assert.equal(progress.data?.pointsTotal, 0);
  assert.deepEqual(
    stubs.journal.list().map((entry) => `${entry.method} ${entry.path} ${entry.status}`),
    ['POST /microsite/api/auth/session 200', 'POST /microsite/api/goal 200', 'GET /microsite/api/progress 200'],
  );
});

test("a wrong request is a compile error and, sent anyway, the API's 400 naming the field", async () => {
  const headers = await signIn();
  // @ts-expect-error `input` is required by the document
  const refused = await api.POST('/api/goal', { headers, body: {} });
  assert.equal(refused.response.status, 400);
  assert.deepEqual(refused.error, { error: { code: 400, message: 'body.input: is required' } });
});

test('contract-stubs/handlers holds every API', () => {
  assert.deepEqual(apis.map((definition) => definition.id).sort(), ['ally', 'microsite', 'sage', 'scorecard', 'shadow-coach']);
});
