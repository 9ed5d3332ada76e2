// scorecard: the `assessment-session` cookie set by `POST /api/assessment/start`. Starting is
// limited to 10 an hour per client address (the prose's limit, which the fuzzer's own `start`
// requests share): once it is spent, a long run keeps the caller it already has rather than
// waiting out the hour. The limit itself is right and stays exercised: those 429s are answers
// the fuzzer checks like any other.
import type { Credentials, RobustnessFixture } from './fixture.ts';

/** The last caller started through each sender: reused when the start limit is spent. */
const lastCaller = new WeakMap<object, Credentials>();

export const scorecardFixture: RobustnessFixture = {
  api: 'scorecard',
  async signIn(send) {
    const { status, headers } = await send('POST', '/api/assessment/start', { body: {} });
    const previous = lastCaller.get(send);
    if (status === 429 && previous) return previous;
    if (status !== 200) throw new Error(`scorecard: start → ${status}`);
    const cookie = headers.getSetCookie().find((c) => c.startsWith('assessment-session='));
    if (!cookie) throw new Error('scorecard: no assessment-session cookie');
    const credentials = { cookie: cookie.split(';')[0] ?? '' };
    lastCaller.set(send, credentials);
    return credentials;
  },
  // Health reports real measurements of each instance (the documented `uptime` and mean
  // answer time), which two instances cannot share; every other field must still match.
  measured: { 'GET /api/health': ['uptime', 'performance.avgResponseTime'] },
};
