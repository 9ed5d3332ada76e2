// Same seed + fixed clock + same requests → byte-identical shadow-coach answers (tokens, ids,
// streamed events and the exported PDF included), on a fresh server and through MSW. With the
// clock fixed, an export completes at its first status poll.
import { expect, it } from 'vitest';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';

const OPTIONS = { seed: 7, now: new Date('2025-08-05T10:00:00Z') };

async function coachFlow(t: Transport): Promise<string[]> {
  const base = `${t.origin}/shadow-coach/v1`;
  const out: string[] = [];
  let token = '';
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const bytes = Buffer.from(await res.arrayBuffer());
    const json = res.headers.get('content-type')?.includes('json');
    // The download URL names the origin, which differs between servers; nothing else may.
    const text = json ? bytes.toString().replaceAll(t.origin, 'ORIGIN') : bytes.toString('base64');
    out.push(`${res.status} ${text}`);
    return json ? JSON.parse(text) : bytes;
  };
  ({ token } = await send('POST', '/auth/register', { email: 'user@example.com', password: 'secure_password_123' }));
  const { session_id } = await send('POST', '/session/start', {
    session_type: 'gentle_deep',
    mood_score: 5,
    initial_message: 'Work stress.',
  });
  await send('POST', `/session/${session_id}/message`, { message_text: "I keep thinking I'm not good enough." });
  await send('POST', '/conversation/stream', { session_id, message_text: 'It started at school.' });
  await send('POST', `/session/${session_id}/end`, { rating: 5 });
  const { export_id } = await send('POST', '/journal/export', { format: 'pdf', include_transcript: true });
  const status = await send('GET', `/journal/export/${export_id}`);
  expect(status.status).toBe('completed');
  const pdf = (await send('GET', `/journal/export/${export_id}/download`)) as Buffer;
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.byteLength).toBe(status.file_size_bytes);
  await send('GET', '/analytics/progress');
  return out;
}

it('gives byte-identical shadow-coach answers for the same seed and clock, over HTTP and through MSW', async () => {
  const [a, b, msw] = await Promise.all([startHttp(OPTIONS), startHttp(OPTIONS), startMsw(OPTIONS)]);
  try {
    const first = await coachFlow(a);
    expect(first[0]).toMatch(/^201 /);
    expect(await coachFlow(b)).toEqual(first);
    await fetch(`${a.origin}/__stubs/reset`, { method: 'POST' });
    expect(await coachFlow(a)).toEqual(first);
    expect(await coachFlow(msw)).toEqual(first);
  } finally {
    await Promise.all([a.close(), b.close(), msw.close()]);
  }
});
