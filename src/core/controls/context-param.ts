// The `context` query parameter of the controls (reset, scenarios, state, requests): the same
// names the `contract-stubs-context` header takes; a bad one is a 400 naming the parameter.
import { contextNameProblem } from '../contexts.ts';
import { prettyJsonReply, type StubReply } from '../reply.ts';

export type ContextParam = { ok: true; context: string | undefined } | { ok: false; reply: StubReply };

export function contextParam(url: URL): ContextParam {
  const context = url.searchParams.get('context') ?? undefined;
  const problem = context === undefined ? undefined : contextNameProblem(context);
  if (problem === undefined) return { ok: true, context };
  return { ok: false, reply: prettyJsonReply(400, { error: `context ${problem}, got "${context}"` }) };
}
