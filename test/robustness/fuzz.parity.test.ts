// The fuzzer's requests (anonymous, so both instances build the same state) sent to both
// transports with the same seed and a fixed clock: the same request must get the same status
// and the same bytes, whichever validator (the core's Ajv or express-openapi-validator) judged it;
// a third server runs Express with express-openapi-validator (`--validator express-openapi-validator`).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../support/apis.ts';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';
import { withoutMeasured } from './fixtures.ts';
import { FUZZ_RUNS, FUZZ_SEED } from './fuzz.ts';
import { documentRequests, type FuzzRequest } from './requests.ts';

let http: Transport;
let httpEov: Transport;
let msw: Transport;
beforeAll(async () => {
  const now = new Date('2025-08-05T10:00:00Z');
  [http, httpEov, msw] = await Promise.all([
    startHttp({ now }),
    startHttp({ now, validator: 'express-openapi-validator' }),
    startMsw({ now }),
  ]);
});
afterAll(async () => {
  await Promise.all([http.close(), httpEov.close(), msw.close()]);
});

/** Ids and clocks differ between two instances by design; everything else must match. */
const normalise = (text: string) => text.replace(/"(requestId|request_id|timestamp)":"[^"]*"/g, '"$1":"…"');

async function answer(transport: Transport, api: string, request: FuzzRequest) {
  const response = await fetch(transport.base(api) + request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined ? { body: new TextEncoder().encode(request.body) } : {}),
  });
  return `${response.status} ${normalise(withoutMeasured(api, request.operation, await response.text()))}`;
}

describe('fuzzed parity: HTTP (either validator) and MSW answer alike', () => {
  for (const api of apis) {
    it(`${api.id}: ${FUZZ_RUNS} document-driven requests`, { timeout: 60_000 + FUZZ_RUNS * 50 }, async () => {
      await fc.assert(
        fc.asyncProperty(documentRequests(api.document), async (request) => {
          const [overHttp, overHttpEov, throughMsw] = await Promise.all([
            answer(http, api.id, request),
            answer(httpEov, api.id, request),
            answer(msw, api.id, request),
          ]);
          const label = `${request.method} ${request.url.slice(0, 200)}`;
          expect(overHttp, label).toBe(throughMsw);
          expect(overHttpEov, `${label} (--validator express-openapi-validator)`).toBe(throughMsw);
        }),
        { numRuns: FUZZ_RUNS, seed: FUZZ_SEED },
      );
    });
  }
});
