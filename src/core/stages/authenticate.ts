// Checks the operation's security requirement: any one alternative whose every scheme the
// definition's authenticators accept; otherwise the first refusal (401 or 403) in the envelope.
import type { ApiRuntime } from '../api-runtime.ts';
import type { AuthResult } from '../definition.ts';
import type { Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import type { StubReply } from '../reply.ts';

async function principalOf(api: ApiRuntime, x: Exchange, op: Operation): Promise<AuthResult<unknown>> {
  const { definition, services } = api;
  const input = { headers: x.headers, cookies: x.cookies, query: x.query, state: x.world.state, services, now: api.now };
  let failure: AuthResult<unknown> | undefined;
  for (const alternative of op.security) {
    let principal: unknown;
    let passed = true;
    for (const scheme of alternative) {
      const authenticator = definition.authenticate[scheme];
      if (!authenticator) throw new Error(`${definition.id}: no authenticator for security scheme ${scheme}`);
      const result = await authenticator(input);
      if (!result.ok) {
        failure ??= result;
        passed = false;
        break;
      }
      principal = result.principal;
    }
    if (passed) return { ok: true, principal };
  }
  return failure ?? { ok: false, status: 401, message: 'Unauthorized' };
}

export async function authenticate(api: ApiRuntime, x: Exchange, op: Operation): Promise<StubReply | undefined> {
  if (op.security.length === 0) return undefined;
  const auth = await principalOf(api, x, op);
  if (auth.ok) {
    x.principal = auth.principal;
    return undefined;
  }
  return api.errorReply(x.world, auth.status, auth.message, { operation: op.key, ...(auth.code ? { code: auth.code } : {}) });
}
