// microsite through openapi-fetch, typed by the package export `contract-stubs/types/microsite`:
// the calls below compile only if they match the document, and the answers come from the
// running stub (strict: an answer outside the contract would be a 500).

import type { paths } from 'contract-stubs/types/microsite';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await serve(apis, { port: 0, strict: true });
});
afterAll(() => running.close());

it('walks session → goal → progress with typed requests and answers', async () => {
  const client = createClient<paths>({ baseUrl: `${running.origin}/microsite` });
  const session = await client.POST('/api/auth/session');
  expect(session.response.status).toBe(200);
  const accessToken: string | undefined = session.data?.accessToken;
  expect(accessToken).toMatch(/^ey/);
  const headers = { Authorization: `Bearer ${accessToken}` };

  const goal = await client.POST('/api/goal', { headers, body: { input: 'I want to build an AI agent for restaurants' } });
  expect(goal.error).toBeUndefined();
  expect(goal.data?.goal).toBeDefined();

  const progress = await client.GET('/api/progress', { headers });
  expect(progress.data?.pointsTotal).toBe(0);

  // A bad body is a compile error and, sent anyway, a 400 in microsite's envelope.
  // @ts-expect-error `input` is required by the document
  const refused = await client.POST('/api/goal', { headers, body: {} });
  expect(refused.response.status).toBe(400);
  expect(refused.error).toEqual({ error: { code: 400, message: 'body.input: is required' } });
});
