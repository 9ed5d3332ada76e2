// The fuzzer over real HTTP (Express and the core's validator on loopback, as `start` serves), every API.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { apis } from '../support/apis.ts';
import { startHttp, type Transport } from '../support/transports.ts';
import { FUZZ_RUNS, fuzzApi } from './fuzz.ts';

let transport: Transport;
beforeAll(async () => {
  transport = await startHttp();
});
afterAll(() => transport.close());

describe('fuzzing over HTTP', () => {
  for (const { id } of apis) {
    it(`${id}: ${FUZZ_RUNS} document-driven requests, every oracle holds`, { timeout: 60_000 + FUZZ_RUNS * 50 }, async () => {
      const report = await fuzzApi(transport, id);
      if (process.env.FUZZ_RUNS) console.log(JSON.stringify({ transport: 'http', ...report }));
    });
  }
});
