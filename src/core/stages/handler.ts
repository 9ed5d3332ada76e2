// Calls the operation's handler with the request as the document types it; a `StubError` it
// throws becomes an error in the API's envelope. The rate-limit headers go on either. An
// operation without a handler goes on to the document (document-answer.ts).
import type { ApiRuntime } from '../api-runtime.ts';
import type { Operation } from '../document.ts';
import { StubError } from '../envelope.ts';
import type { Exchange } from '../exchange.ts';
import { HandlerContextImpl } from '../handler-context.ts';
import { replyBuilder, type StubReply, withHeaders } from '../reply.ts';

export async function callHandler(api: ApiRuntime, x: Exchange, op: Operation): Promise<StubReply | undefined> {
  const handler = api.definition.handlers[op.key];
  if (!handler) return undefined;
  const { world, headers } = x;
  const secure = x.url.protocol === 'https:' || headers['x-forwarded-proto'] === 'https';
  try {
    const ctx = new HandlerContextImpl(
      {
        params: x.params,
        query: x.query,
        headers,
        cookies: x.cookies,
        body: x.body,
        rawBody: x.rawBody,
        principal: x.principal,
        state: world.state,
        services: api.services,
        faker: world.faker,
        now: api.now,
        secure,
        clientAddress: x.clientAddress,
        reply: replyBuilder,
        fail: (status, message, options) => api.errorReply(world, status, message, options),
      },
      x.request,
      api.requestMetrics,
    );
    return withHeaders(await handler(ctx), x.limitHeaders);
  } catch (error) {
    if (!(error instanceof StubError)) throw error;
    const { code, details } = error;
    const reply = api.errorReply(world, error.status, error.message, {
      ...(code ? { code } : {}),
      ...(details ? { details } : {}),
      headers: error.headers,
    });
    return withHeaders(reply, x.limitHeaders);
  }
}
