// The MSW example of docs/network.md, written as a frontend's own test would use it: a slow
// answer for a loading state, a failure for an error screen, one operation failing while the
// rest work for a retry, and a request that hangs until the app gives up.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import { SettingsError } from '../src/core/settings-change.ts';
import { createMswStubs } from '../src/msw/index.ts';

// In an app: import { createMswStubs } from 'contract-stubs/msw'; import { apis } from 'contract-stubs/handlers';
const { handlers, stubs } = createMswStubs(apis, { origin: 'http://127.0.0.1:4010', latency: 150 });
const server = setupServer(...handlers);
const BASE = 'http://127.0.0.1:4010/scorecard/api';

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }));
afterEach(() => {
  stubs.settings.reset();
  stubs.reset();
});
afterAll(() => server.close());

it('keeps every request pending for the latency: a loading state to look at', async () => {
  const started = performance.now();
  const response = await fetch(`${BASE}/health`);
  expect(response.status).toBe(200);
  expect(performance.now() - started).toBeGreaterThanOrEqual(140);
});

it('fails one operation while the rest of the app works: a retry to prove', async () => {
  stubs.settings.set({ latency: 0 });
  stubs.settings.set({ api: 'scorecard', operation: 'GET /api/health', faultRate: 1, faultKinds: ['reset'] });
  await expect(fetch(`${BASE}/health`)).rejects.toThrow(TypeError);
  expect((await fetch(`${BASE}/assessment/resume`)).status).not.toBe(503);
  expect((await fetch('http://127.0.0.1:4010/ally/api/health')).status).toBe(200);
  expect(stubs.settings.get().overrides).toEqual([{ api: 'scorecard', operation: 'GET /api/health', faultRate: 1, faultKinds: ['reset'] }]);
});

it('answers one request with the fault it asks for: an error screen to check', async () => {
  const response = await fetch(`${BASE}/health`, { headers: { Prefer: 'fault=error, delay=0' } });
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ error: { code: 'SERVICE_UNAVAILABLE' } });
});

it('hangs until the app gives up: a timeout to handle', async () => {
  await expect(fetch(`${BASE}/health`, { headers: { Prefer: 'fault=hang' }, signal: AbortSignal.timeout(200) })).rejects.toMatchObject({
    name: 'TimeoutError',
  });
});

it('refuses settings that make no sense, saying why', () => {
  expect(() => stubs.settings.set({ faultRate: 2 })).toThrow(new SettingsError('faultRate must be a number from 0 to 1, got 2'));
});
