// Every API's scenarios, loaded with the same seed and clock over HTTP and through MSW, answer
// the same bytes: the same tokens, cookies, ids and credentials, so a test may keep them.
import { describe, expect, it } from 'vitest';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';

const OPTIONS = { seed: 11, now: new Date('2025-09-10T15:00:00Z') };

async function loadEvery(t: Transport): Promise<string[]> {
  const listed = (await (await fetch(`${t.origin}/__stubs/scenarios`)).json()) as { scenarios: { api: string; name: string }[] };
  const answers: string[] = [];
  for (const { api, name } of listed.scenarios) {
    const response = await fetch(`${t.origin}/__stubs/scenarios/${api}/${name}`, { method: 'POST' });
    answers.push(`${api}/${name} ${response.status} ${await response.text()}`);
  }
  return answers;
}

describe('scenario determinism', () => {
  it('loads every scenario to the same answer over HTTP and through MSW, for the same seed and clock', async () => {
    const http = await startHttp(OPTIONS);
    const msw = await startMsw(OPTIONS);
    try {
      const overHttp = await loadEvery(http);
      expect(overHttp.length).toBeGreaterThanOrEqual(20);
      expect(overHttp.every((answer) => / 200 /.test(answer))).toBe(true);
      expect(await loadEvery(msw)).toEqual(overHttp);
    } finally {
      await Promise.all([http.close(), msw.close()]);
    }
  });
});
