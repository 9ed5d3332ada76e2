// scorecard: the `assessment-session` cookie set by `POST /api/assessment/start`.
import type { RobustnessFixture } from './fixture.ts';

export const scorecardFixture: RobustnessFixture = {
  api: 'scorecard',
  async signIn(send) {
    const { status, headers } = await send('POST', '/api/assessment/start', { body: {} });
    if (status !== 200) throw new Error(`scorecard: start → ${status}`);
    const cookie = headers.getSetCookie().find((c) => c.startsWith('assessment-session='));
    if (!cookie) throw new Error('scorecard: no assessment-session cookie');
    return { cookie: cookie.split(';')[0] ?? '' };
  },
  // Health reports real measurements of each instance (the documented `uptime` and mean
  // answer time), which two instances cannot share; every other field must still match.
  measured: { 'GET /api/health': ['uptime', 'performance.avgResponseTime'] },
};
