// sage through openapi-fetch, typed by the package export `contract-stubs/types/sage`: the calls
// compile only if they match the document; answers come from the running stub (strict).

import type { paths } from 'contract-stubs/types/sage';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await serve(apis, { port: 0, strict: true });
});
afterAll(() => running.close());

it('signs in as a development account, casts a consultation, reads the history, and is refused without a token', async () => {
  const client = createClient<paths>({ baseUrl: `${running.origin}/sage` });
  const login = await client.POST('/api/auth/login', { body: { email: 'pro@sage.test', password: 'SageDev2025!' } });
  expect(login.response.status).toBe(200);
  expect(login.data?.data.user.subscriptionTier).toBe('pro');
  const headers = { authorization: `Bearer ${login.data?.data.session.accessToken}` };

  const created = await client.POST('/api/consultation/create', {
    body: { question: 'Should I make a career change right now?', category: 'career' },
    headers,
  });
  expect(created.response.status).toBe(201);
  // create answers JSON, or the stream when asked for `text/event-stream`: the type is their union.
  expect(created.response.headers.get('content-type')).toMatch(/^application\/json/);
  const id: string | undefined = typeof created.data === 'object' ? created.data.data.consultation.id : undefined;
  expect(id).toMatch(/^cons_/);
  const history = await client.GET('/api/consultation/history', { params: { query: { category: 'career', limit: 10 } }, headers });
  expect(history.data?.data.consultations.map((c) => c.id)).toEqual([id]);

  const anonymous = await client.GET('/api/consultation/history');
  expect(anonymous.response.status).toBe(401);
  expect(anonymous.error?.error.code).toBe('AUTHENTICATION_ERROR');

  const refused = await client.POST('/api/consultation/create', {
    // @ts-expect-error `category` is required by the document
    body: { question: 'Should I make a career change right now?' },
    headers,
  });
  expect(refused.response.status).toBe(400);
  expect(refused.error).toMatchObject({ success: false, error: { code: 'VALIDATION_ERROR', details: [{ field: 'body.category' }] } });
});
