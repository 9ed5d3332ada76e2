// The scorecard API (AI Reality Check): document, envelope `{"error":{code,message,details,
// timestamp,requestId,retryAfter}}`, `assessment-session` cookie sessions, the prose's rate
// limits and security headers, and real scoring.
import { defineApi } from '../../src/core/index.ts';
import { document } from '../../src/generated/scorecard.document.ts';
import type { paths } from '../../src/generated/scorecard.ts';
import { assessmentHandlers } from './assessment.ts';
import { createState, envelope, type ScorecardEnv, sessionCookie } from './env.ts';
import { healthHandlers } from './health.ts';
import { rateLimit } from './rate-limits.ts';
import { resultHandlers } from './results.ts';
import { scenarios } from './scenarios.ts';
import { testEndpointHandlers } from './test-endpoints.ts';

export const scorecard = defineApi<paths, ScorecardEnv>({
  id: 'scorecard',
  document,
  envelope,
  createServices: (instance) => ({ testEndpoints: instance.testEndpoints }),
  createState,
  authenticate: { sessionCookie },
  handlers: { ...assessmentHandlers, ...resultHandlers, ...healthHandlers, ...testEndpointHandlers },
  rateLimit,
  scenarios,
  responseHeaders: {
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-xss-protection': '1; mode=block',
    'content-security-policy': "default-src 'self'",
  },
});
