import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createJwtIssuer, type TokenClaims } from './jwt.ts';

const SECRET = 'test-secret-that-is-long-enough-for-hs256';
const ISSUER = 'contract-stubs-test';
const T0 = Date.parse('2025-01-01T00:00:00Z');

function clock(start = T0) {
  let ms = start;
  return {
    now: () => new Date(ms),
    advance(seconds: number) {
      ms += seconds * 1000;
    },
  };
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

const access: TokenClaims = { kind: 'access', jti: 'jti-1', sub: 'user-1', scope: ['read', 'write'] };

describe('createJwtIssuer', () => {
  it('round-trips claims and adds issuer, issued-at and expiry', async () => {
    const jwt = createJwtIssuer(SECRET, ISSUER, clock().now);
    const token = await jwt.sign(access, 900);
    expect(token.split('.')).toHaveLength(3);

    const result = await jwt.verify(token, 'access');
    expect(result).toEqual({
      ok: true,
      claims: { ...access, iss: ISSUER, iat: T0 / 1000, exp: T0 / 1000 + 900 },
    });
  });

  it('signs with HS256', async () => {
    const token = await createJwtIssuer(SECRET, ISSUER, clock().now).sign(access, 60);
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString());
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
  });

  it('refuses a token of the other kind, with a reason', async () => {
    const jwt = createJwtIssuer(SECRET, ISSUER, clock().now);
    const refresh = await jwt.sign({ kind: 'refresh', jti: 'r-1' }, 3600);
    const accessToken = await jwt.sign(access, 3600);

    expect(await jwt.verify(refresh, 'access')).toEqual({ ok: false, reason: expect.stringMatching(/refresh.*access/) });
    expect(await jwt.verify(accessToken, 'refresh')).toEqual({ ok: false, reason: expect.stringMatching(/access.*refresh/) });
    expect(await jwt.verify(refresh, 'refresh')).toMatchObject({ ok: true, claims: { kind: 'refresh', jti: 'r-1' } });
  });

  it('refuses a token without a jti', async () => {
    const jwt = createJwtIssuer(SECRET, ISSUER, clock().now);
    const token = await jwt.sign({ kind: 'access' } as unknown as TokenClaims, 60);
    expect(await jwt.verify(token, 'access')).toEqual({ ok: false, reason: 'token has no jti' });
  });

  it('refuses an expired token once the clock passes its expiry', async () => {
    const time = clock();
    const jwt = createJwtIssuer(SECRET, ISSUER, time.now);
    const token = await jwt.sign(access, 60);

    time.advance(59);
    expect(await jwt.verify(token, 'access')).toMatchObject({ ok: true });

    time.advance(2);
    expect(await jwt.verify(token, 'access')).toEqual({ ok: false, reason: 'token expired' });
  });

  it('refuses a token signed with another secret', async () => {
    const other = createJwtIssuer('another-secret-entirely-and-also-long', ISSUER, clock().now);
    const token = await other.sign(access, 60);
    const jwt = createJwtIssuer(SECRET, ISSUER, clock().now);
    expect(await jwt.verify(token, 'access')).toEqual({ ok: false, reason: 'token signature is invalid' });
  });

  it('refuses a token whose payload was tampered with', async () => {
    const jwt = createJwtIssuer(SECRET, ISSUER, clock().now);
    const [header, , signature] = (await jwt.sign(access, 60)).split('.');
    const forged = `${header}.${base64url({ ...access, sub: 'admin', iss: ISSUER, iat: T0 / 1000, exp: T0 / 1000 + 60 })}.${signature}`;
    expect(await jwt.verify(forged, 'access')).toEqual({ ok: false, reason: 'token signature is invalid' });
  });

  it('refuses a token from another issuer', async () => {
    const token = await createJwtIssuer(SECRET, 'someone-else', clock().now).sign(access, 60);
    const result = await createJwtIssuer(SECRET, ISSUER, clock().now).verify(token, 'access');
    expect(result.ok).toBe(false);
  });

  it('refuses an unsigned `alg: none` token', async () => {
    const jwt = createJwtIssuer(SECRET, ISSUER, clock().now);
    const payload = { ...access, iss: ISSUER, iat: T0 / 1000, exp: T0 / 1000 + 3600 };
    const unsigned = `${base64url({ alg: 'none' })}.${base64url(payload)}.`;
    const unsignedTyped = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(payload)}.`;

    for (const token of [unsigned, unsignedTyped]) {
      expect(await jwt.verify(token, 'access')).toEqual({ ok: false, reason: 'token is malformed or not signed by this stub' });
    }
  });

  it('refuses a token signed with the right secret but another algorithm', async () => {
    const now = clock().now;
    const token = await new SignJWT({ ...access })
      .setProtectedHeader({ alg: 'HS512' })
      .setIssuer(ISSUER)
      .setIssuedAt(T0 / 1000)
      .setExpirationTime(T0 / 1000 + 60)
      .sign(new TextEncoder().encode(SECRET));
    const result = await createJwtIssuer(SECRET, ISSUER, now).verify(token, 'access');
    expect(result).toEqual({ ok: false, reason: 'token is malformed or not signed by this stub' });
  });

  it('refuses garbage', async () => {
    const jwt = createJwtIssuer(SECRET, ISSUER, clock().now);
    for (const token of ['', 'garbage', 'a.b.c', '..', `${base64url({ alg: 'HS256' })}.not-json.sig`]) {
      const result = await jwt.verify(token, 'access');
      expect(result.ok, token).toBe(false);
      if (!result.ok) expect(result.reason, token).not.toBe('token expired');
    }
  });

  it('gives byte-identical tokens for the same claims and clock', async () => {
    const a = await createJwtIssuer(SECRET, ISSUER, clock().now).sign(access, 900);
    const b = await createJwtIssuer(SECRET, ISSUER, clock().now).sign({ ...access }, 900);
    expect(a).toBe(b);

    const later = await createJwtIssuer(SECRET, ISSUER, clock(T0 + 1000).now).sign(access, 900);
    expect(later).not.toBe(a);
  });
});
