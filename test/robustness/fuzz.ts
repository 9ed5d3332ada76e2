// The fuzzer: document-driven requests (requests.ts) against every operation of every API on
// one transport, with the oracles — no 5xx, an answer within a bound, a documented
// status whose body validates, no 2xx for an invalid request, and the server still serving
// afterwards. fast-check shrinks a failure to a minimal request and prints its seed and path.
import fc from 'fast-check';
import { expect } from 'vitest';
import { apis } from '../support/apis.ts';
import { assertContract } from '../support/contract.ts';
import type { Transport } from '../support/transports.ts';
import type { Credentials, Send } from './fixture.ts';
import { fixtures } from './fixtures.ts';
import { createJudge, documentRequests, type FuzzRequest } from './requests.ts';

/** Requests per API per transport: small in `npm test`, `FUZZ_RUNS` in `npm run fuzz`. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** Fixed unless FUZZ_SEED says otherwise, so CI runs the same requests every time. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20251123);
/** "No hang": every answer, streamed ones included, arrives within this. */
const ANSWER_WITHIN_MS = 10_000;
/** A fresh caller every so often: the fuzzer may revoke or delete what it signed in with. */
const SIGN_IN_EVERY = 50;

export function sender(transport: Transport, apiId: string): Send {
  const base = transport.base(apiId);
  return async (method, path, init = {}) => {
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    const response = await fetch(base + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      ...(body !== undefined ? { body } : {}),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = text;
    }
    return { status: response.status, headers: response.headers, json };
  };
}

function withCredentials(headers: Record<string, string>, credentials: Credentials | undefined): Record<string, string> {
  if (!credentials) return headers;
  const merged = { ...headers, ...credentials };
  if (headers.cookie && credentials.cookie) merged.cookie = `${headers.cookie}; ${credentials.cookie}`;
  return merged;
}

export interface FuzzReport {
  api: string;
  requests: number;
  statuses: Record<string, number>;
}

/** Fuzzes one API on one transport; throws (with fast-check's shrunk counterexample) on a finding. */
export async function fuzzApi(transport: Transport, apiId: string, runs = FUZZ_RUNS): Promise<FuzzReport> {
  const definition = apis.find((a) => a.id === apiId);
  if (!definition) throw new Error(`unknown api ${apiId}`);
  const send = sender(transport, apiId);
  const fixture = fixtures.get(apiId);
  const judge = createJudge(definition.document);
  const base = transport.base(apiId);
  const statuses: Record<string, number> = {};
  let credentials: Credentials | undefined;
  let count = 0;

  async function exchange(request: FuzzRequest) {
    if (fixture && count % SIGN_IN_EVERY === 0) credentials = await fixture.signIn(send);
    count++;
    const headers = withCredentials(request.headers, request.authenticated ? credentials : undefined);
    const response = await fetch(base + request.url, {
      method: request.method,
      headers,
      // Bytes, so fetch adds no Content-Type of its own when the arbitrary chose none.
      ...(request.body !== undefined ? { body: new TextEncoder().encode(request.body) } : {}),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    const text = await response.text();
    return { response, text, sent: { ...request, headers } };
  }

  await fc.assert(
    fc.asyncProperty(documentRequests(definition.document), async (request) => {
      const { response, text, sent } = await exchange(request);
      const status = response.status;
      statuses[status] = (statuses[status] ?? 0) + 1;
      const where = `${sent.method} ${sent.url} → ${status}: ${text.slice(0, 300)}`;
      expect(status, `no 5xx: ${where}`).toBeLessThan(500);
      const type = response.headers.get('content-type') ?? '';
      expect(type, `a JSON or SSE answer, never HTML: ${where}`).toMatch(/^(application\/([\w.-]+\+)?json|text\/event-stream)/);
      let body: unknown;
      if (/^application\/([\w.-]+\+)?json/.test(type)) body = JSON.parse(text);
      // Documented status, documented content type, body valid for that status (throws otherwise).
      assertContract(apiId, sent.method, sent.url, { status, headers: response.headers, body, text });
      if (status < 300) expect(judge(sent), `an invalid request got ${where}`).toBe(true);
    }),
    { numRuns: runs, seed: FUZZ_SEED },
  );

  // Still serving: the document, and a fresh caller, after everything above.
  const alive = await fetch(`${base}/openapi.json`);
  expect(alive.status).toBe(200);
  await alive.body?.cancel();
  if (fixture) await fixture.signIn(send);
  return { api: apiId, requests: count, statuses };
}
