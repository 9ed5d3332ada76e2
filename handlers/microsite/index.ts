// The microsite API: document, envelope `{"error":{"code","message"}}`, bearer sessions.
import { createJwtIssuer, defineApi } from '../../src/core/index.ts';
import { document } from '../../src/generated/microsite.document.ts';
import type { paths } from '../../src/generated/microsite.ts';
import { authHandlers, bearerAuth } from './auth.ts';
import { chatHandlers } from './chat.ts';
import { createState, type MicrositeEnv } from './env.ts';
import { goalHandlers } from './goal.ts';
import { missionHandlers } from './missions.ts';
import { scenarios } from './scenarios.ts';

export const microsite = defineApi<paths, MicrositeEnv>({
  id: 'microsite',
  document,
  envelope: ({ status, message }) => ({ error: { code: status, message } }),
  createServices: (instance) => ({
    jwt: createJwtIssuer(instance.secret, 'contract-stubs/microsite', instance.now),
  }),
  createState,
  authenticate: { bearerAuth },
  handlers: { ...authHandlers, ...goalHandlers, ...missionHandlers, ...chatHandlers },
  scenarios,
  createsSession: ({ operation }) => operation.key === 'POST /api/auth/session',
});
