// Same seed + fixed clock + same requests → byte-identical ally answers (cookies and streamed
// bodies included), on a fresh server and through MSW.
import { expect, it } from 'vitest';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';

const OPTIONS = { seed: 7, now: new Date('2025-08-05T10:00:00Z') };

async function allyFlow(t: Transport): Promise<string[]> {
  const base = `${t.origin}/ally/api`;
  const out: string[] = [];
  let cookie = '';
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers.getSetCookie();
    if (setCookie[0]?.startsWith('nuxt-session=')) cookie = setCookie[0].split(';')[0] ?? '';
    const text = await res.text();
    out.push(`${res.status} ${setCookie.join(',')} ${text}`);
    return text;
  };
  const { id } = JSON.parse(await send('POST', '/chats', { prompt: 'Create Phishing Awareness' }));
  await send('POST', `/chats/${id}`, { model: 'gpt-oss-120b-thinking', messages: [{ role: 'user', content: 'How do I spot phishing?' }] });
  await send('POST', `/chats/${id}/messages`, { role: 'assistant', content: 'Saved.' });
  await send('GET', `/chats/${id}`);
  await send('GET', '/chats');
  return out;
}

it('gives byte-identical ally answers for the same seed and clock, over HTTP and through MSW', async () => {
  const [a, b, msw] = await Promise.all([startHttp(OPTIONS), startHttp(OPTIONS), startMsw(OPTIONS)]);
  try {
    const first = await allyFlow(a);
    expect(first[0]).toMatch(/^201 nuxt-session=/);
    expect(first[0]).toContain('"createdAt":1754388000');
    expect(await allyFlow(b)).toEqual(first);
    expect(await allyFlow(msw)).toEqual(first);
  } finally {
    await Promise.all([a.close(), b.close(), msw.close()]);
  }
});
