// Same seed + fixed clock + same requests → byte-identical sage answers (tokens, casts, streamed
// readings, cache hits, rate-limit headers), on fresh servers and through MSW.
import { expect, it } from 'vitest';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';

const OPTIONS = { seed: 11, now: new Date('2025-07-30T10:30:00Z') };

async function sageFlow(t: Transport): Promise<string[]> {
  const base = `${t.origin}/sage/api`;
  const out: string[] = [];
  let token = '';
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    out.push(`${res.status} ${res.headers.get('x-ratelimit-remaining')} ${res.headers.get('x-ratelimit-reset')} ${text}`);
    return text;
  };
  const registered = JSON.parse(
    await send('POST', '/auth/register', { email: 'same@example.com', password: 'securePassword123', displayName: 'Same' }),
  );
  token = registered.data.session.accessToken;
  const question = { question: 'Should I make a career change right now?', category: 'career' };
  const { data } = JSON.parse(await send('POST', '/consultation/create', question));
  await send('POST', '/consultation/create-stream', { ...question, question: 'Should I change my career right now?' });
  await send('GET', `/consultation/${data.consultation.id}`);
  await send('GET', '/consultation/history');
  await send('GET', '/guidance/daily');
  await send('GET', '/user/profile');
  return out;
}

it('gives byte-identical sage answers for the same seed and clock, over HTTP and through MSW', async () => {
  const [a, b, msw] = await Promise.all([startHttp(OPTIONS), startHttp(OPTIONS), startMsw(OPTIONS)]);
  try {
    const first = await sageFlow(a);
    expect(first[0]).toMatch(/^201 /);
    expect(first[0]).toContain('"createdAt":"2025-07-30T10:30:00.000Z"');
    expect(first[2]).toContain('"cacheHit":true');
    expect(await sageFlow(b)).toEqual(first);
    expect(await sageFlow(msw)).toEqual(first);
  } finally {
    await Promise.all([a.close(), b.close(), msw.close()]);
  }
});
