// Every documented status of every operation of every API can be forced with `Prefer`, on
// both transports, and comes back valid against the document (errors in the API's envelope).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOperations } from '../src/core/document.ts';
import { apis } from './support/apis.ts';
import { assertContract } from './support/contract.ts';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

for (const [name, start] of [
  ['http', startHttp],
  ['msw', startMsw],
] as const) {
  describe(`Prefer code=<status> over ${name}`, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await start();
    });
    afterAll(() => transport.close());

    for (const api of apis) {
      for (const op of indexOperations(api.document)) {
        const statuses = [...op.responses.keys()].filter((s) => /^\d{3}$/.test(s));
        it(`${api.id} ${op.key}: ${statuses.join(', ')}`, async () => {
          const path = op.path.replace(/\{[^}]+\}/g, 'x');
          for (const status of statuses) {
            for (const prefer of [`code=${status}`, `code=${status}, dynamic=true, seed=3`]) {
              const res = await fetch(`${transport.origin}/${api.id}${path}`, { method: op.method.toUpperCase(), headers: { prefer } });
              const text = await res.text();
              expect(res.status, prefer).toBe(Number(status));
              if (Number(status) >= 400 && prefer.includes('dynamic')) expect(text, prefer).toContain(`Forced ${status}`);
              // A text answer (an SSE transcript) goes out as written, not as a JSON string.
              if (!/json/.test(res.headers.get('content-type') ?? '')) expect(text.startsWith('"'), prefer).toBe(false);
              assertContract(api.id, op.method.toUpperCase(), path, {
                status: res.status,
                headers: res.headers,
                body: text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text,
                text,
              });
            }
          }
        });
      }
    }
  });
}
