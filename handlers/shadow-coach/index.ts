// The shadow-coach API: document, envelope `{"error":{"code","message","details","request_id",
// "timestamp"}}`, bearer JWTs from register/login, the prose's rate limits.
import { createJwtIssuer, defineApi } from '../../src/core/index.ts';
import { document } from '../../src/generated/shadow-coach.document.ts';
import type { paths } from '../../src/generated/shadow-coach.ts';
import { analyticsHandlers } from './analytics.ts';
import { authHandlers } from './auth.ts';
import { conversationHandlers } from './conversation.ts';
import { bearerAuth, type CoachEnv, createState } from './env.ts';
import { envelope } from './errors.ts';
import { exportHandlers } from './export.ts';
import { journalHandlers } from './journal.ts';
import { rateLimitRules } from './rate-limits.ts';
import { safetyHandlers } from './safety.ts';
import { scenarios } from './scenarios.ts';
import { sessionHandlers } from './sessions.ts';

export const shadowCoach = defineApi<paths, CoachEnv>({
  id: 'shadow-coach',
  document,
  envelope,
  createServices: (instance) => ({
    jwt: createJwtIssuer(instance.secret, 'contract-stubs/shadow-coach', instance.now),
    streamDelayMs: instance.streamDelayMs,
  }),
  createState,
  authenticate: { bearerAuth },
  handlers: {
    ...authHandlers,
    ...sessionHandlers,
    ...conversationHandlers,
    ...journalHandlers,
    ...exportHandlers,
    ...analyticsHandlers,
    ...safetyHandlers,
  },
  rateLimit: { rules: rateLimitRules },
  scenarios,
});
