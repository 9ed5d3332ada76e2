// microsite: anonymous sessions with bearer JWTs. Everything a session owns hangs off its token
// (no resource ids in any path), so there is no other user's object to name: `owned` is absent.

import type { MicrositeEnv } from '../../handlers/microsite/env.ts';
import { microsite } from '../../handlers/microsite/index.ts';
import { seededSecret } from '../../src/core/instance-seeding.ts';
import { type BearerTokens, bearer, keepingLastCaller, type RobustnessFixture, type Send, SessionLimitSpent } from './fixture.ts';

async function issue(send: Send): Promise<BearerTokens> {
  const { status, json } = await send('POST', '/api/auth/session');
  if (status === 429) throw new SessionLimitSpent('microsite: session creation limit spent');
  if (status !== 200) throw new Error(`microsite: session → ${status}`);
  return { access: json.accessToken, refresh: json.refreshToken };
}

export const micrositeFixture: RobustnessFixture = {
  api: 'microsite',
  signIn: (send) =>
    keepingLastCaller(send, async () => {
      const { access } = await issue(send);
      // A goal gives the session missions and a personalisation, so reads answer 200.
      await send('POST', '/api/goal', { headers: bearer(access), body: { input: 'I want to build an AI agent for restaurants' } });
      return bearer(access);
    }),
  bearer: {
    issue,
    async revoke(send, tokens) {
      const { status } = await send('DELETE', '/api/auth/session', {
        headers: bearer(tokens.access),
        body: { refreshToken: tokens.refresh },
      });
      if (status !== 200) throw new Error(`microsite: revoke → ${status}`);
    },
    async expired(seed) {
      const twoYearsAgo = new Date(Date.now() - 2 * 365 * 24 * 3600 * 1000);
      const info = {
        id: 'microsite',
        secret: seededSecret('microsite', seed),
        now: () => twoYearsAgo,
        streamDelayMs: 0,
        testEndpoints: true,
      };
      const services = microsite.createServices(info) as MicrositeEnv['services'];
      return services.jwt.sign({ kind: 'access', jti: 'expired', sessionId: 'expired-session' }, 3600);
    },
  },
};
