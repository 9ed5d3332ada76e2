// Accounts and sessions: register, login, rotating refresh, logout. Passwords are PBKDF2 hashes
// (core/password.ts), tokens real JWTs (core/jwt.ts) carrying the session and user ids.
import type { AuthResult } from '../../src/core/index.ts';
import { hashPassword, verifyPassword } from '../../src/core/index.ts';
import type { AuthUser, SageEnv, SageHandlers, SageState, SessionRecord, UserRecord } from './env.ts';
import { ACCESS_TOKEN_SECONDS, defaultPreferences, REFRESH_TOKEN_SECONDS, userOf } from './env.ts';
import { invalid } from './envelope.ts';
import { checkTimeZone } from './preferences.ts';

type Services = SageEnv['services'];

function bearerToken(header: string | undefined): { ok: true; token: string } | { ok: false; message: string } | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return { ok: false, message: 'header.authorization: must be "Bearer <token>"' };
  return { ok: true, token: match[1] };
}

/** The `bearerAuth` scheme: a valid access token of a session that did not log out. */
export async function bearerAuth(input: {
  headers: Record<string, string>;
  state: SageState;
  services: Services;
}): Promise<AuthResult<SageEnv['principal']>> {
  const bearer = bearerToken(input.headers.authorization);
  if (!bearer) return { ok: false, status: 401, message: 'header.authorization: Bearer <accessToken> is required' };
  if (!bearer.ok) return { ok: false, status: 401, message: bearer.message };
  const verified = await input.services.jwt.verify(bearer.token, 'access');
  if (!verified.ok) return { ok: false, status: 401, message: `header.authorization: ${verified.reason}` };
  const { sessionId, userId } = verified.claims;
  if (typeof sessionId !== 'string' || typeof userId !== 'string') {
    return { ok: false, status: 401, message: 'header.authorization: token has no session' };
  }
  const session = input.state.sessions.get(sessionId);
  if (!session || session.revoked)
    return { ok: false, status: 401, message: 'header.authorization: the session has ended (logged out, expired or reset)' };
  if (!input.state.users.get(userId)) return { ok: false, status: 401, message: 'header.authorization: the account no longer exists' };
  return { ok: true, principal: { userId, sessionId } };
}

async function issueSession(services: Services, session: SessionRecord, uuid: () => string, now: Date) {
  session.refreshJti = uuid();
  const claims = { sessionId: session.id, userId: session.userId };
  const [accessToken, refreshToken] = await Promise.all([
    services.jwt.sign({ kind: 'access', jti: uuid(), ...claims }, ACCESS_TOKEN_SECONDS),
    services.jwt.sign({ kind: 'refresh', jti: session.refreshJti, ...claims }, REFRESH_TOKEN_SECONDS),
  ]);
  // The JWT's `exp` is in whole seconds; expiresAt says the same instant.
  const expiresAt = new Date((Math.floor(now.getTime() / 1000) + ACCESS_TOKEN_SECONDS) * 1000).toISOString();
  return { accessToken, refreshToken, expiresAt };
}

function authUser(user: UserRecord): AuthUser {
  const { interpretationStyle, guidanceTime, timezone } = user.preferences;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    subscriptionTier: user.tier,
    onboardingCompleted: user.onboardingCompleted,
    preferences: { interpretationStyle, guidanceTime, timezone },
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
  };
}

function startSession(state: SageState, userId: string, id: string): SessionRecord {
  const session: SessionRecord = { id, userId, refreshJti: '', revoked: false };
  state.sessions.set(session.id, session);
  return session;
}

const WRONG_CREDENTIALS = 'Email or password is incorrect';

export const authHandlers = {
  'POST /api/auth/register': async (ctx) => {
    const { email, password, displayName, preferences } = ctx.body;
    const key = email.toLowerCase();
    if (ctx.state.emails.get(key) && ctx.state.users.get(ctx.state.emails.get(key) ?? '')) {
      throw invalid('body.email', 'is already registered', 409);
    }
    if (preferences?.timezone !== undefined) checkTimeZone('body.preferences.timezone', preferences.timezone);
    const at = ctx.now().toISOString();
    const user: UserRecord = {
      id: ctx.faker.string.uuid(),
      email: key,
      passwordHash: await hashPassword(
        password,
        Uint8Array.from({ length: 16 }, () => ctx.faker.number.int(255)),
      ),
      displayName,
      tier: 'free',
      role: 'user',
      onboardingCompleted: false,
      preferences: { ...defaultPreferences(), ...preferences },
      culturalProgressionDate: null,
      createdAt: at,
      updatedAt: at,
      lastLoginAt: at,
      consultationIds: [],
    };
    ctx.state.users.set(user.id, user);
    ctx.state.emails.set(key, user.id);
    const session = startSession(ctx.state, user.id, ctx.faker.string.uuid());
    const tokens = await issueSession(ctx.services, session, () => ctx.faker.string.uuid(), ctx.now());
    return ctx.reply(201).json({ success: true, data: { user: authUser(user), session: tokens } });
  },

  'POST /api/auth/login': async (ctx) => {
    const id = ctx.state.emails.get(ctx.body.email.toLowerCase());
    const user = id ? ctx.state.users.get(id) : undefined;
    if (!user || !(await verifyPassword(ctx.body.password, user.passwordHash))) return ctx.fail(401, WRONG_CREDENTIALS);
    user.lastLoginAt = ctx.now().toISOString();
    const session = startSession(ctx.state, user.id, ctx.faker.string.uuid());
    const tokens = await issueSession(ctx.services, session, () => ctx.faker.string.uuid(), ctx.now());
    return ctx.reply(200).json({ success: true, data: { user: authUser(user), session: tokens } });
  },

  'POST /api/auth/refresh': async (ctx) => {
    const fromHeader = bearerToken(ctx.headers.authorization);
    if (fromHeader && !fromHeader.ok) return ctx.fail(401, fromHeader.message);
    const fromBody = ctx.body?.refreshToken;
    if (fromHeader?.ok && fromBody !== undefined && fromHeader.token !== fromBody) {
      throw invalid('body.refreshToken', 'differs from the token in the Authorization header; send one token, or the same in both');
    }
    const token = fromBody ?? (fromHeader?.ok ? fromHeader.token : undefined);
    if (!token) return ctx.fail(401, 'body.refreshToken: is required (or send it as Authorization: Bearer <refreshToken>)');
    const verified = await ctx.services.jwt.verify(token, 'refresh');
    if (!verified.ok) return ctx.fail(401, `refreshToken: ${verified.reason}`);
    const session = ctx.state.sessions.get(String(verified.claims.sessionId));
    if (!session || session.revoked) return ctx.fail(401, 'refreshToken: the session has ended (logged out, expired or reset)');
    if (session.refreshJti !== verified.claims.jti) return ctx.fail(401, 'refreshToken: was already used (refresh tokens rotate)');
    if (!ctx.state.users.get(session.userId)) return ctx.fail(401, 'refreshToken: the account no longer exists');
    const tokens = await issueSession(ctx.services, session, () => ctx.faker.string.uuid(), ctx.now());
    return ctx.reply(200).json({ success: true, data: tokens });
  },

  'POST /api/auth/logout': (ctx) => {
    userOf(ctx);
    const session = ctx.principal ? ctx.state.sessions.get(ctx.principal.sessionId) : undefined;
    if (session) session.revoked = true;
    return ctx.reply(200).json({ success: true, message: 'Successfully logged out' });
  },
} satisfies Partial<SageHandlers>;
