// Finds the documented operation for the request's method and path: 404 when no path matches,
// 405 (with `Allow`) when the path exists without this method.
import type { ApiRuntime } from '../api-runtime.ts';
import type { Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import type { StubReply } from '../reply.ts';

export function route(api: ApiRuntime, x: Exchange): Operation | StubReply {
  const { method } = x.request;
  const found = api.compiled.match(method, x.path);
  if (found.kind === 'not-found') return api.errorReply(x.world, 404, `No operation matches ${method} ${x.path}`, { code: 'NOT_FOUND' });
  if (found.kind === 'method-not-allowed') {
    const allow = found.allow.join(', ');
    return api.errorReply(x.world, 405, `Method ${method} is not allowed on ${x.path}; allowed: ${allow}`, {
      code: 'METHOD_NOT_ALLOWED',
      headers: { allow },
    });
  }
  x.operation = found.operation;
  x.params = found.params;
  x.undecodable = found.undecodable;
  return found.operation;
}
