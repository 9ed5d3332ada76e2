// A browser app's mocks, checked with bundler resolution and the DOM's types only (no Node):
// one API for the page, through the service worker, and a client typed for it.
import { microsite } from 'contract-stubs/handlers/microsite';
import { createMswStubs } from 'contract-stubs/msw';
import type { paths } from 'contract-stubs/types/microsite';
import { setupWorker } from 'msw/browser';
import createClient from 'openapi-fetch';

export async function startMocks(): Promise<void> {
  const { handlers } = createMswStubs([microsite], { streamDelayMs: 30 });
  await setupWorker(...handlers).start({ onUnhandledFrame: 'bypass' });
}

export async function unlocked(): Promise<boolean> {
  const api = createClient<paths>({ baseUrl: '/microsite', fetch: (...args) => fetch(...args) });
  const session = await api.POST('/api/auth/session');
  const headers = { Authorization: `Bearer ${session.data?.accessToken ?? ''}` };
  const { data } = await api.GET('/api/unlock-status', { headers });
  return data?.callUnlocked ?? false;
}
