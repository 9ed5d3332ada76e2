// shadow-coach through openapi-fetch, typed by the package export `contract-stubs/types/shadow-coach`:
// the calls compile only if they match the document; answers come from the running stub (strict).

import type { paths } from 'contract-stubs/types/shadow-coach';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await serve(apis, { port: 0, strict: true });
});
afterAll(() => running.close());

it('registers, starts a session, sends a message with the bearer token, and is refused without one', async () => {
  const client = createClient<paths>({ baseUrl: `${running.origin}/shadow-coach` });
  const registered = await client.POST('/v1/auth/register', { body: { email: 'user@example.com', password: 'secure_password_123' } });
  expect(registered.response.status).toBe(201);
  const headers = { authorization: `Bearer ${registered.data?.token}` };

  const started = await client.POST('/v1/session/start', { body: { session_type: 'gentle_deep', mood_score: 5 }, headers });
  expect(started.response.status).toBe(201);
  const id: string = started.data?.session_id ?? '';
  const answered = await client.POST('/v1/session/{id}/message', {
    params: { path: { id } },
    body: { message_text: 'I keep thinking I am not good enough.' },
    headers,
  });
  expect(answered.response.status).toBe(200);
  expect(answered.data?.session_state).toBe('active');

  const anonymous = await client.POST('/v1/session/start', { body: { session_type: 'gentle_deep' } });
  expect(anonymous.response.status).toBe(401);
  expect(anonymous.error?.error.code).toBe('AUTH_MISSING_TOKEN');

  // @ts-expect-error `session_type` must be one of the document's session types
  const refused = await client.POST('/v1/session/start', { body: { session_type: 'endless' }, headers });
  expect(refused.response.status).toBe(400);
  expect(refused.error?.error).toMatchObject({ code: 'SESSION_INVALID_TYPE', details: { field: 'body.session_type' } });
});
