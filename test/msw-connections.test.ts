// Answers through MSW's `setupServer` keep their connection: every answer says how long its
// body is. Without a length MSW 3's Node interception cannot tell where a body ends, so undici
// opened a connection per request and MSW kept each one (~40 KiB a request) for the life of the
// test process.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import { createMswStubs } from '../src/msw/index.ts';

const ORIGIN = 'http://stubs.test';
const { handlers } = createMswStubs(apis, { origin: ORIGIN });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterAll(() => server.close());

const openSockets = () => process.getActiveResourcesInfo().filter((resource) => resource === 'TCPSocketWrap').length;

it('reuses one connection for many answers, each with its length', async () => {
  const before = openSockets();
  const requests = [
    () => fetch(`${ORIGIN}/microsite/api/auth/session`, { method: 'POST' }), // 200, JSON
    () => fetch(`${ORIGIN}/microsite/api/progress`), // 401, the API's error envelope
    () => fetch(`${ORIGIN}/sage/openapi.json`), // 200, the document
  ];
  for (let round = 0; round < 20; round++) {
    for (const send of requests) {
      const response = await send();
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(bytes.byteLength).toBeGreaterThan(0);
      expect(response.headers.get('content-length')).toBe(String(bytes.byteLength));
    }
  }
  // Sockets MSW let go are closed on a later task.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(openSockets() - before).toBeLessThanOrEqual(2);
});
