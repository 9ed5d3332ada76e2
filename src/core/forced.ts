// Answers chosen by the client through `Prefer` (or the `__` query fallback) instead of the
// stateful handler: a named or first example from the document, or data generated from the
// schema with a seeded faker. Errors the document declares come back in the API's envelope.
import type { Faker } from '@faker-js/faker';
import type { JsonSchema, OpenApiDocument, Operation } from './document.ts';
import { resolvePointer } from './document.ts';
import { StubError } from './envelope.ts';
import { fakeFromSchema } from './fake-from-schema.ts';
import type { Preferences } from './prefer.ts';
import { isJsonMediaType } from './read-body.ts';
import { emptyReply, jsonReply, StubReply } from './reply.ts';

export interface ForcedContext {
  document: OpenApiDocument;
  faker: (seed: number | undefined) => Faker;
  /** The API's own error envelope for a status that has no example. */
  errorReply: (status: number, message: string) => StubReply;
}

/** The operation's lowest success status, else its lowest documented one. */
export function defaultStatus(op: Operation): number {
  const statuses = [...op.responses.keys()].filter((s) => /^\d{3}$/.test(s)).map(Number);
  return statuses.filter((s) => s < 300).sort((a, b) => a - b)[0] ?? statuses.sort((a, b) => a - b)[0] ?? 200;
}

/** JSON examples are serialised; a text example (an SSE transcript) goes out as written. */
export function exampleReply(status: number, mediaType: string, value: unknown): StubReply {
  if (isJsonMediaType(mediaType) || typeof value !== 'string') return jsonReply(status, value, { headers: { 'content-type': mediaType } });
  return new StubReply(status, new Headers({ 'content-type': mediaType }), value);
}

export function forcedReply(op: Operation, prefs: Preferences, ctx: ForcedContext): StubReply {
  const status = prefs.code ?? defaultStatus(op);
  const spec = op.responses.get(String(status));
  if (!spec) {
    const documented = [...op.responses.keys()].join(', ');
    throw new StubError(400, `Prefer code=${status} is not documented for ${op.key}; documented: ${documented}`, {
      code: 'PREFER_UNDOCUMENTED_STATUS',
    });
  }
  const [mediaType, media] = [...spec.content.entries()].find(([type]) => type.includes('json')) ?? [...spec.content.entries()][0] ?? [];
  if (!mediaType || !media) return emptyReply(status);

  if (prefs.example !== undefined) {
    if (!media.examples.has(prefs.example)) {
      const names = [...media.examples.keys()].join(', ') || 'none';
      throw new StubError(400, `Prefer example=${prefs.example} is not documented for ${status} of ${op.key}; documented: ${names}`, {
        code: 'PREFER_UNKNOWN_EXAMPLE',
      });
    }
    return exampleReply(status, mediaType, media.examples.get(prefs.example));
  }
  if (!prefs.dynamic) {
    const first = media.examples.values().next();
    if (!first.done) return exampleReply(status, mediaType, first.value);
  }
  // A generated error body would be schema-valid but say nothing true (a random `code`);
  // errors always come back in the API's envelope for the forced status.
  if (status >= 400) return ctx.errorReply(status, `Forced ${status} (Prefer: code=${status})`);
  if (!media.schema) return emptyReply(status);
  const value = fakeFromSchema(media.schema, ctx.faker(prefs.seed), (ref) => resolvePointer(ctx.document, ref) as JsonSchema);
  return exampleReply(status, mediaType, value);
}
