// JWTs through `jose` (HS256). Every token carries a `kind` claim, so a refresh token is
// never accepted where an access token is required, and the reverse.
import { errors, type JWTPayload, jwtVerify, SignJWT } from 'jose';

// As many as an API keeps sessions (1,000): a token past it is verified again, not refused.
const VERIFIED_CACHE_SIZE = 1_000;

export type TokenKind = 'access' | 'refresh';

export interface TokenClaims {
  kind: TokenKind;
  jti: string;
  [claim: string]: unknown;
}

export interface JwtIssuer {
  sign(claims: TokenClaims, lifetimeSeconds: number): Promise<string>;
  /** The token's claims, or why it is refused (for a 401 message). */
  verify(token: string, kind: TokenKind): Promise<{ ok: true; claims: TokenClaims } | { ok: false; reason: string }>;
}

export function createJwtIssuer(secretText: string, issuer: string, now: () => Date): JwtIssuer {
  // Imported once: jose would import raw bytes as a CryptoKey on every sign and verify.
  const secret = crypto.subtle.importKey('raw', new TextEncoder().encode(secretText), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  // A token whose signature checked out once needs no second HMAC (a fifth of a request's CPU
  // in the benchmark); expiry is still checked on every use, revocation by the caller.
  const verified = new Map<string, JWTPayload>();
  const remember = (token: string, payload: JWTPayload) => {
    if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value as string);
    verified.set(token, payload);
  };
  return {
    async sign(claims, lifetimeSeconds) {
      const iat = Math.floor(now().getTime() / 1000);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setIssuer(issuer)
        .setIssuedAt(iat)
        .setExpirationTime(iat + lifetimeSeconds)
        .sign(await secret);
    },
    async verify(token, kind) {
      let payload = verified.get(token);
      if (payload === undefined) {
        try {
          ({ payload } = await jwtVerify(token, await secret, { algorithms: ['HS256'], issuer, currentDate: now() }));
        } catch (error) {
          if (error instanceof errors.JWTExpired) return { ok: false, reason: 'token expired' };
          if (error instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'token signature is invalid' };
          return { ok: false, reason: 'token is malformed or not signed by this stub' };
        }
        remember(token, payload);
      } else if (typeof payload.exp === 'number' && payload.exp * 1000 <= now().getTime()) {
        return { ok: false, reason: 'token expired' };
      }
      if (payload.kind !== kind) {
        return {
          ok: false,
          reason: `a ${String(payload.kind)} token cannot be used as ${kind === 'access' ? 'an access' : 'a refresh'} token`,
        };
      }
      if (typeof payload.jti !== 'string') return { ok: false, reason: 'token has no jti' };
      return { ok: true, claims: payload as TokenClaims };
    },
  };
}
