// Accounts: register, login, refresh. Passwords are hashed (PBKDF2, salt from the seeded faker);
// tokens are HS256 JWTs (core/jwt.ts, `jose`) whose `sub` is the user id.
import { DEFAULT_COUNTRY } from '../../fixtures/shadow-coach/crisis-resources.ts';
import { hashPassword, verifyPassword } from '../../src/core/index.ts';
import type { CoachHandlers, Tools, UserRecord } from './env.ts';
import { newId, TOKEN_LIFETIME_SECONDS } from './env.ts';

async function issueToken(ctx: Tools, userId: string) {
  const token = await ctx.services.jwt.sign({ kind: 'access', jti: ctx.faker.string.uuid(), sub: userId }, TOKEN_LIFETIME_SECONDS);
  const expiresAt = new Date(Math.floor(ctx.now().getTime() / 1000) * 1000 + TOKEN_LIFETIME_SECONDS * 1000);
  return { token, expires_at: expiresAt.toISOString() };
}

export const authHandlers = {
  'POST /v1/auth/register': async (ctx) => {
    const { email, password, consent_for_research, preferences } = ctx.body;
    const key = email.toLowerCase();
    const taken = ctx.state.emails.get(key);
    if (taken !== undefined && ctx.state.users.get(taken)) {
      return ctx.fail(409, `Email ${key} is already registered`, { code: 'AUTH_EMAIL_TAKEN', details: { field: 'body.email' } });
    }
    const salt = Uint8Array.from({ length: 16 }, () => ctx.faker.number.int(255));
    const record: UserRecord = {
      user: {
        user_id: newId('usr', ctx.faker),
        email: key,
        created_at: ctx.now().toISOString(),
        preferences: {
          session_length: preferences?.session_length ?? 'medium',
          notifications_enabled: preferences?.notifications_enabled ?? true,
          consent_for_research: consent_for_research ?? false,
          country: (preferences?.country ?? DEFAULT_COUNTRY).toUpperCase(),
        },
        safety_contact: null,
      },
      passwordHash: await hashPassword(password, salt),
      sessions: new Map(),
      moods: [],
      exports: new Map(),
      checkIns: [],
      referral: null,
    };
    ctx.state.users.set(record.user.user_id, record);
    ctx.state.emails.set(key, record.user.user_id);
    const issued = await issueToken(ctx, record.user.user_id);
    return ctx.reply(201).json({ user_id: record.user.user_id, ...issued, user: structuredClone(record.user) });
  },

  'POST /v1/auth/login': async (ctx) => {
    const key = ctx.body.email.toLowerCase();
    const id = ctx.state.emails.get(key);
    const record = id === undefined ? undefined : ctx.state.users.get(id);
    // The same answer for an unknown email and a wrong password: no account probing.
    if (!record || !(await verifyPassword(ctx.body.password, record.passwordHash))) {
      return ctx.fail(401, 'Invalid email or password', { code: 'AUTH_INVALID_CREDENTIALS' });
    }
    return ctx.reply(200).json({ user_id: record.user.user_id, ...(await issueToken(ctx, record.user.user_id)) });
  },

  'POST /v1/auth/refresh': async (ctx) => {
    const userId = ctx.principal?.userId;
    if (!userId) return ctx.fail(401, 'header.authorization: Bearer <token> is required', { code: 'AUTH_MISSING_TOKEN' });
    return ctx.reply(200).json(await issueToken(ctx, userId));
  },
} satisfies Partial<CoachHandlers>;
