// ally through openapi-fetch, typed by the package export `contract-stubs/types/ally`: the
// calls compile only if they match the document; answers come from the running stub (strict).

import type { paths } from 'contract-stubs/types/ally';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await serve(apis, { port: 0, strict: true });
});
afterAll(() => running.close());

it('creates a chat, reads it back with its session cookie, and is refused without one', async () => {
  const client = createClient<paths>({ baseUrl: `${running.origin}/ally` });
  const created = await client.POST('/api/chats', { body: { prompt: 'Create Phishing Awareness Training' } });
  expect(created.response.status).toBe(201);
  const id: string | undefined = created.data?.id;
  const cookie = created.response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  expect(cookie).toMatch(/^nuxt-session=/);

  const read = await client.GET('/api/chats/{id}', { params: { path: { id: id ?? '' } }, headers: { cookie } });
  expect(read.data?.id).toBe(id);
  expect(read.data?.title).toBe(created.data?.title);

  const anonymous = await client.GET('/api/chats');
  expect(anonymous.response.status).toBe(401);
  expect(anonymous.error).toMatchObject({ statusCode: 401 });

  // @ts-expect-error `prompt` is required by the document
  const refused = await client.POST('/api/chats', { body: {}, headers: { cookie } });
  expect(refused.error).toEqual({ statusCode: 400, statusMessage: 'body.prompt: is required' });
});
