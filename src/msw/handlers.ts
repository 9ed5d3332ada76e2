// MSW 3 request handlers over the core: the same pipeline as the Express server, validated
// by the core's own Ajv validator (express-openapi-validator cannot run in a browser).
// Works with `setupWorker` (msw/browser) and `setupServer` (msw/node) alike.
import { type HttpHandler, HttpResponse, http } from 'msw';
import type { RuntimeApiDefinition } from '../core/definition.ts';
import { setCookiesOf } from '../core/reply.ts';
import { createStubs, type Stubs, type StubsOptions } from '../core/stubs.ts';

export interface MswStubsOptions extends StubsOptions {
  /**
   * Origin the app calls, e.g. `http://127.0.0.1:4010`. Omit to answer on any origin (in a
   * browser that includes the page's own, for apps calling `/microsite/api/...`).
   */
  origin?: string;
}

export interface MswStubs {
  stubs: Stubs;
  handlers: HttpHandler[];
}

/**
 * The answer as MSW wants it for cookies: an `HttpResponse` built from headers that still hold
 * the `Set-Cookie` values, which MSW then keeps for later requests and forwards to the page.
 */
function withCookies(response: Response): Response {
  const cookies = setCookiesOf(response);
  if (cookies.length === 0) return response;
  const headers = new Headers(response.headers);
  headers.delete('set-cookie');
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new HttpResponse(response.body, { status: response.status, statusText: response.statusText, headers });
}

export function createMswStubs(definitions: RuntimeApiDefinition[], options: MswStubsOptions = {}): MswStubs {
  const stubs = createStubs(definitions, options);
  const ours = (request: Request): boolean => {
    const url = new URL(request.url);
    if (options.origin !== undefined && url.origin !== new URL(options.origin).origin) return false;
    if (url.pathname === '/__stubs' || url.pathname.startsWith('/__stubs/')) return true;
    const target = stubs.resolve(url.pathname);
    if (!target) return false;
    if (target.mounted.prefix !== '') return true;
    // An API served at the root shares the page's origin: claim only its documented routes
    // and its document, never the page's own assets.
    return target.path === '/openapi.json' || target.mounted.api.operationFor(request.method, target.path) !== undefined;
  };
  return {
    stubs,
    handlers: [
      http.all(
        ({ request }) => ours(request),
        async ({ request, cookies }) => {
          // A browser never lets a service worker see the page's cookies in a `Cookie` header:
          // MSW hands them over as `cookies` (from its cookie store and `document.cookie`).
          const response = await stubs.fetch(request, { cookies });
          return withCookies(response);
        },
      ),
    ],
  };
}
