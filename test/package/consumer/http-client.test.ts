// The same package's Express server in a Node test (contract-stubs/node), on a free port,
// called through openapi-fetch typed for another API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apis } from 'contract-stubs/handlers';
import { type RunningServer, serve } from 'contract-stubs/node';
import type { paths } from 'contract-stubs/types/shadow-coach';
import createClient from 'openapi-fetch';

let running: RunningServer;
before(async () => {
  running = await serve(apis, { port: 0, strict: true });
});
after(() => running.close());

test('shadow-coach register → session over HTTP', async () => {
  const api = createClient<paths>({ baseUrl: `${running.origin}/shadow-coach` });
  const registered = await api.POST('/v1/auth/register', {
    body: { email: 'consumer@example.com', password: 'secure_password_123' },
  });
  assert.equal(registered.response.status, 201);
  const token = registered.data?.token;
  assert.ok(token);
  const started = await api.POST('/v1/session/start', {
    headers: { Authorization: `Bearer ${token}` },
    body: { session_type: 'gentle_deep', mood_score: 5 },
  });
  assert.equal(started.response.status, 201);
  assert.ok(started.data?.session_id);
});
