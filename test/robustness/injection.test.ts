// Hostile keys and ids on every operation of every API, both transports (both run in this
// process, so a polluted prototype would show here): `__proto__` and `constructor` keys in
// bodies, and path traversal or injection in every path id (download and export routes
// included, whichever APIs have them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOperations } from '../../src/core/document.ts';
import { apis } from '../support/apis.ts';
import { assertContract } from '../support/contract.ts';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';
import { fixtures } from './fixtures.ts';
import { sender } from './fuzz.ts';
import { validRequest } from './requests.ts';

const HOSTILE_IDS = [
  '..%2F..%2F..%2Fetc%2Fpasswd',
  '..%5C..%5Cwindows%5Cwin.ini',
  '%2e%2e%2f%2e%2e%2fpackage.json',
  '....%2F%2F....%2F%2Fetc%2Fpasswd',
  'x%00.pdf',
  '%2Fetc%2Fpasswd',
  "1'%20OR%20'1'%3D'1",
  '%24%7Bjndi%3Aldap%3A%2F%2Fx%7D',
  '%7B%22%24ne%22%3Anull%7D',
  '__proto__',
  'constructor',
];

/** A JSON text of `body` with own `__proto__` and `constructor` keys added to every object in it. */
function withPrototypeKeys(body: string): string {
  return body.replace(/\{/g, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},').replace(/,\}/g, '}');
}

function unpolluted() {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
}

for (const start of [startHttp, startMsw]) {
  describe(`hostile keys and ids (${start.name})`, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await start();
    });
    afterAll(() => transport.close());

    for (const api of apis) {
      const operations = indexOperations(api.document);

      it(`${api.id}: __proto__ and constructor keys in every body never reach a prototype`, async () => {
        const send = sender(transport, api.id);
        const credentials = (await fixtures.get(api.id)?.signIn(send)) ?? {};
        for (const op of operations.filter((o) => o.requestBody)) {
          const request = validRequest(api.document, op);
          const body = withPrototypeKeys(request.body ?? '{}');
          const answer = await fetch(`${transport.base(api.id)}${request.url}`, {
            method: request.method,
            headers: { ...credentials, 'content-type': 'application/json' },
            body,
          });
          const text = await answer.text();
          expect(answer.status, `${op.key}: ${text}`).toBeLessThan(500);
          unpolluted();
        }
        // And everything still answers as before (nothing shared was changed).
        for (const op of operations.filter((o) => o.method === 'get' && !o.path.includes('{'))) {
          const answer = await send('GET', op.path, { headers: credentials });
          expect(answer.status, op.key).toBeLessThan(500);
        }
        unpolluted();
      });

      const withIds = operations.filter((op) => op.path.includes('{'));
      if (withIds.length === 0) continue;
      it(`${api.id}: traversal and injection in path ids get a documented refusal, never a file or a 5xx`, async () => {
        const send = sender(transport, api.id);
        const credentials = (await fixtures.get(api.id)?.signIn(send)) ?? {};
        for (const op of withIds) {
          const request = validRequest(api.document, op);
          for (const id of HOSTILE_IDS) {
            const path = op.path.replace(/\{[^}]+\}/g, id);
            const body = request.body === undefined ? undefined : JSON.parse(request.body);
            const answer = await send(request.method, path, { headers: credentials, ...(body !== undefined ? { body } : {}) });
            const text = JSON.stringify(answer.json) ?? '';
            expect(answer.status, `${op.key} with ${id}: ${text}`).toBeGreaterThanOrEqual(400);
            expect(answer.status, `${op.key} with ${id}`).toBeLessThan(500);
            expect(text).not.toMatch(/root:x:0:0|\[extensions\]|"devDependencies"/);
            assertContract(api.id, request.method, path, { status: answer.status, headers: answer.headers, body: answer.json, text });
          }
        }
      });
    }
  });
}
