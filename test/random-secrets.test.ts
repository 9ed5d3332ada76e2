// Byte-identical runs only when asked for (a seed, or a fixed clock); otherwise every start and
// every reset gives new session cookies and ids, and tokens are signed with a random key — not
// one anybody can derive from the well-known default seed. Both transports.
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { seededSecret } from '../src/core/instance-seeding.ts';
import { DEFAULT_SEED } from '../src/core/stubs.ts';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

/** The `nuxt-session` cookie ally sets on a first chat, and the chat's id. */
async function allySession(t: Transport): Promise<[string, string]> {
  const res = await fetch(`${t.base('ally')}/api/chats`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ prompt: 'Plan my week' }),
  });
  expect(res.status).toBe(201);
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  return [cookie, ((await res.json()) as { id: string }).id];
}

async function micrositeSessionId(t: Transport): Promise<string> {
  const { accessToken } = (await (await fetch(`${t.base('microsite')}/api/auth/session`, { method: 'POST' })).json()) as {
    accessToken: string;
  };
  return JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString()).sessionId;
}

/** A token signed with the key the default seed used to give every unseeded run. */
async function tokenFromTheDefaultSeed(t: Transport): Promise<number> {
  const key = new TextEncoder().encode(seededSecret('microsite', DEFAULT_SEED));
  const token = await new SignJWT({ kind: 'access', jti: 'minted', sessionId: 'minted' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer('contract-stubs/microsite')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(key);
  const res = await fetch(`${t.base('microsite')}/api/session`, { headers: { authorization: `Bearer ${token}` } });
  await res.text();
  return res.status;
}

const reset = async (t: Transport) => (await fetch(`${t.origin}/__stubs/reset`, { method: 'POST' })).text();

for (const start of [startHttp, startMsw]) {
  describe(`seeds and secrets (${start.name})`, () => {
    it('without a seed: new cookies and ids after every start and reset, and a key nobody can derive', async () => {
      const a = await start();
      const first = await allySession(a);
      const firstSession = await micrositeSessionId(a);
      await reset(a);
      const afterReset = await allySession(a);
      const sessionAfterReset = await micrositeSessionId(a);
      const minted = await tokenFromTheDefaultSeed(a);
      await a.close();
      const b = await start();
      const restarted = await allySession(b);
      const sessionRestarted = await micrositeSessionId(b);
      await b.close();
      expect(new Set([first[0], afterReset[0], restarted[0]]).size).toBe(3);
      expect(new Set([first[1], afterReset[1], restarted[1]]).size).toBe(3);
      expect(new Set([firstSession, sessionAfterReset, sessionRestarted]).size).toBe(3);
      expect(minted).toBe(401);
    });

    it('with a seed, or only a fixed clock: the same cookies and ids after every start and reset', async () => {
      for (const options of [{ seed: 11 }, { now: new Date('2025-08-05T10:00:00Z') }]) {
        const a = await start(options);
        const first = await allySession(a);
        await reset(a);
        const afterReset = await allySession(a);
        await a.close();
        const b = await start(options);
        const restarted = await allySession(b);
        await b.close();
        expect(afterReset).toEqual(first);
        expect(restarted).toEqual(first);
      }
      // The default seed's key is the one a fixed clock alone signs with.
      const fixed = await start({ now: new Date() });
      expect(await tokenFromTheDefaultSeed(fixed)).toBe(404); // signature accepted; no such session
      await fixed.close();
    });
  });
}
