// The sage API: document, the wisdom envelope `{"success":false,"error":{…}}`, bearer JWT
// accounts, tiers with the prose's rate limits, and the `/api/v1` alias of every path.
import { createJwtIssuer, defineApi } from '../../src/core/index.ts';
import { document } from '../../src/generated/sage.document.ts';
import type { paths } from '../../src/generated/sage.ts';
import { adminHandlers } from './admin.ts';
import { aiHandlers } from './ai.ts';
import { authHandlers, bearerAuth } from './auth.ts';
import { calendarHandlers } from './calendar.ts';
import { consultationHandlers } from './consultations.ts';
import { culturalHandlers } from './cultural.ts';
import { createState, type SageEnv } from './env.ts';
import { sageEnvelope } from './envelope.ts';
import { exportHandlers } from './exports.ts';
import { guidanceHandlers } from './guidance.ts';
import { performanceHandlers } from './performance.ts';
import { scenarios } from './scenarios.ts';
import { stripeWebhookSecret, subscriptionHandlers } from './subscriptions.ts';
import { sageRateLimit } from './tiers.ts';
import { userHandlers } from './user.ts';
import { sageWebSocket } from './websocket.ts';

export const sage = defineApi<paths, SageEnv>({
  id: 'sage',
  document,
  envelope: sageEnvelope,
  createServices: (instance) => ({
    jwt: createJwtIssuer(instance.secret, 'contract-stubs/sage', instance.now),
    streamDelayMs: instance.streamDelayMs,
    stripeWebhookSecret: stripeWebhookSecret(),
  }),
  createState,
  authenticate: { bearerAuth },
  handlers: {
    ...authHandlers,
    ...consultationHandlers,
    ...aiHandlers,
    ...guidanceHandlers,
    ...userHandlers,
    ...subscriptionHandlers,
    ...adminHandlers,
    ...exportHandlers,
    ...culturalHandlers,
    ...performanceHandlers,
    ...calendarHandlers,
  },
  rateLimit: sageRateLimit,
  // Each registration and each login starts a session (and a registration an account).
  createsSession: ({ operation }) => operation.key === 'POST /api/auth/register' || operation.key === 'POST /api/auth/login',
  pathAliases: { '/api/v1': '/api' },
  websocket: sageWebSocket,
  scenarios,
});
