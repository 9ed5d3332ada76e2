// Anonymous sessions: issue, rotate, revoke. Tokens are real JWTs (core/jwt.ts, `jose`).
import type { AuthResult } from '../../src/core/index.ts';
import type { MicrositeEnv, MicrositeHandlers, MicrositeState, SessionRecord } from './env.ts';
import { TOKEN_LIFETIME_SECONDS } from './env.ts';

type Services = MicrositeEnv['services'];

async function issueTokens(services: Services, session: SessionRecord, jti: () => string) {
  session.refreshJti = jti();
  const [accessToken, refreshToken] = await Promise.all([
    services.jwt.sign({ kind: 'access', jti: jti(), sessionId: session.id }, TOKEN_LIFETIME_SECONDS),
    services.jwt.sign({ kind: 'refresh', jti: session.refreshJti, sessionId: session.id }, TOKEN_LIFETIME_SECONDS),
  ]);
  return { accessToken, expiresIn: TOKEN_LIFETIME_SECONDS, refreshToken, refreshExpiresIn: TOKEN_LIFETIME_SECONDS } as const;
}

/** The `bearerAuth` scheme: a valid access token of a session that was not revoked. */
export async function bearerAuth(input: {
  headers: Record<string, string>;
  state: MicrositeState;
  services: Services;
}): Promise<AuthResult<MicrositeEnv['principal']>> {
  const header = input.headers.authorization;
  if (!header) return { ok: false, status: 401, message: 'header.authorization: Bearer <accessToken> is required' };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return { ok: false, status: 401, message: 'header.authorization: must be "Bearer <accessToken>"' };
  const verified = await input.services.jwt.verify(match[1], 'access');
  if (!verified.ok) return { ok: false, status: 401, message: `header.authorization: ${verified.reason}` };
  const sessionId = verified.claims.sessionId;
  if (typeof sessionId !== 'string') return { ok: false, status: 401, message: 'header.authorization: token has no sessionId claim' };
  if (input.state.sessions.get(sessionId)?.revoked)
    return { ok: false, status: 401, message: 'header.authorization: session has been revoked' };
  return { ok: true, principal: { sessionId } };
}

async function verifyRefresh(services: Services, state: MicrositeState, token: string) {
  const verified = await services.jwt.verify(token, 'refresh');
  if (!verified.ok) return { ok: false as const, message: `body.refreshToken: ${verified.reason}` };
  const session = state.sessions.get(String(verified.claims.sessionId));
  if (!session) return { ok: false as const, message: 'body.refreshToken: its session no longer exists' };
  if (session.revoked) return { ok: false as const, message: 'body.refreshToken: session has been revoked' };
  if (session.refreshJti !== verified.claims.jti)
    return { ok: false as const, message: 'body.refreshToken: token was already rotated and no longer works' };
  return { ok: true as const, session };
}

export const authHandlers = {
  'POST /api/auth/session': async (ctx) => {
    const session: SessionRecord = {
      id: ctx.faker.string.alphanumeric({ length: 16, casing: 'lower' }),
      refreshJti: '',
      revoked: false,
      missions: [],
      completed: new Map(),
      history: [],
    };
    ctx.state.sessions.set(session.id, session);
    const tokens = await issueTokens(ctx.services, session, () => ctx.faker.string.uuid());
    // Measured again with its refresh token's id (the same length at every rotation).
    ctx.state.sessions.resize(session.id);
    return ctx.reply(200).json(tokens);
  },

  'POST /api/auth/refresh': async (ctx) => {
    const result = await verifyRefresh(ctx.services, ctx.state, ctx.body.refreshToken);
    if (!result.ok) return ctx.fail(401, result.message);
    return ctx.reply(200).json(await issueTokens(ctx.services, result.session, () => ctx.faker.string.uuid()));
  },

  'DELETE /api/auth/session': async (ctx) => {
    const principal = ctx.principal;
    if (!principal) return ctx.fail(401, 'header.authorization: Bearer <accessToken> is required');
    if (!ctx.state.sessions.get(principal.sessionId)) return ctx.fail(404, `Session ${principal.sessionId} not found`);
    const result = await verifyRefresh(ctx.services, ctx.state, ctx.body.refreshToken);
    if (!result.ok) return ctx.fail(401, result.message);
    if (result.session.id !== principal.sessionId) return ctx.fail(401, 'body.refreshToken: belongs to another session');
    result.session.revoked = true;
    return ctx.reply(200).json({ revoked: true });
  },
} satisfies Partial<MicrositeHandlers>;
