// fast-check arbitraries derived from a document's JSON Schemas: values that validate
// (`valid`), and the hostile rest (`hostileJson`) — odd unicode, boundary numbers, huge arrays,
// deep nesting, prototype keys. Whether a generated value is valid is never assumed here: the
// fuzzer asks the validator, so a too-lax arbitrary only costs coverage, never a false finding.
import fc from 'fast-check';
import type { JsonSchema, OpenApiDocument } from '../../src/core/document.ts';
import { resolvePointer } from '../../src/core/document.ts';

const MAX_DEPTH = 5;

const FORMATS: Record<string, fc.Arbitrary<string>> = {
  email: fc.emailAddress(),
  uuid: fc.uuid(),
  uri: fc.webUrl(),
  url: fc.webUrl(),
  'date-time': fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  date: fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
};

/** Strings a careless parser or template trips over. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uFEFF',
    '\u202Etxt.exe',
    'e\u0301',
    '😀'.repeat(20),
    '\uD800',
    '../../etc/passwd',
    '%2e%2e%2f',
    "' OR '1'='1",
    '<script>alert(1)</script>',
    `$${'{'}jndi:ldap://x}`,
    '__proto__',
    'constructor',
    '\r\nSet-Cookie: injected=1',
    'a'.repeat(10_000),
  ),
);

const boundaryNumber = fc.constantFrom(
  0,
  -0,
  -1,
  1,
  0.5,
  2 ** 31,
  -(2 ** 31),
  2 ** 53,
  -(2 ** 53),
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e308,
);

function merge(document: OpenApiDocument, schemas: unknown[]): JsonSchema {
  const out: JsonSchema = {};
  for (const raw of schemas) {
    const schema = deref(document, raw);
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties') out.properties = { ...(out.properties as object), ...(value as object) };
      else if (key === 'required') out.required = [...((out.required as string[]) ?? []), ...(value as string[])];
      else if (key === 'allOf') Object.assign(out, merge(document, value as unknown[]));
      else out[key] = value;
    }
  }
  return out;
}

function deref(document: OpenApiDocument, schema: unknown): JsonSchema {
  let current = schema as JsonSchema;
  while (typeof current.$ref === 'string') current = resolvePointer(document, current.$ref) as JsonSchema;
  return current;
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : Math.max(minLength, 60);
  const format = typeof schema.format === 'string' ? FORMATS[schema.format] : undefined;
  if (format) return format;
  if (typeof schema.pattern === 'string') {
    const pattern = new RegExp(schema.pattern, 'u');
    const fits = (s: string) => s.length >= minLength && s.length <= maxLength;
    try {
      return fc.stringMatching(pattern).filter(fits);
    } catch {
      // fast-check cannot build from lookaheads (e.g. "a letter and a digit somewhere"): draw
      // letters, digits and punctuation of an allowed length and keep those the pattern accepts.
      const unit = fc.constantFrom(...'abcXYZ0123456789-_!@'.split(''));
      const length = { minLength, maxLength: Math.min(maxLength, minLength + 30) };
      return fc.string({ unit, ...length }).filter((s) => pattern.test(s));
    }
  }
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength: Math.min(maxLength, minLength + 60) }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength, minLength + 30) }) },
    // Boundary lengths: exactly the limits.
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(minLength), 'y'.repeat(Math.min(maxLength, 20_000))) },
  );
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof schema.minimum === 'number' ? schema.minimum : undefined;
  const max = typeof schema.maximum === 'number' ? schema.maximum : undefined;
  if (integer) {
    return fc.integer({ min: min ?? -1_000_000, max: max ?? 1_000_000 });
  }
  return fc.double({ noNaN: true, noDefaultInfinity: true, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) });
}

/** Values meant to validate against `schema` (best effort: the validator has the last word). */
export function valid(document: OpenApiDocument, raw: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (raw === true || raw === undefined) return fc.jsonValue({ maxDepth: 2 });
  const schema = deref(document, raw);
  if (schema.allOf) return valid(document, merge(document, [{ ...schema, allOf: undefined }, ...(schema.allOf as unknown[])]), depth);
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const branches = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (branches) {
    const { oneOf: _o, anyOf: _a, ...rest } = schema;
    return fc.oneof(...branches.map((b) => valid(document, merge(document, [rest, b]), depth)));
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === 'string' ? [schema.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => valid(document, { ...schema, type }, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      return stringArbitrary(schema);
    case 'array': {
      const minLength = typeof schema.minItems === 'number' ? schema.minItems : 0;
      const maxLength = Math.min(typeof schema.maxItems === 'number' ? schema.maxItems : 5, minLength + 5);
      if (depth >= MAX_DEPTH) return fc.constant([]);
      return fc.array(valid(document, schema.items, depth + 1), { minLength, maxLength });
    }
    default: {
      const properties = (schema.properties ?? {}) as Record<string, unknown>;
      const required = new Set((schema.required as string[] | undefined) ?? []);
      if (depth >= MAX_DEPTH) return fc.constant({});
      const record = fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, sub]) => [name, valid(document, sub, depth + 1)])),
        { requiredKeys: [...required].filter((name) => name in properties) },
      );
      // Free-form objects (`additionalProperties` not false) also get keys of their own.
      if (schema.additionalProperties === false || Object.keys(properties).length > 0) return record;
      return fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });
    }
  }
}

function nest(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/**
 * A valid value broken one way: a required field gone, a field of the wrong type, an
 * unknown field, a prototype key, or a boundary value where the schema wants something else.
 */
export function mutated(document: OpenApiDocument, raw: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid(document, raw), fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 1 }), oddString, boundaryNumber), oddString)
    .map(([value, pick, replacement, key]) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return replacement;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(copy);
      const target = keys.length > 0 ? keys[pick % keys.length] : undefined;
      switch (pick % 5) {
        case 0:
          if (target) delete copy[target];
          return copy;
        case 1:
          if (target) copy[target] = replacement;
          return copy;
        case 2:
          copy[key || 'extra'] = replacement;
          return copy;
        case 3:
          // A JSON text with an own `__proto__` key, as JSON.parse builds it.
          return JSON.parse(
            `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(copy).slice(1)}`.replace(
              ',}',
              '}',
            ),
          );
        default:
          if (target) copy[target] = typeof copy[target] === 'string' ? 'z'.repeat(100_000) : nest(3, copy[target]);
          return copy;
      }
    });
}

/** Any JSON at all, with the shapes that hurt parsers: huge arrays, deep nesting, odd strings. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.array(fc.integer(), { minLength: 1000, maxLength: 20_000 }),
  fc.integer({ min: 50, max: 2000 }).map((depth) => nest(depth, 1)),
  fc.dictionary(oddString, oddString, { maxKeys: 20 }),
  boundaryNumber,
);
