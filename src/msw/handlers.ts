// MSW 3 request handlers over the core: the same pipeline as the Express server, validated
// by the core's own Ajv validator (express-openapi-validator cannot run in a browser).
// Works with `setupWorker` (msw/browser) and `setupServer` (msw/node) alike.
import { type HttpHandler, HttpResponse, http, type WebSocketHandler, ws } from 'msw';
import { CLOSE_BAD_CONTEXT, contextNameProblem } from '../core/contexts.ts';
import type { RuntimeApiDefinition } from '../core/definition.ts';
import { setCookiesOf } from '../core/reply.ts';
import { createStubs, type Stubs, type StubsOptions } from '../core/stubs.ts';
import { SOCKET_PATH } from '../core/websocket.ts';

export interface MswStubsOptions extends StubsOptions {
  /**
   * Origin the app calls, e.g. `http://127.0.0.1:4010`. Omit to answer on any origin (in a
   * browser that includes the page's own, for apps calling `/microsite/api/...`).
   */
  origin?: string;
}

export interface MswStubs {
  stubs: Stubs;
  /** HTTP handlers and one `ws.link` per API with a WebSocket channel (`/<api>/ws`). */
  handlers: (HttpHandler | WebSocketHandler)[];
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
  // In a browser the page's own origin is trusted (CORS and the controls), whatever origin it mocks.
  const page = (globalThis as { location?: { origin?: string } }).location?.origin;
  const trusted = page && page !== 'null' ? [...(options.corsOrigins ?? []), page] : options.corsOrigins;
  const stubs = createStubs(definitions, { ...options, ...(trusted ? { corsOrigins: trusted } : {}) });
  // MSW asks every request through this predicate: parse the configured origin once, not per request.
  const origin = options.origin === undefined ? undefined : new URL(options.origin).origin;
  const ours = (request: Request): boolean => {
    const url = new URL(request.url);
    if (origin !== undefined && url.origin !== origin) return false;
    if (url.pathname === '/__stubs' || url.pathname.startsWith('/__stubs/')) return true;
    const target = stubs.resolve(url.pathname);
    if (!target) return false;
    if (target.mounted.prefix !== '') return true;
    // An API served at the root shares the page's origin: claim only its documented routes
    // and its document, never the page's own assets.
    return target.path === '/openapi.json' || target.mounted.api.operationFor(request.method, target.path) !== undefined;
  };
  // Each API's WebSocket channel: MSW hands the intercepted client to the same core channel.
  const socketOrigin = origin === undefined ? '*' : origin.replace(/^http/, 'ws');
  const sockets = stubs.apis
    .filter((mounted) => mounted.api.definition.websocket)
    .map((mounted) =>
      ws.link(`${socketOrigin}${mounted.prefix}${SOCKET_PATH}`).addEventListener('connection', ({ client }) => {
        // `?context=<name>` on the socket's URL, as on the Node server (browsers send no headers).
        const context = client.url.searchParams.get('context') ?? undefined;
        const problem = context === undefined ? undefined : contextNameProblem(context);
        if (problem !== undefined) {
          setTimeout(() => client.close(CLOSE_BAD_CONTEXT, `context ${problem}`), 0);
          return;
        }
        mounted.api.connectSocket(
          {
            send: (text) => client.send(text),
            // MSW delivers sent messages on a later task but closes at once: close after them.
            close: (code, reason) => setTimeout(() => client.close(code, reason), 0),
            onMessage: (listener) =>
              client.addEventListener('message', (event) => listener(typeof event.data === 'string' ? event.data : '')),
            onClose: (listener) => client.addEventListener('close', () => listener()),
          },
          context,
        );
      }),
    );
  return {
    stubs,
    handlers: [
      ...sockets,
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
