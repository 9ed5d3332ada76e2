// The same bad request gets the same status and body on both transports: Express and MSW, both
// with the core's own validator; and on Express with express-openapi-validator
// (`--validator express-openapi-validator`), the independent second opinion. Generic over every API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOperations, type JsonSchema, resolvePointer } from '../src/core/document.ts';
import { apis } from './support/apis.ts';
import { assertContract } from './support/contract.ts';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

let http: Transport;
let httpEov: Transport;
let msw: Transport;
beforeAll(async () => {
  [http, httpEov, msw] = await Promise.all([startHttp(), startHttp({ validator: 'express-openapi-validator' }), startMsw()]);
});
afterAll(async () => {
  await Promise.all([http.close(), httpEov.close(), msw.close()]);
});

interface Probe {
  name: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Ids and clocks differ between two instances by design; everything else must match. */
function normalise(text: string): string {
  return text.replace(/"(requestId|request_id|timestamp)":"[^"]*"/g, '"$1":"…"');
}

function probesFor(apiId: string): Probe[] {
  const api = apis.find((a) => a.id === apiId);
  if (!api) throw new Error(apiId);
  const probes: Probe[] = [{ name: 'unknown path', method: 'GET', path: '/no/such/path' }];
  for (const op of indexOperations(api.document)) {
    const path = op.path.replace(/\{[^}]+\}/g, 'x');
    const json = { 'content-type': 'application/json' };
    probes.push({ name: 'wrong method', method: op.method === 'patch' ? 'PUT' : 'PATCH', path });
    if (op.security.length > 0) {
      probes.push({
        name: 'no credentials',
        method: op.method.toUpperCase(),
        path: `${path}?ignored=1`,
        ...(op.requestBody ? { headers: json, body: '{}' } : {}),
      });
    }
    if (!op.requestBody) continue;
    const method = op.method.toUpperCase();
    // An optional body, or one with no required field, is a valid request when empty.
    const schema = [...op.requestBody.content.values()][0]?.schema;
    const resolved = (typeof schema?.$ref === 'string' ? resolvePointer(api.document, schema.$ref) : schema) as JsonSchema | undefined;
    const requiresFields = Array.isArray(resolved?.required) && resolved.required.length > 0;
    if (requiresFields) probes.push({ name: 'empty object', method, path, headers: json, body: '{}' });
    if (op.requestBody.required) probes.push({ name: 'no body', method, path });
    probes.push(
      { name: 'unknown field', method, path, headers: json, body: '{"surprise":true}' },
      { name: 'array body', method, path, headers: json, body: '[1,2]' },
      { name: 'string body', method, path, headers: json, body: '"text"' },
      { name: 'malformed JSON', method, path, headers: json, body: '{"a":' },
      { name: 'nested 4,500 deep under a/b', method, path, headers: json, body: `{"a/b":${'['.repeat(4500)}${']'.repeat(4500)}}` },
      { name: 'text/plain', method, path, headers: { 'content-type': 'text/plain' }, body: 'hello' },
      { name: 'over 1 MiB', method, path, headers: json, body: JSON.stringify({ pad: 'x'.repeat(1_100_000) }) },
    );
  }
  return probes;
}

for (const api of apis) {
  describe(`${api.id}: both transports answer bad requests alike`, () => {
    for (const probe of probesFor(api.id)) {
      it(`${probe.name}: ${probe.method} ${probe.path}`, async () => {
        const send = (t: Transport) =>
          fetch(`${t.origin}/${api.id}${probe.path}`, {
            method: probe.method,
            ...(probe.headers ? { headers: probe.headers } : {}),
            ...(probe.body !== undefined ? { body: probe.body } : {}),
          });
        const [overHttp, overHttpEov, overMsw] = await Promise.all([send(http), send(httpEov), send(msw)]);
        const [httpText, httpEovText, mswText] = await Promise.all([overHttp.text(), overHttpEov.text(), overMsw.text()]);
        expect(overHttp.status).toBeGreaterThanOrEqual(400);
        expect(overHttp.status).toBeLessThan(500);
        expect({ status: overMsw.status, body: normalise(mswText) }).toEqual({ status: overHttp.status, body: normalise(httpText) });
        expect({ status: overHttpEov.status, body: normalise(httpEovText) }).toEqual({
          status: overHttp.status,
          body: normalise(httpText),
        });
        expect(overHttp.headers.get('content-type')).toMatch(/json/);
        // Where the status is one the operation documents, the body must match its schema.
        assertContract(api.id, probe.method, probe.path, {
          status: overHttp.status,
          headers: overHttp.headers,
          body: JSON.parse(httpText),
          text: httpText,
        });
      });
    }
  });
}
