// Values the stub builds from the document (a stored item, a list page, an error body) must
// validate against the schema they answer with. `fitToSchema` starts from what is known (the
// client's body, the stored item, the error's message) and repairs what does not validate
// with seeded, schema-generated values: a wrong or missing top-level field is replaced by a
// generated one, an optional one dropped; failing that, the generated value is the answer.
import type { Faker } from '@faker-js/faker';
import type { SchemaCompiler } from '../ajv.ts';
import { type JsonSchema, type OpenApiDocument, resolvePointer } from '../document.ts';
import { fakeFromSchema } from '../fake-from-schema.ts';

export interface FitContext {
  document: OpenApiDocument;
  compiler: SchemaCompiler;
  faker: Faker;
}

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function resolveSchema(document: OpenApiDocument, schema: unknown): JsonSchema {
  let current = schema;
  for (let depth = 0; depth < 32 && isRecord(current) && typeof current.$ref === 'string'; depth++) {
    current = resolvePointer(document, current.$ref);
  }
  return isRecord(current) ? current : {};
}

/** What an object schema declares at its top level, through `$ref` and `allOf`. */
export interface ObjectShape {
  properties: Record<string, JsonSchema>;
  required: string[];
  /** False when the schema closes the object to undeclared properties. */
  open: boolean;
  /** True when the shape could be read (no top-level `oneOf`/`anyOf`, an object type). */
  known: boolean;
}

export function objectShape(document: OpenApiDocument, schema: unknown): ObjectShape {
  const shape: ObjectShape = { properties: {}, required: [], open: true, known: true };
  const visit = (node: unknown, depth: number) => {
    const s = resolveSchema(document, node);
    if (depth > 16) return;
    if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) shape.known = false;
    const type = s.type;
    if (type !== undefined && type !== 'object' && !(Array.isArray(type) && type.includes('object'))) shape.known = false;
    if (isRecord(s.properties)) {
      for (const [name, sub] of Object.entries(s.properties)) shape.properties[name] ??= resolveSchema(document, sub);
    }
    if (Array.isArray(s.required)) shape.required.push(...s.required.filter((r): r is string => typeof r === 'string'));
    if (s.additionalProperties === false || s.unevaluatedProperties === false) shape.open = false;
    if (Array.isArray(s.allOf)) for (const branch of s.allOf) visit(branch, depth + 1);
  };
  visit(schema, 0);
  shape.required = [...new Set(shape.required)];
  return shape;
}

/** A seeded value for the schema (each `oneOf` checked where the plain try fails), or undefined where it cannot be generated. */
export function generated(ctx: FitContext, schema: JsonSchema): unknown {
  const resolve = (ref: string) => resolvePointer(ctx.document, ref) as JsonSchema;
  try {
    const value = fakeFromSchema(schema, ctx.faker, resolve);
    if (ctx.compiler.compile(schema)(value)) return value;
    return fakeFromSchema(schema, ctx.faker, resolve, { check: (s) => ctx.compiler.compile(s) });
  } catch {
    return undefined;
  }
}

/** The top-level property an Ajv error is about (`/name/0` → `name`, a missing `name` → `name`). */
function propertyOf(error: { instancePath: string; params: Record<string, unknown>; keyword: string }): string | undefined {
  const [first] = error.instancePath.split('/').filter(Boolean);
  if (first !== undefined) return first.replaceAll('~1', '/').replaceAll('~0', '~');
  if (error.keyword === 'required' && typeof error.params.missingProperty === 'string') return error.params.missingProperty;
  if (error.keyword === 'additionalProperties' && typeof error.params.additionalProperty === 'string')
    return error.params.additionalProperty;
  return undefined;
}

/**
 * `candidate`, repaired until it validates against `schema`: missing required fields are
 * generated, fields that fail are replaced by generated ones (or dropped when optional). As a
 * last resort, the generated value, with `keep` laid over it where that still validates.
 */
export function fitToSchema(ctx: FitContext, schema: JsonSchema, candidate: unknown, keep: Fields = {}): unknown {
  const validate = ctx.compiler.compile(schema);
  const record = isRecord(candidate) ? candidate : undefined;
  if (validate(candidate)) return candidate;
  if (!record) return fallback(ctx, schema, keep);
  const shape = objectShape(ctx.document, schema);
  let spare: Fields | undefined;
  const value: Fields = { ...record };
  const missing = shape.required.filter((name) => !(name in value));
  if (missing.length > 0) {
    spare = (generated(ctx, schema) as Fields | undefined) ?? {};
    for (const name of missing) if (spare && name in spare) value[name] = spare[name];
    if (validate(value)) return value;
  }
  for (let round = 0; round < 32; round++) {
    const errors = validate.errors ?? [];
    const names = new Set(errors.map((e) => propertyOf(e as Parameters<typeof propertyOf>[0])));
    if (names.has(undefined)) break;
    for (const name of names as Set<string>) {
      if (shape.properties[name] === undefined && !shape.required.includes(name)) {
        delete value[name];
        continue;
      }
      spare ??= (generated(ctx, schema) as Fields | undefined) ?? {};
      if (!shape.required.includes(name) && name in value) delete value[name];
      else if (name in spare) value[name] = spare[name];
      else delete value[name];
    }
    if (validate(value)) return value;
  }
  return fallback(ctx, schema, keep);
}

function fallback(ctx: FitContext, schema: JsonSchema, keep: Fields): unknown {
  const value = generated(ctx, schema);
  if (!isRecord(value)) return value;
  const validate = ctx.compiler.compile(schema);
  const kept = { ...value, ...keep };
  return validate(kept) ? kept : value;
}
