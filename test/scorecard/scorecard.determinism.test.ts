// Same seed + fixed clock + same requests → byte-identical scorecard answers (cookies, ids,
// timestamps, scores), on two fresh servers and through MSW, and after resets the same answers
// with new ids (ids never repeat within a server's run). Health is left
// out: its uptime and response times are measured, not derived from the seed.
import { expect, it } from 'vitest';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';

const OPTIONS = { seed: 7, now: new Date('2025-08-12T10:00:00Z') };

async function scorecardFlow(t: Transport): Promise<string[]> {
  const base = `${t.origin}/scorecard/api`;
  const out: string[] = [];
  let cookie = '';
  const send = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = res.headers.getSetCookie();
    if (setCookie[0]?.startsWith('assessment-session=')) cookie = setCookie[0].split(';')[0] ?? '';
    const text = await res.text();
    out.push(`${res.status} ${setCookie.join(',')} ${res.headers.get('x-ratelimit-reset')} ${text}`);
    return text;
  };
  const { assessmentId } = JSON.parse(await send('POST', '/assessment/start', { email: 'ceo@company.com' }));
  await send('POST', '/assessment/save-progress', { step: 0, responses: { value_assurance_1: 'A', value_assurance_2: 'X' } });
  await send('POST', '/assessment/save-progress', { step: 0, responses: { value_assurance_1: 'A', value_assurance_2: 'B' } });
  await send('GET', '/assessment/resume');
  const answers = ['value_assurance', 'customer_safe', 'risk_compliance', 'governance'].flatMap((p, i) =>
    [1, 2, 3, 4].map((n) => [`${p}_${n}`, 'ABCDE'[(i + n) % 5]]),
  );
  await send('POST', '/assessment/submit', { completionTime: 300, finalResponses: Object.fromEntries(answers) });
  await send('GET', `/assessment/results/${assessmentId}`);
  return out;
}

it('gives byte-identical scorecard answers for the same seed and clock, over HTTP and through MSW', async () => {
  const [a, b, msw] = await Promise.all([startHttp(OPTIONS), startHttp(OPTIONS), startMsw(OPTIONS)]);
  try {
    const first = await scorecardFlow(a);
    expect(first[0]).toMatch(/^200 assessment-session=sess_[a-z0-9]{12}; /);
    expect(first[0]).toContain('"expiresAt":"2025-08-13T10:00:00.000Z"');
    expect(await scorecardFlow(b)).toEqual(first);
    // After a reset the same answers again, error request ids included (they restart with the
    // world), except session and assessment ids: those stay unique for the server's life.
    const withoutIds = (lines: string[]) =>
      lines.map((line) => line.replace(/sess_[a-z0-9]{12}/g, 'sess_…').replace(/assess_[a-z0-9]{9}/g, 'assess_…'));
    const idsIn = (lines: string[]) => new Set(lines.join('\n').match(/\b(sess|assess)_[a-z0-9]+/g));
    const seen = idsIn(first);
    for (let reset = 1; reset <= 3; reset++) {
      await fetch(`${a.origin}/__stubs/reset?api=scorecard`, { method: 'POST' });
      const again = await scorecardFlow(a);
      expect(withoutIds(again)).toEqual(withoutIds(first));
      const ids = idsIn(again);
      expect(ids.size).toBe(2);
      for (const id of ids) {
        expect(id).toMatch(/^(sess_[a-z0-9]{12}|assess_[a-z0-9]{9})$/);
        expect(seen.has(id), `${id} after reset ${reset}`).toBe(false);
        seen.add(id);
      }
    }
    expect(await scorecardFlow(msw)).toEqual(first);
  } finally {
    await Promise.all([a.close(), b.close(), msw.close()]);
  }
});
