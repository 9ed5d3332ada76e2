// Public utility endpoints: the `app-init` cookie (Safari ITP workaround) and health.
import { serializeCookie } from '../../src/core/index.ts';
import type { AllyHandlers } from './env.ts';

export const utilityHandlers = {
  'GET /api/ping': (ctx) => {
    // Over HTTPS the cookie must reach an iframe on another site: SameSite=None needs Secure.
    const cookie = serializeCookie(
      'app-init',
      '1',
      ctx.secure ? { path: '/', sameSite: 'none', secure: true } : { path: '/', sameSite: 'lax' },
    );
    return ctx.reply(200).json('ok', { cookies: [cookie] });
  },

  'GET /api/health': (ctx) => ctx.reply(200).json('running'),
} satisfies Partial<AllyHandlers>;
