// One client cannot evict every other user's session by creating sessions fast: each API that
// keeps sessions in a capped store (1,000 or more, least recently used first) lets one client
// address create at most 100 a minute. The 101st gets a 429 in the API's envelope with
// Retry-After; everyone else's sessions, and other addresses, are untouched. Both transports
// (MSW has one address for everything); over HTTP a second loopback address (127.0.0.2) is
// a second client.
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_PASSWORD } from '../fixtures/sage/accounts.ts';
import { SESSION_CREATIONS_PER_MINUTE } from '../src/core/session-creation.ts';
import { CookieJar, clientFor } from './support/client.ts';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

type Call = ReturnType<typeof clientFor>;

interface Case {
  api: string;
  /** Creates one session (or account); its answer. */
  create(call: Call, n: number): ReturnType<Call>;
  /** A session made before the flood, and whether it still works. */
  victim(call: Call): Promise<() => Promise<boolean>>;
}

const cases: Case[] = [
  {
    api: 'microsite',
    create: (call) => call('POST', '/api/auth/session'),
    async victim(call) {
      const { accessToken } = (await call('POST', '/api/auth/session')).json;
      return async () => (await call('GET', '/api/progress', { token: accessToken })).status === 200;
    },
  },
  {
    api: 'ally',
    create: (call) => call('POST', '/api/chats', { body: { prompt: 'hello' } }),
    async victim(call) {
      const jar = new CookieJar();
      await call('POST', '/api/chats', { jar, body: { prompt: 'mine' } });
      return async () => (await call('GET', '/api/chats', { jar })).status === 200;
    },
  },
  {
    api: 'sage',
    create: (call, n) =>
      n % 2 === 0
        ? call('POST', '/api/auth/register', {
            body: { email: `flood${n}@example.com`, password: 'securePassword123', displayName: 'Flood' },
          })
        : call('POST', '/api/auth/login', { body: { email: 'free@sage.test', password: 'wrong-password' } }),
    async victim(call) {
      const login = await call('POST', '/api/auth/login', { body: { email: 'pro@sage.test', password: DEV_PASSWORD } });
      const token = login.json.data.session.accessToken;
      return async () => (await call('GET', '/api/user/profile', { token })).status === 200;
    },
  },
];

for (const [name, start] of [
  ['HTTP', startHttp],
  ['MSW', startMsw],
] as const) {
  describe(`session creation is limited per client address (${name})`, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await start();
    });
    afterAll(() => transport.close());

    for (const { api, create, victim } of cases) {
      it(`${api}: the 101st session in a minute from one address is a 429 with Retry-After; other sessions keep working`, async () => {
        await fetch(`${transport.origin}/__stubs/reset?api=${api}`, { method: 'POST' });
        const call = clientFor(transport, api);
        const stillWorks = await victim(call);
        // The victim's session was the first of this address's budget.
        for (let n = 1; n < SESSION_CREATIONS_PER_MINUTE; n++) expect((await create(call, n)).status).toBeLessThan(429);
        const refused = await create(call, SESSION_CREATIONS_PER_MINUTE);
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(refused.text).toContain('Too many sessions created from this address: at most 100 a minute');
        expect(await stillWorks()).toBe(true);
        // A reset clears the count.
        await fetch(`${transport.origin}/__stubs/reset?api=${api}`, { method: 'POST' });
        expect((await create(call, 0)).status).toBeLessThan(429);
      });
    }

    it('ally: chats created within an existing session do not count', async () => {
      await fetch(`${transport.origin}/__stubs/reset?api=ally`, { method: 'POST' });
      const call = clientFor(transport, 'ally');
      const jar = new CookieJar();
      for (let n = 0; n < SESSION_CREATIONS_PER_MINUTE + 20; n++)
        expect((await call('POST', '/api/chats', { jar, body: { prompt: `chat ${n}` } })).status).toBe(201);
    });
  });
}

describe('session creation over HTTP: per address, and off with --no-rate-limits', () => {
  let transport: Transport;
  let unlimited: Transport;
  beforeAll(async () => {
    [transport, unlimited] = await Promise.all([startHttp(), startHttp({ rateLimits: false })]);
  });
  afterAll(() => Promise.all([transport.close(), unlimited.close()]));

  /** POST /microsite/api/auth/session from a given loopback address. */
  const createFrom = (origin: string, localAddress: string) =>
    new Promise<number>((resolve, reject) => {
      const { hostname, port } = new URL(origin);
      const req = httpRequest({ hostname, port, localAddress, method: 'POST', path: '/microsite/api/auth/session' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });

  it('another address still creates sessions once one address has spent its minute', async () => {
    for (let n = 0; n < SESSION_CREATIONS_PER_MINUTE; n++) expect(await createFrom(transport.origin, '127.0.0.1')).toBe(200);
    expect(await createFrom(transport.origin, '127.0.0.1')).toBe(429);
    expect(await createFrom(transport.origin, '127.0.0.2')).toBe(200);
  });

  it('--no-rate-limits: no limit', async () => {
    for (let n = 0; n < SESSION_CREATIONS_PER_MINUTE + 20; n++) expect(await createFrom(unlimited.origin, '127.0.0.1')).toBe(200);
  });
});
