// Broken object-level authorization: for every resource an API's fixture says a caller owns,
// a second caller (and an anonymous one) tries each read, update and delete and is refused;
// the owner then does the same and succeeds, so the resource was there all along.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../support/apis.ts';
import { assertContract } from '../support/contract.ts';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';
import { fixtures } from './fixtures.ts';
import { sender } from './fuzz.ts';

for (const start of [startHttp, startMsw]) {
  describe(`object-level authorization (${start.name})`, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await start();
    });
    afterAll(() => transport.close());

    for (const api of apis) {
      const fixture = fixtures.get(api.id);
      if (!fixture?.owned) continue;
      const owned = fixture.owned;
      it(`${api.id}: another caller cannot read, change or delete what a caller owns`, async () => {
        const send = sender(transport, api.id);
        const owner = await fixture.signIn(send);
        const intruder = await fixture.signIn(send);
        const requests = await owned(send, owner);
        expect(requests.length).toBeGreaterThan(0);
        for (const request of requests) {
          for (const [who, headers] of [
            ['another caller', intruder],
            ['an anonymous caller', {}],
          ] as const) {
            const answer = await send(request.method, request.path, { headers, body: request.body });
            const where = `${who}: ${request.method} ${request.path} → ${answer.status}`;
            expect([401, 403, 404], where).toContain(answer.status);
            assertContract(api.id, request.method, request.path, {
              status: answer.status,
              headers: answer.headers,
              body: answer.json,
              text: '',
            });
          }
          const mine = await send(request.method, request.path, { headers: owner, body: request.body });
          expect(mine.status, `owner: ${request.method} ${request.path}`).toBeLessThan(300);
        }
      });
    }
  });
}
