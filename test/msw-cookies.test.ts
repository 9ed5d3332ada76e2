// How cookies cross the MSW adapter when no `Cookie` header can (a browser's service worker):
// the cookies MSW hands over reach authentication, and the `Set-Cookie` values stay readable
// beside the core's Response. The browser itself is covered by test/browser/demo.browser.test.ts.
import { expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import { setCookiesOf } from '../src/core/reply.ts';
import { createStubs } from '../src/core/stubs.ts';

it('authenticates with cookies given beside the request, the Cookie header winning', async () => {
  const stubs = createStubs(apis);
  const created = await stubs.fetch(
    new Request('http://stubs.test/ally/api/chats', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'Hello' }),
    }),
  );
  const [setCookie] = setCookiesOf(created);
  const session = /^nuxt-session=([^;]+)/.exec(setCookie ?? '')?.[1] ?? '';
  expect(session).not.toBe('');

  const list = (cookies: Record<string, string>, headers: Record<string, string> = {}) =>
    stubs.fetch(new Request('http://stubs.test/ally/api/chats', { headers }), { cookies });
  expect((await list({ 'nuxt-session': session })).status).toBe(200);
  expect((await list({})).status).toBe(401);
  expect((await list({ 'nuxt-session': session }, { cookie: 'nuxt-session=unknown' })).status).toBe(401);
});
