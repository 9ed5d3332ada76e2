// Answers an operation that has no handler from its document: a collection kept by convention
// where the operation takes part in one (collections/), else the first example of its success
// status that validates against its schema, else seeded data generated from that schema (the
// generator `Prefer: dynamic=true` uses; it never invents properties). It runs after
// validation, authentication and rate limits, like any handler.
import type { ApiRuntime } from '../api-runtime.ts';
import { collectionAnswer } from '../collections/answer.ts';
import { type JsonSchema, type Operation, resolvePointer } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import { fakeFromSchema } from '../fake-from-schema.ts';
import { defaultStatus, exampleReply } from '../forced.ts';
import { isJsonMediaType } from '../read-body.ts';
import { emptyReply, type StubReply, withHeaders } from '../reply.ts';

function fromDocument(api: ApiRuntime, x: Exchange, op: Operation): StubReply {
  const status = defaultStatus(op);
  if (status >= 400) return api.errorReply(x.world, status, `${op.key} documents no success answer`, { operation: op.key });
  const content = [...((op.responses.get(String(status)) ?? op.responses.get('default'))?.content ?? [])];
  const [mediaType, media] = content.find(([type]) => isJsonMediaType(type.split(';')[0]?.trim() ?? '')) ?? content[0] ?? [];
  if (!mediaType || !media) return emptyReply(status);
  const json = isJsonMediaType(mediaType.split(';')[0]?.trim() ?? '');
  const validate = media.schema && json ? api.compiled.compiler.compile(media.schema) : undefined;
  for (const example of media.examples.values()) {
    if (!validate || validate(example)) return exampleReply(status, mediaType, example);
  }
  if (!media.schema) return emptyReply(status);
  const document = api.definition.document;
  const { compiler } = api.compiled;
  const generate = (checked: boolean) =>
    fakeFromSchema(
      media.schema ?? {},
      x.world.faker,
      (ref) => resolvePointer(document, ref) as JsonSchema,
      checked ? { check: (schema) => compiler.compile(schema) } : {},
    );
  // Generation is best effort (`not`, lookarounds, a `oneOf` whose first branch matches a
  // second): where a value does not validate, a few more tries that check each `oneOf`.
  let value = generate(false);
  for (let attempt = 1; attempt < 3 && validate && !validate(value); attempt++) value = generate(true);
  return exampleReply(status, mediaType, value);
}

export function documentAnswer(api: ApiRuntime, x: Exchange, op: Operation): StubReply {
  return withHeaders(collectionAnswer(api, x, op) ?? fromDocument(api, x, op), x.limitHeaders);
}
