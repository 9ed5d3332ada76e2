// Authentication of an API served from its document alone: each security scheme it declares
// is checked for presence, as a frontend needs (a token is sent where the document says), not
// for validity — there is no one to have issued it. Bearer and basic are `Authorization`
// headers of that scheme; an API key is looked for in its header, query parameter or cookie;
// OAuth2 and OpenID Connect are bearer tokens. A refusal is 401 in the API's error shape.
import type { AuthInput, AuthResult } from '../definition.ts';
import type { OpenApiDocument } from '../document.ts';
import type { ApiEnv } from '../handler.ts';

/** Who the caller said they are: the scheme that passed and the credential it carried. */
export interface DocumentPrincipal {
  scheme: string;
  credential: string;
}

interface SchemeObject {
  type?: string;
  scheme?: string;
  in?: string;
  name?: string;
}

type Check = (input: AuthInput<ApiEnv>) => Promise<AuthResult<DocumentPrincipal>>;

const presenceChecks = new WeakSet<object>();

/** True for an authenticator that only checks a credential is there (any value passes). */
export function isPresenceCheck(authenticator: unknown): boolean {
  return typeof authenticator === 'function' && presenceChecks.has(authenticator);
}

function refuse(message: string): AuthResult<DocumentPrincipal> {
  return { ok: false, status: 401, code: 'UNAUTHORIZED', message };
}

function authorization(name: string, scheme: string): Check {
  const prefix = `${scheme.toLowerCase()} `;
  return async ({ headers }) => {
    const value = headers.authorization ?? '';
    const credential = value.toLowerCase().startsWith(prefix) ? value.slice(prefix.length).trim() : '';
    if (credential) return { ok: true, principal: { scheme: name, credential } };
    const label = scheme.charAt(0).toUpperCase() + scheme.slice(1).toLowerCase();
    return refuse(`header.authorization: ${label} credentials are required (security scheme ${name})`);
  };
}

function apiKey(name: string, scheme: SchemeObject): Check {
  const key = scheme.name ?? '';
  const where = scheme.in ?? 'header';
  return async ({ headers, query, cookies }) => {
    const raw = where === 'query' ? query[key] : where === 'cookie' ? cookies[key] : headers[key.toLowerCase()];
    const credential = raw === undefined || raw === null ? '' : String(raw);
    if (credential) return { ok: true, principal: { scheme: name, credential } };
    return refuse(`${where}.${key}: is required (API key of security scheme ${name})`);
  };
}

function check(name: string, scheme: SchemeObject | undefined): Check {
  if (scheme?.type === 'http') return authorization(name, scheme.scheme ?? 'bearer');
  if (scheme?.type === 'apiKey') return apiKey(name, scheme);
  if (scheme?.type === 'oauth2' || scheme?.type === 'openIdConnect') return authorization(name, 'bearer');
  // mutualTLS, or a scheme the document names without declaring: nothing a request can show.
  return async () => ({ ok: true, principal: { scheme: name, credential: '' } });
}

/** One presence check per security scheme the document declares or names in a requirement. */
export function presenceAuthenticators(document: OpenApiDocument): Record<string, Check> {
  const declared = (document.components?.securitySchemes ?? {}) as Record<string, SchemeObject>;
  const names = new Set(Object.keys(declared));
  const requirements = [document.security ?? []];
  for (const item of Object.values(document.paths ?? {})) {
    for (const op of Object.values(item ?? {})) {
      const security = (op as { security?: unknown } | null)?.security;
      if (Array.isArray(security)) requirements.push(security as Array<Record<string, string[]>>);
    }
  }
  for (const list of requirements) for (const requirement of list) for (const name of Object.keys(requirement)) names.add(name);
  return Object.fromEntries(
    [...names].map((name) => {
      const checker = check(name, declared[name]);
      presenceChecks.add(checker);
      return [name, checker];
    }),
  );
}
