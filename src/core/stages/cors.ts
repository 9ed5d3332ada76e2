// Cross-origin access (the definition's `cors`): a preflight is answered before routing (no
// operation documents `OPTIONS`), 403 for an origin the stubs do not trust (`--cors-origins`;
// loopback pages by default), and every answer to a request from a trusted origin echoes it.
import type { ApiRuntime } from '../api-runtime.ts';
import { CONTEXT_HEADER } from '../contexts.ts';
import type { Exchange } from '../exchange.ts';
import { emptyReply, type StubReply } from '../reply.ts';
import { CONTROL_HEADER } from './forced-answer.ts';

export function preflight(api: ApiRuntime, x: Exchange): StubReply | undefined {
  const cors = api.definition.cors;
  const { method, headers } = x.request;
  const origin = headers.origin;
  if (!cors || !origin || method !== 'OPTIONS' || !headers['access-control-request-method']) return undefined;
  if (!api.origins.corsAllows(origin))
    return api.errorReply(x.world, 403, api.origins.refusal(origin), { headers: { [CONTROL_HEADER]: 'cors-refused' } });
  return emptyReply(204, {
    headers: {
      'access-control-allow-methods': cors.methods.join(', '),
      // Tests select their context with a header of their own (contexts.ts), on every API.
      'access-control-allow-headers': [...cors.headers, CONTEXT_HEADER].join(', '),
      'access-control-max-age': String(cors.maxAgeSeconds ?? 600),
      vary: 'Access-Control-Request-Method, Access-Control-Request-Headers',
    },
  });
}

/** The requesting origin echoed on an answer to a request from a trusted origin. */
export function allowOrigin(api: ApiRuntime, x: Exchange, reply: StubReply): StubReply {
  const cors = api.definition.cors;
  const origin = x.request.headers.origin;
  if (!cors || !origin || !api.origins.corsAllows(origin)) return reply;
  reply.headers.set('access-control-allow-origin', origin);
  if (cors.credentials) reply.headers.set('access-control-allow-credentials', 'true');
  reply.headers.append('vary', 'Origin');
  return reply;
}
