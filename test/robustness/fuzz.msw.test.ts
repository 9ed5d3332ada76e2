// The fuzzer through MSW setupServer (the core's own Ajv validator), every API.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { apis } from '../support/apis.ts';
import { startMsw, type Transport } from '../support/transports.ts';
import { FUZZ_RUNS, fuzzApi } from './fuzz.ts';

let transport: Transport;
beforeAll(async () => {
  transport = await startMsw();
});
afterAll(() => transport.close());

describe('fuzzing through MSW', () => {
  for (const { id } of apis) {
    it(`${id}: ${FUZZ_RUNS} document-driven requests, every oracle holds`, { timeout: 60_000 + FUZZ_RUNS * 50 }, async () => {
      const report = await fuzzApi(transport, id);
      if (process.env.FUZZ_RUNS) console.log(JSON.stringify({ transport: 'msw', ...report }));
    });
  }
});
