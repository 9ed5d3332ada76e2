// What a web page in a browser can do to a stub running on the developer's machine: call the
// `/__stubs/*` controls cross-site (refused unless the page's origin is trusted), read an API's
// answers cross-origin (CORS only for trusted origins, never `null`), and reach the server
// under another name by DNS rebinding (refused by `Host`). The page is simulated here by the
// headers a browser sends; test/browser/web-pages.browser.test.ts does it in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieJar, clientFor } from './support/client.ts';
import { parseRawResponse, rawRequest } from './support/raw-socket.ts';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

const TRUSTED = 'https://app.example.com';

for (const [name, start] of [
  ['HTTP', startHttp],
  ['MSW', startMsw],
] as const) {
  describe(`the controls refuse pages of untrusted origins (${name})`, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await start({ corsOrigins: [TRUSTED] });
    });
    afterAll(() => transport.close());

    /** A chat that exists until the stubs are reset; `alive()` says whether it still does. */
    async function chat() {
      const jar = new CookieJar();
      const created = await clientFor(transport, 'ally')('POST', '/api/chats', { jar, body: { prompt: 'still here?' } });
      expect(created.status).toBe(201);
      return { alive: async () => (await clientFor(transport, 'ally')('GET', `/api/chats/${created.json.id}`, { jar })).status === 200 };
    }

    const reset = (headers: Record<string, string>, body?: string) =>
      fetch(`${transport.origin}/__stubs/reset`, { method: 'POST', headers, ...(body !== undefined ? { body } : {}) });

    it('a cross-site "simple" POST /__stubs/reset (text/plain) is a 403 and resets nothing', async () => {
      const { alive } = await chat();
      for (const origin of ['https://evil.example', 'null', 'http://127.0.0.1.evil.example']) {
        const refused = await reset({ origin, 'content-type': 'text/plain' }, 'x');
        expect(refused.status, origin).toBe(403);
        const body = await refused.json();
        expect(body).toEqual({ error: expect.stringContaining(`from a web page at ${origin}`), status: 403 });
        expect(body.error).toContain('requests without an Origin');
      }
      expect(await alive()).toBe(true);
    });

    it('every control refuses such a page, reads included (the journal holds bodies and tokens)', async () => {
      for (const [method, path] of [
        ['GET', '/__stubs/requests'],
        ['DELETE', '/__stubs/requests'],
        ['GET', '/__stubs/apis'],
        ['GET', '/__stubs/nothing'],
      ] as const) {
        const refused = await fetch(`${transport.origin}${path}`, { method, headers: { origin: 'https://evil.example' } });
        expect(refused.status, `${method} ${path}`).toBe(403);
      }
    });

    it('requests without an Origin (curl, test runners) work as before, with or without a body', async () => {
      const { alive } = await chat();
      expect((await reset({})).status).toBe(200);
      expect(await alive()).toBe(false);
      const again = await chat();
      expect((await reset({ 'content-type': 'application/json' }, '{}')).status).toBe(200);
      expect(await again.alive()).toBe(false);
    });

    it('the server’s own origin, loopback origins on any port and --cors-origins are trusted', async () => {
      for (const origin of [
        new URL(transport.origin).origin,
        'http://localhost:5173',
        'http://127.0.0.1:3000',
        'http://[::1]:8080',
        TRUSTED,
      ]) {
        const { alive } = await chat();
        const answer = await reset({ origin, 'content-type': 'text/plain' }, 'x');
        expect(answer.status, origin).toBe(200);
        expect(await alive(), origin).toBe(false);
      }
    });
  });

  describe(`ally's CORS trusts loopback origins and --cors-origins (${name})`, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await start({ corsOrigins: [TRUSTED] });
    });
    afterAll(() => transport.close());
    const preflight = (origin: string) =>
      fetch(`${transport.origin}/ally/api/chats`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });

    it('a listed origin gets its preflight and its answers, credentials included; another does not', async () => {
      const ok = await preflight(TRUSTED);
      expect(ok.status).toBe(204);
      expect(ok.headers.get('access-control-allow-origin')).toBe(TRUSTED);
      const health = await fetch(`${transport.origin}/ally/api/health`, { headers: { origin: TRUSTED } });
      expect(health.headers.get('access-control-allow-origin')).toBe(TRUSTED);
      expect(health.headers.get('access-control-allow-credentials')).toBe('true');
      expect((await preflight('https://other.example.com')).status).toBe(403);
    });

    it('* trusts any origin for CORS, but still not null, and not for the controls', async () => {
      const any = await start({ corsOrigins: ['*'] });
      try {
        const preflightAny = (origin: string) =>
          fetch(`${any.origin}/ally/api/chats`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
        expect((await preflightAny('https://anything.example')).headers.get('access-control-allow-origin')).toBe(
          'https://anything.example',
        );
        expect((await preflightAny('null')).status).toBe(403);
        const reset = await fetch(`${any.origin}/__stubs/reset`, { method: 'POST', headers: { origin: 'https://anything.example' } });
        expect(reset.status).toBe(403);
      } finally {
        await any.close();
      }
    });
  });
}

describe('DNS rebinding: the HTTP server answers only Host names that cannot be rebound', () => {
  let transport: Transport;
  beforeAll(async () => {
    transport = await startHttp({ allowedHosts: ['stubs.example.com'] });
  });
  afterAll(() => transport.close());

  const send = async (host: string, target: string, method = 'GET') =>
    parseRawResponse(
      await rawRequest(transport.origin, `${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`),
    );

  it('a rebound name gets 403 on the controls, JSON naming the Host and the flag that would allow it', async () => {
    for (const [method, target] of [
      ['GET', '/__stubs/requests'],
      ['POST', '/__stubs/reset'],
      ['GET', '/ally/../__stubs/requests'],
    ] as const) {
      const answer = await send('rebind.evil.example:4010', target, method);
      expect(answer.status, target).toBe(403);
      expect(answer.headers.get('contract-stubs-control')).toBe('host-refused');
      expect(JSON.parse(answer.body)).toEqual({ error: expect.stringContaining('--allowed-hosts rebind.evil.example'), status: 403 });
    }
  });

  it('bound to loopback, every path is guarded: an API path answers in that API’s envelope, pages in JSON', async () => {
    const ally = await send('rebind.evil.example', '/ally/api/health');
    expect(ally.status).toBe(403);
    expect(JSON.parse(ally.body)).toEqual({
      statusCode: 403,
      statusMessage: expect.stringContaining('Host "rebind.evil.example" is not served'),
    });
    const sage = await send('rebind.evil.example', '/sage/api/health');
    expect(JSON.parse(sage.body)).toMatchObject({ success: false, error: { message: expect.stringContaining('DNS rebinding') } });
    for (const target of ['/', '/ally/docs', '/ally/openapi.json'])
      expect((await send('rebind.evil.example', target)).status, target).toBe(403);
  });

  it('IP addresses, localhost names and --allowed-hosts are served as before', async () => {
    const port = new URL(transport.origin).port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `app.localhost:${port}`, `[::1]:${port}`, 'stubs.example.com']) {
      expect((await send(host, '/__stubs/apis')).status, host).toBe(200);
      expect((await send(host, '/ally/api/health')).status, host).toBe(200);
    }
  });

  it('a WebSocket upgrade under a rebound name is refused', async () => {
    const answer = await rawRequest(
      transport.origin,
      'GET /sage/ws HTTP/1.1\r\nHost: rebind.evil.example\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
    expect(parseRawResponse(answer).status).toBe(403);
  });
});
