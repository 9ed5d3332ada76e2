// The ally API: document, envelope `{"statusCode","statusMessage"}`, `nuxt-session` cookie
// sessions, SSE replies, and CORS that echoes the requesting origin (for iframes).
import { defineApi } from '../../src/core/index.ts';
import { document } from '../../src/generated/ally.document.ts';
import type { paths } from '../../src/generated/ally.ts';
import { chatHandlers, existingSession } from './chats.ts';
import { type AllyEnv, cookieAuth, createState } from './env.ts';
import { messageHandlers } from './messages.ts';
import { scenarios } from './scenarios.ts';
import { utilityHandlers } from './utility.ts';

export const ally = defineApi<paths, AllyEnv>({
  id: 'ally',
  document,
  envelope: ({ status, message }) => ({ statusCode: status, statusMessage: message }),
  createServices: (instance) => ({ streamDelayMs: instance.streamDelayMs }),
  createState,
  authenticate: { cookieAuth },
  handlers: { ...chatHandlers, ...messageHandlers, ...utilityHandlers },
  scenarios,
  // A chat created without a session the stub has starts one.
  createsSession: ({ operation, cookies, state }) => operation.key === 'POST /api/chats' && !existingSession(state, cookies),
  cors: { methods: ['GET', 'POST', 'PUT', 'DELETE'], headers: ['Content-Type', 'Authorization'], credentials: true, maxAgeSeconds: 600 },
});
