import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../document.ts';
import { isPresenceCheck, presenceAuthenticators } from './security.ts';

const document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: { '/a': { get: { security: [{ undeclared: [] }], responses: {} } } },
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      basic: { type: 'http', scheme: 'basic' },
      header: { type: 'apiKey', in: 'header', name: 'X-Key' },
      query: { type: 'apiKey', in: 'query', name: 'key' },
      cookie: { type: 'apiKey', in: 'cookie', name: 'sid' },
      oauth: { type: 'oauth2', flows: {} },
    },
  },
} satisfies OpenApiDocument;

const input = (parts: { headers?: Record<string, string>; query?: Record<string, unknown>; cookies?: Record<string, string> }) => ({
  headers: parts.headers ?? {},
  query: parts.query ?? {},
  cookies: parts.cookies ?? {},
  state: {},
  services: null,
  now: () => new Date(0),
});

describe('presenceAuthenticators', () => {
  const checks = presenceAuthenticators(document);

  it('accepts any credential where the scheme says it travels, and refuses its absence with 401 naming the place', async () => {
    expect(await checks.bearer?.(input({ headers: { authorization: 'Bearer x' } }))).toEqual({
      ok: true,
      principal: { scheme: 'bearer', credential: 'x' },
    });
    expect(await checks.bearer?.(input({ headers: { authorization: 'Basic x' } }))).toMatchObject({
      ok: false,
      status: 401,
      message: 'header.authorization: Bearer credentials are required (security scheme bearer)',
    });
    expect((await checks.basic?.(input({ headers: { authorization: 'Basic dTpw' } })))?.ok).toBe(true);
    expect((await checks.header?.(input({ headers: { 'x-key': 'k' } })))?.ok).toBe(true);
    expect(await checks.query?.(input({}))).toMatchObject({
      ok: false,
      message: 'query.key: is required (API key of security scheme query)',
    });
    expect((await checks.query?.(input({ query: { key: 'k' } })))?.ok).toBe(true);
    expect((await checks.cookie?.(input({ cookies: { sid: 's' } })))?.ok).toBe(true);
    expect((await checks.oauth?.(input({ headers: { authorization: 'Bearer t' } })))?.ok).toBe(true);
  });

  it('lets a scheme a requirement names but the document never declares pass, and marks every check as presence-only', async () => {
    expect((await checks.undeclared?.(input({})))?.ok).toBe(true);
    expect(Object.values(checks).every(isPresenceCheck)).toBe(true);
    expect(isPresenceCheck(async () => ({ ok: true }))).toBe(false);
  });
});
