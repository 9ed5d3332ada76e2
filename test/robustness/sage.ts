// sage: `POST /api/auth/register` gives an access/refresh JWT pair bound to a server-side
// session; logout revokes the session. Consultations and exports belong to their user (neither
// has a DELETE). The admin hexagram path is role-guarded, not owned, so it is not listed here.
import { randomUUID } from 'node:crypto';
import type { SageEnv } from '../../handlers/sage/env.ts';
import { sage } from '../../handlers/sage/index.ts';
import { seededSecret } from '../../src/core/instance-seeding.ts';
import {
  type BearerTokens,
  bearer,
  type Credentials,
  keepingLastCaller,
  type RobustnessFixture,
  type Send,
  SessionLimitSpent,
} from './fixture.ts';

async function expect2xx(send: Send, method: string, path: string, headers: Credentials, body?: unknown) {
  const answer = await send(method, path, { headers, body });
  if (answer.status >= 300) throw new Error(`sage: ${method} ${path} → ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json;
}

async function issue(send: Send): Promise<BearerTokens> {
  const body = { email: `robust-${randomUUID()}@example.com`, password: 'securePassword123', displayName: 'Robust Seeker' };
  const answer = await send('POST', '/api/auth/register', { body });
  if (answer.status === 429) throw new SessionLimitSpent('sage: session creation limit spent');
  if (answer.status !== 201) throw new Error(`sage: register → ${answer.status} ${JSON.stringify(answer.json)}`);
  const { data } = answer.json;
  return { access: data.session.accessToken, refresh: data.session.refreshToken };
}

export const sageFixture: RobustnessFixture = {
  api: 'sage',
  signIn: (send) => keepingLastCaller(send, async () => bearer((await issue(send)).access)),
  async owned(send, owner) {
    const { data } = await expect2xx(send, 'POST', '/api/consultation/create', owner, {
      question: 'How can I best approach the career transition I am considering?',
      category: 'career',
    });
    const exported = await expect2xx(send, 'POST', '/api/user/export', owner, { format: 'json', includeConsultations: true });
    const consultation = `/api/consultation/${data.consultation.id}`;
    const exportPath = `/api/user/export/${exported.data.exportId}`;
    return [
      { method: 'GET', path: consultation },
      { method: 'GET', path: exportPath },
      { method: 'GET', path: `${exportPath}/download` },
      { method: 'PATCH', path: consultation, body: { favorite: true, rating: 5 } },
    ];
  },
  bearer: {
    issue,
    async revoke(send, tokens) {
      await expect2xx(send, 'POST', '/api/auth/logout', bearer(tokens.access));
    },
    async expired(seed) {
      const twoYearsAgo = new Date(Date.now() - 2 * 365 * 24 * 3600 * 1000);
      const info = { id: 'sage', secret: seededSecret('sage', seed), now: () => twoYearsAgo, streamDelayMs: 0, testEndpoints: true };
      const services = sage.createServices(info) as SageEnv['services'];
      return services.jwt.sign({ kind: 'access', jti: 'expired', sessionId: 'expired-session', userId: 'expired-user' }, 3600);
    },
  },
};
