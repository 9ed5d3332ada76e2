// Forged, stale and malformed credentials on every secured operation of every API, both
// transports: read off each document's security schemes (bearer JWTs, cookies, API-key
// headers), with what only an API knows (a revoked or expired token) from its fixture. Each
// request is otherwise valid, so the refusal can only come from authentication.
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOperations, isPresenceCheck, type Operation } from '../../src/core/index.ts';
import { DEFAULT_SEED } from '../../src/core/stubs.ts';
import { apis } from '../support/apis.ts';
import { assertContract } from '../support/contract.ts';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';
import { bearer, type Credentials } from './fixture.ts';
import { fixtures } from './fixtures.ts';
import { sender } from './fuzz.ts';
import { validRequest } from './requests.ts';

interface Scheme {
  type?: string;
  scheme?: string;
  in?: string;
  name?: string;
}

function schemesOf(apiId: string): Record<string, Scheme> {
  const document = apis.find((a) => a.id === apiId)?.document;
  return (document?.components?.securitySchemes ?? {}) as Record<string, Scheme>;
}

function decodePayload(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

/** Tokens no API may accept as an access token, built from a real one where the API has one. */
async function forgedTokens(real: string | undefined): Promise<Array<[string, string]>> {
  const claims = real ? decodePayload(real) : { kind: 'access', jti: 'forged', sessionId: 'forged', sub: 'forged' };
  const wrongKey = new TextEncoder().encode('not the stub key, not the stub key');
  const forged: Array<[string, string]> = [
    ['alg none', new UnsecuredJWT(claims).encode()],
    ['wrong key', await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(wrongKey)],
    ['malformed', 'not-a-jwt'],
    ['three empty parts', '..'],
    ['garbage segments', 'a.b.c'],
  ];
  if (real) {
    const [header, , signature] = real.split('.');
    const tampered = Buffer.from(JSON.stringify({ ...claims, sessionId: 'someone-else' })).toString('base64url');
    forged.push(['tampered payload', `${header}.${tampered}.${signature}`], ['truncated signature', real.slice(0, -4)]);
  }
  return forged;
}

for (const start of [startHttp, startMsw]) {
  describe(`credentials attacks (${start.name})`, () => {
    let transport: Transport;
    beforeAll(async () => {
      // Seeded, so the fixtures can sign an expired token with the stub's own key.
      transport = await start({ seed: DEFAULT_SEED });
    });
    afterAll(() => transport.close());

    for (const api of apis) {
      const secured = indexOperations(api.document).filter((op) => op.security.length > 0);
      const schemes = schemesOf(api.id);
      const fixture = fixtures.get(api.id);
      // An API served from its document alone checks that a credential is there, not what it is.
      const presenceOnly = Object.values(api.authenticate).every(isPresenceCheck);

      async function refusedEverywhere(label: string, credentials: Credentials, ops: Operation[] = secured) {
        const send = sender(transport, api.id);
        for (const op of ops) {
          const request = validRequest(api.document, op);
          const headers = { ...request.headers, ...credentials };
          const answer = await send(request.method, request.url, { headers, ...(request.body ? { body: JSON.parse(request.body) } : {}) });
          expect(answer.status, `${label}: ${op.key} → ${answer.status} ${JSON.stringify(answer.json)}`).toBe(401);
          assertContract(api.id, request.method, request.url, {
            status: answer.status,
            headers: answer.headers,
            body: answer.json,
            text: '',
          });
        }
      }

      const usesBearer = Object.values(schemes).some((s) => s.type === 'http' && s.scheme?.toLowerCase() === 'bearer');
      if (usesBearer) {
        it(`${api.id}: ${presenceOnly ? 'empty and non-bearer' : 'forged, tampered and malformed bearer'} tokens get the API's 401 on every secured operation`, async () => {
          const tokens = fixture?.bearer ? await fixture.bearer.issue(sender(transport, api.id)) : undefined;
          if (!presenceOnly) for (const [label, token] of await forgedTokens(tokens?.access)) await refusedEverywhere(label, bearer(token));
          await refusedEverywhere('empty bearer', { authorization: 'Bearer ' });
          await refusedEverywhere('basic scheme', { authorization: 'Basic dXNlcjpwYXNz' });
        });
      }
      if (usesBearer && fixture?.bearer) {
        const tokens = fixture.bearer;
        it(`${api.id}: a refresh token used as an access token, an expired token and a revoked session's token get 401`, async () => {
          const send = sender(transport, api.id);
          const pair = await tokens.issue(send);
          await refusedEverywhere('refresh as access', bearer(pair.refresh));
          await refusedEverywhere('expired', bearer(await tokens.expired(DEFAULT_SEED)));
          const revoked = await tokens.issue(send);
          await tokens.revoke(send, revoked);
          await refusedEverywhere('revoked', bearer(revoked.access));
        });
      }

      for (const [name, scheme] of Object.entries(schemes)) {
        if (scheme.type !== 'apiKey' || !scheme.name) continue;
        const keyName = scheme.name;
        const using = secured.filter((op) => op.security.some((alternative) => alternative.includes(name)));
        const place = (value: string): Credentials =>
          scheme.in === 'cookie' ? { cookie: `${keyName}=${value}` } : { [keyName.toLowerCase()]: value };
        if (presenceOnly) {
          it(`${api.id}: a missing or empty ${scheme.in} ${keyName} gets the API's 401`, async () => {
            await refusedEverywhere(`no ${keyName}`, {}, using);
            await refusedEverywhere(`empty ${keyName}`, place(''), using);
          });
          continue;
        }
        it(`${api.id}: forged and unknown ${scheme.in} ${keyName} values get the API's 401`, async () => {
          const real = fixture ? await fixture.signIn(sender(transport, api.id)) : {};
          const realValue = scheme.in === 'cookie' ? /=(.*)$/.exec(real.cookie ?? '')?.[1] : real[keyName.toLowerCase()];
          const forged = ['unknown', 'x'.repeat(4096), '../../etc/passwd', "' OR '1'='1", '%00', '__proto__', 'constructor'];
          // Same shape as a real one, one character off.
          if (realValue) forged.push(realValue.slice(0, -1) + (realValue.endsWith('a') ? 'b' : 'a'), realValue.toUpperCase());
          for (const value of forged) await refusedEverywhere(`${keyName}=${value.slice(0, 20)}`, place(encodeURIComponent(value)), using);
        });
      }
    }
  });
}
