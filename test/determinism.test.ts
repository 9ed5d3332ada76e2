// Same seed + fixed clock + same requests → byte-identical answers, on a fresh server, after
// a reset, and across transports.
import { describe, expect, it } from 'vitest';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

const OPTIONS = { seed: 7, now: new Date('2025-08-05T10:00:00Z') };

async function micrositeFlow(t: Transport): Promise<string[]> {
  const base = `${t.origin}/microsite/api`;
  const bodies: string[] = [];
  const send = async (method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    bodies.push(`${res.status} ${text}`);
    return JSON.parse(text);
  };
  const { accessToken, refreshToken } = await send('POST', '/auth/session');
  await send('POST', '/goal', accessToken, { input: 'We need to build an assistant for clinics' });
  await send('POST', '/chat', accessToken, { message: 'What next?', context: { page: 'mission-dashboard', section: 'hero' } });
  await send('POST', '/mission/complete', accessToken, { missionId: 'defineMetrics', artifact: { answer: 'no-shows' } });
  await send('GET', '/session', accessToken);
  await send('POST', '/auth/refresh', undefined, { refreshToken });
  await send('GET', '/progress', undefined);
  return bodies;
}

describe('determinism', () => {
  it('gives byte-identical answers for the same seed, clock and requests', async () => {
    const a = await startHttp(OPTIONS);
    const b = await startHttp(OPTIONS);
    try {
      const first = await micrositeFlow(a);
      expect(await micrositeFlow(b)).toEqual(first);
      await fetch(`${a.origin}/__stubs/reset`, { method: 'POST' });
      expect(await micrositeFlow(a)).toEqual(first);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('gives the same bytes over HTTP and through MSW', async () => {
    const http = await startHttp(OPTIONS);
    const msw = await startMsw(OPTIONS);
    try {
      expect(await micrositeFlow(msw)).toEqual(await micrositeFlow(http));
    } finally {
      await Promise.all([http.close(), msw.close()]);
    }
  });

  it('gives different ids for a different seed', async () => {
    const a = await startHttp(OPTIONS);
    const b = await startHttp({ ...OPTIONS, seed: 8 });
    try {
      expect((await micrositeFlow(b))[0]).not.toEqual((await micrositeFlow(a))[0]);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
