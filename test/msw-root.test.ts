// MSW serving one API at the root, on any origin (a browser app calling `/api/...` on its
// own origin): documented routes are answered, the page's other requests are left alone.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import { createMswStubs } from '../src/msw/index.ts';

const { handlers } = createMswStubs(apis, { rootApi: 'microsite' });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'bypass' }));
afterAll(() => server.close());

it('answers documented routes at the root of any origin', async () => {
  const res = await fetch('http://app.example/api/auth/session', { method: 'POST' });
  expect(res.status).toBe(200);
  expect(await res.json()).toHaveProperty('accessToken');
});

it('leaves undocumented requests of the page to the network', async () => {
  // Nothing listens on app.example, so a request MSW does not claim fails to connect.
  await expect(fetch('http://app.example/assets/app.js')).rejects.toThrow();
});
