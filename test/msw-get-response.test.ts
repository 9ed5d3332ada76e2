// The in-process path README documents for Node loops that need no interception: MSW's
// `getResponse` over our HTTP handlers answers exactly as `stubs.fetch` does (same seed, same
// clock → same status, headers and bytes), and leaves requests that are not ours unanswered.
import { getResponse, HttpHandler } from 'msw';
import { expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import { createMswStubs } from '../src/msw/index.ts';

const ORIGIN = 'http://stubs.test';
const options = { origin: ORIGIN, seed: 7, now: new Date('2026-01-05T09:00:00Z') };

async function transcript(send: (request: Request) => Promise<Response | undefined>): Promise<unknown[]> {
  const lines: unknown[] = [];
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await send(new Request(`${ORIGIN}/microsite${path}`, init));
    if (!response) throw new Error(`no answer for ${path}`);
    const body = await response.text();
    lines.push({ path, status: response.status, type: response.headers.get('content-type'), body });
    return body;
  };
  const { accessToken } = JSON.parse(await call('/api/auth/session', { method: 'POST' })) as { accessToken: string };
  const authorization = `Bearer ${accessToken}`;
  const json = { authorization, 'content-type': 'application/json' };
  await call('/api/goal', { method: 'POST', headers: json, body: JSON.stringify({ input: 'An AI agent for restaurants' }) });
  await call('/api/progress', { headers: { authorization } });
  await call('/api/goal', { method: 'POST', headers: json, body: JSON.stringify({ input: 42 }) });
  return lines;
}

it('answers through getResponse exactly as stubs.fetch does', async () => {
  const direct = createMswStubs(apis, options);
  const viaMsw = createMswStubs(apis, options);
  const httpHandlers = viaMsw.handlers.filter((handler) => handler instanceof HttpHandler);
  const expected = await transcript((request) => direct.stubs.fetch(request));
  const actual = await transcript((request) => getResponse(httpHandlers, request));
  expect(actual).toEqual(expected);
  expect(expected.map((line) => (line as { status: number }).status)).toEqual([200, 200, 200, 400]);
});

it('leaves requests to other origins and undocumented paths unanswered', async () => {
  const { handlers } = createMswStubs(apis, options);
  const httpHandlers = handlers.filter((handler) => handler instanceof HttpHandler);
  expect(await getResponse(httpHandlers, new Request('http://elsewhere.test/microsite/api/progress'))).toBeUndefined();
  expect(await getResponse(httpHandlers, new Request(`${ORIGIN}/nowhere/at-all`))).toBeUndefined();
});
