// `--no-test-endpoints` (StubsOptions.testEndpoints: false): the development-only endpoints
// answer 404 in the envelope, the rest of the API is unaffected. Its own file, so the MSW
// server here is the only one in the process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor } from '../support/client.ts';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';
import { ERROR, expectSecurityHeaders } from './scenarios.ts';

for (const [name, start] of [
  ['HTTP', startHttp],
  ['MSW', startMsw],
] as const) {
  describe(`scorecard test endpoints off, over ${name}`, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await start({ testEndpoints: false });
    });
    afterAll(() => transport.close());

    it('answers 404 NOT_FOUND in the envelope on every test endpoint', async () => {
      const call = clientFor(transport, 'scorecard');
      for (const [method, path] of [
        ['GET', '/api/test/sample-assessment'],
        ['POST', '/api/test/simulate-hubspot-failure'],
        ['GET', '/api/test/clear-session'],
      ] as const) {
        const res = await call(method, path);
        expect(res.status, path).toBe(404);
        expect(res.json).toEqual({ error: { ...ERROR, code: 'NOT_FOUND', message: expect.stringMatching(/--no-test-endpoints/) } });
        expectSecurityHeaders(res.headers, path);
      }
      expect((await call('POST', '/api/assessment/start', { body: {} })).status).toBe(200);
    });
  });
}
