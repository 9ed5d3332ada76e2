// scorecard through openapi-fetch, typed by the package export `contract-stubs/types/scorecard`:
// the calls compile only if they match the document; answers come from the running stub (strict).

import type { paths } from 'contract-stubs/types/scorecard';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';
import { type RunningServer, serve } from '../../src/node/index.ts';

let running: RunningServer;
beforeAll(async () => {
  running = await serve(apis, { port: 0, strict: true });
});
afterAll(() => running.close());

it('starts an assessment, saves a step with its session cookie, and refuses a bad choice in the envelope', async () => {
  const client = createClient<paths>({ baseUrl: `${running.origin}/scorecard` });
  const started = await client.POST('/api/assessment/start', { body: { email: 'ceo@company.com', company: 'Acme Corp' } });
  expect(started.response.status).toBe(200);
  const cookie = started.response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  expect(cookie).toBe(`assessment-session=${started.data?.sessionId}`);

  const responses = { value_assurance_1: 'A', value_assurance_2: 'B', value_assurance_3: 'C', value_assurance_4: 'C' };
  const saved = await client.POST('/api/assessment/save-progress', { body: { step: 0, responses }, headers: { cookie } });
  const canProceed: boolean | undefined = saved.data?.canProceed;
  expect(canProceed).toBe(true);
  const resumed = await client.GET('/api/assessment/resume', { headers: { cookie } });
  expect(resumed.data?.assessment?.responses).toEqual(responses);

  const anonymous = await client.GET('/api/assessment/resume');
  expect(anonymous.response.status).toBe(401);
  expect(anonymous.error?.error.code).toBe('SESSION_EXPIRED');

  const bad = await client.POST('/api/assessment/save-progress', {
    body: { step: 0, responses: { value_assurance_1: 'X' } },
    headers: { cookie },
  });
  expect(bad.response.status).toBe(422);
  expect(bad.error?.error).toMatchObject({
    code: 'VALIDATION_ERROR',
    details: { field: 'responses.value_assurance_1', validChoices: ['A', 'B', 'C', 'D', 'E'] },
  });

  // @ts-expect-error `completionTime` is required by the document
  const refused = await client.POST('/api/assessment/submit', { body: {}, headers: { cookie } });
  expect(refused.response.status).toBe(400);
  expect(refused.error?.error).toMatchObject({ code: 'VALIDATION_ERROR', details: { field: 'completionTime', reason: 'is required' } });
});
