/**
 * Schema-driven fake data for `Prefer: dynamic=true`.
 *
 * `fakeFromSchema` walks an OpenAPI 3.1 (JSON Schema 2020-12) schema object and
 * produces a value that validates against it, using the faker instance it is
 * given (seed the faker for reproducible output).
 *
 * Differences from Prism's dynamic mode, on purpose:
 * - Objects get exactly their declared `properties` (every optional property is
 *   always included, so the output is deterministic for a given seed) and the
 *   names listed in `required`. No other key is ever invented, whatever
 *   `additionalProperties` says.
 * - `oneOf` / `anyOf` take the first branch (merged with the sibling keywords).
 *   That is always valid for `anyOf`; for `oneOf` it is valid only when the
 *   branches are mutually exclusive (the usual case: distinct types, `const`
 *   discriminators, different required properties).
 * - Dates come from a fixed window (2020-01-01 to 2026-01-01), never from the
 *   wall clock, so the same seed always gives the same output.
 *
 * Recursion: once `$ref`s nest {@link MAX_REF_DEPTH} deep (or the same `$ref`
 * recurs {@link MAX_SAME_REF} times on one path), generation switches to a
 * minimal mode: optional properties are omitted, arrays get `minItems` items,
 * and `oneOf`/`anyOf`/type lists prefer a branch that does not recurse. A
 * schema whose *required* properties recurse forever cannot terminate; that
 * throws an Error.
 *
 * Best effort (not guaranteed valid): `not`, `if`/`then`/`else`,
 * `patternProperties`, `propertyNames`, `contains`, `minProperties` beyond the
 * declared properties, lookarounds and backreferences in patterns. Patterns go
 * through `faker.helpers.fromRegExp` after a rewrite (anchors stripped, `\d`
 * `\w` `\S` expanded, groups/alternation flattened by picking an alternative);
 * every candidate string is checked against the real RegExp and the length
 * limits, with a faker word as fallback. When `allOf` branches carry two
 * different `pattern`s, only the first is honoured.
 *
 * Runtime-neutral: no Node APIs, usable in browsers (MSW).
 */
import type { Faker } from '@faker-js/faker';

/** A plain OpenAPI 3.1 schema object. */
export type JsonSchema = { [key: string]: unknown };

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** `$ref` nesting depth after which output is kept minimal. */
const MAX_REF_DEPTH = 6;
/** Occurrences of one `$ref` on the current path after which output is kept minimal. */
const MAX_SAME_REF = 3;
/** `$ref` nesting depth at which generation gives up (required recursion never terminates). */
const HARD_REF_LIMIT = 64;

const DATE_FROM = Date.UTC(2020, 0, 1);
const DATE_TO = Date.UTC(2026, 0, 1);

interface Ctx {
  readonly faker: Faker;
  readonly resolveRef: (ref: string) => JsonSchema;
  /** The `$ref`s resolved on the way to the current schema, outermost first. */
  readonly refs: readonly string[];
  readonly check: FakeOptions['check'];
}

export interface FakeOptions {
  /**
   * A validator for a schema. Given one, a `oneOf` tries its branches in order until the value
   * validates against the whole `oneOf` (a value of the first branch may match a second one too).
   */
  check?: (schema: JsonSchema) => (value: unknown) => boolean;
}

/** Branches of one `oneOf` tried before settling for the first. */
const MAX_ONE_OF_TRIES = 32;

/**
 * Generates a value valid against `schema`.
 * `resolveRef` turns a local "$ref" ("#/components/schemas/X") into its schema.
 */
export function fakeFromSchema(
  schema: JsonSchema,
  faker: Faker,
  resolveRef: (ref: string) => JsonSchema,
  options: FakeOptions = {},
): JsonValue {
  return generate(schema, { faker, resolveRef, refs: [], check: options.check }, undefined);
}

// ---------------------------------------------------------------------------
// Helpers

function isRecord(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Boolean schemas (`true`, `false`) and junk become `{}`: anything goes. */
function asSchema(value: unknown): JsonSchema {
  return isRecord(value) ? value : {};
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isMinimal(ctx: Ctx): boolean {
  if (ctx.refs.length >= MAX_REF_DEPTH) return true;
  const last = ctx.refs[ctx.refs.length - 1];
  if (last === undefined) return false;
  let count = 0;
  for (const ref of ctx.refs) if (ref === last) count++;
  return count >= MAX_SAME_REF;
}

function cloneJson(value: unknown): JsonValue {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function codePointLength(s: string): number {
  return Array.from(s).length;
}

function sliceCodePoints(s: string, max: number): string {
  return Array.from(s).slice(0, max).join('');
}

function setKey(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

// ---------------------------------------------------------------------------
// Normalisation: $ref, allOf, oneOf, anyOf

/** Keywords that do not constrain a value; a `$ref` with only these siblings is just the target. */
const ANNOTATIONS = new Set([
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
  'externalDocs',
  'xml',
  'discriminator',
  'nullable',
]);

function hasConstraints(schema: JsonSchema): boolean {
  return Object.keys(schema).some((key) => !ANNOTATIONS.has(key) && !key.startsWith('x-'));
}

/**
 * Resolves `$ref`, merges `allOf` and picks a `oneOf`/`anyOf` branch until none
 * of those remain at the top level. Returns the flat schema and the context
 * (with the `$ref`s followed) to generate it in.
 */
function normalize(schema: JsonSchema, ctx: Ctx): [JsonSchema, Ctx] {
  let current = schema;
  let c = ctx;
  for (;;) {
    const ref = current.$ref;
    if (typeof ref === 'string') {
      if (c.refs.length >= HARD_REF_LIMIT) {
        throw new Error(`fakeFromSchema: "${ref}" recurses through required properties and cannot terminate`);
      }
      const { $ref: _ref, ...rest } = current;
      const target = c.resolveRef(ref);
      c = { ...c, refs: [...c.refs, ref] };
      current = hasConstraints(rest) ? { allOf: [target, rest] } : target;
      continue;
    }
    if (Array.isArray(current.allOf)) {
      const { allOf, ...rest } = current;
      let merged: JsonSchema = rest;
      let deepest = c;
      for (const branch of allOf) {
        const [flat, branchCtx] = normalize(asSchema(branch), c);
        merged = mergeSchemas(merged, flat);
        if (branchCtx.refs.length > deepest.refs.length) deepest = branchCtx;
      }
      current = merged;
      c = deepest;
      continue;
    }
    const choiceKey = Array.isArray(current.oneOf) ? 'oneOf' : Array.isArray(current.anyOf) ? 'anyOf' : undefined;
    if (choiceKey !== undefined) {
      const { [choiceKey]: branches, ...rest } = current;
      const branch = pickBranch(branches as unknown[], isMinimal(c));
      current = Object.keys(rest).length === 0 ? branch : { allOf: [rest, branch] };
      continue;
    }
    return [current, c];
  }
}

/** First branch; in minimal mode the first one that is not itself a `$ref` (to stop recursion). */
function pickBranch(branches: unknown[], minimal: boolean): JsonSchema {
  if (minimal) {
    const plain = branches.find((b) => isRecord(b) && typeof b.$ref !== 'string');
    if (plain !== undefined) return asSchema(plain);
  }
  return asSchema(branches[0]);
}

const TAKE_MAX = new Set(['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties']);
const TAKE_MIN = new Set(['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties']);

function typeList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return strings(value);
  return undefined;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Intersection of two flat schemas (both already normalised at the top level). */
function mergeSchemas(a: JsonSchema, b: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...a };
  for (const [key, bv] of Object.entries(b)) {
    const av = out[key];
    if (av === undefined) {
      out[key] = bv;
      continue;
    }
    if (key === 'properties' && isRecord(av) && isRecord(bv)) {
      const props: JsonSchema = { ...av };
      for (const [name, ps] of Object.entries(bv)) {
        props[name] = name in props ? { allOf: [props[name], ps] } : ps;
      }
      out[key] = props;
    } else if (key === 'required') {
      out[key] = [...new Set([...strings(av), ...strings(bv)])];
    } else if (key === 'type') {
      const at = typeList(av) ?? [];
      const bt = typeList(bv) ?? [];
      const both = at.flatMap((t) => {
        if (bt.includes(t)) return [t];
        if (t === 'number' && bt.includes('integer')) return ['integer'];
        if (t === 'integer' && bt.includes('number')) return ['integer'];
        return [];
      });
      if (both.length > 0) out[key] = both.length === 1 ? both[0] : both;
    } else if (TAKE_MAX.has(key) && typeof av === 'number' && typeof bv === 'number') {
      out[key] = Math.max(av, bv);
    } else if (TAKE_MIN.has(key) && typeof av === 'number' && typeof bv === 'number') {
      out[key] = Math.min(av, bv);
    } else if (key === 'enum' && Array.isArray(av) && Array.isArray(bv)) {
      const keys = new Set(bv.map((v) => JSON.stringify(v)));
      const both = av.filter((v) => keys.has(JSON.stringify(v)));
      if (both.length > 0) out[key] = both;
    } else if ((key === 'items' || key === 'additionalProperties') && isRecord(av) && isRecord(bv)) {
      out[key] = { allOf: [av, bv] };
    } else if (key === 'additionalProperties' && (av === false || bv === false)) {
      out[key] = false;
    } else if (key === 'uniqueItems') {
      out[key] = av === true || bv === true;
    } else if (key === 'multipleOf' && typeof av === 'number' && typeof bv === 'number') {
      if (Number.isInteger(av) && Number.isInteger(bv)) out[key] = (av / gcd(av, bv)) * bv;
    }
    // Anything else: the first schema wins (best effort).
  }
  return out;
}

// ---------------------------------------------------------------------------
// Generation

type TypeName = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
const TYPE_NAMES: readonly string[] = ['object', 'array', 'string', 'integer', 'number', 'boolean', 'null'];

function isTypeName(value: string): value is TypeName {
  return TYPE_NAMES.includes(value);
}

function pickType(schema: JsonSchema, minimal: boolean): TypeName {
  const listed = (typeList(schema.type) ?? []).filter(isTypeName);
  if (listed.length > 0) {
    if (minimal && listed.includes('null')) return 'null';
    return listed.find((t) => t !== 'null') ?? 'null';
  }
  // No (usable) type: infer it from the keywords present.
  const has = (...keys: string[]) => keys.some((key) => key in schema);
  if (has('properties', 'required', 'additionalProperties', 'minProperties', 'maxProperties', 'dependentRequired')) {
    return 'object';
  }
  if (has('items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems')) return 'array';
  if (schema.format === 'int32' || schema.format === 'int64') return 'integer';
  if (has('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf')) {
    return schema.format === 'float' || schema.format === 'double' || !Number.isInteger(schema.multipleOf ?? 1) ? 'number' : 'integer';
  }
  return 'string';
}

function matchesType(value: unknown, types: string[]): boolean {
  return types.some((t) => {
    switch (t) {
      case 'null':
        return value === null;
      case 'boolean':
        return typeof value === 'boolean';
      case 'string':
        return typeof value === 'string';
      case 'number':
        return typeof value === 'number';
      case 'integer':
        return typeof value === 'number' && Number.isInteger(value);
      case 'array':
        return Array.isArray(value);
      case 'object':
        return isRecord(value);
      default:
        return false;
    }
  });
}

/** With a validator: the first branch of a `oneOf` whose value validates against the whole `oneOf`. */
function generateOneOf(schema: JsonSchema, ctx: Ctx, name: string | undefined): JsonValue | undefined {
  let target = schema;
  let c = ctx;
  while (typeof target.$ref === 'string' && c.refs.length < HARD_REF_LIMIT) {
    const ref: string = target.$ref;
    c = { ...c, refs: [...c.refs, ref] };
    target = c.resolveRef(ref);
  }
  const check = c.check;
  if (!check || !Array.isArray(target.oneOf) || target.oneOf.length < 2 || isMinimal(c)) return undefined;
  const { oneOf, ...rest } = target;
  const valid = check(target);
  let first: JsonValue | undefined;
  for (const branch of oneOf.slice(0, MAX_ONE_OF_TRIES)) {
    const value = generateFlat(Object.keys(rest).length === 0 ? asSchema(branch) : { allOf: [rest, branch] }, c, name);
    first ??= value;
    if (valid(value)) return value;
  }
  return first;
}

function generate(schema: JsonSchema, ctx: Ctx, name: string | undefined): JsonValue {
  return (ctx.check ? generateOneOf(schema, ctx, name) : undefined) ?? generateFlat(schema, ctx, name);
}

function generateFlat(schema: JsonSchema, ctx: Ctx, name: string | undefined): JsonValue {
  const [s, c] = normalize(schema, ctx);
  if ('const' in s) return cloneJson(s.const);
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    const types = typeList(s.type);
    const allowed = types === undefined ? s.enum : s.enum.filter((v) => matchesType(v, types));
    return cloneJson(c.faker.helpers.arrayElement(allowed.length > 0 ? allowed : s.enum));
  }
  const minimal = isMinimal(c);
  switch (pickType(s, minimal)) {
    case 'null':
      return null;
    case 'boolean':
      return c.faker.datatype.boolean();
    case 'integer':
      return fakeNumber(s, c.faker, true);
    case 'number':
      return fakeNumber(s, c.faker, false);
    case 'string':
      return fakeString(s, c.faker, name);
    case 'array':
      return fakeArray(s, c, minimal);
    case 'object':
      return fakeObject(s, c, minimal);
  }
}

function fakeObject(s: JsonSchema, c: Ctx, minimal: boolean): JsonValue {
  const properties = isRecord(s.properties) ? s.properties : {};
  const required = new Set(strings(s.required));
  const keys = new Set<string>();
  for (const key of Object.keys(properties)) if (!minimal || required.has(key)) keys.add(key);
  // Names the schema requires without describing them are part of the contract, not invented.
  for (const key of required) keys.add(key);
  // dependentRequired: present key → more keys required (only matters in minimal mode).
  if (isRecord(s.dependentRequired)) {
    const deps = s.dependentRequired;
    let grew = true;
    while (grew) {
      grew = false;
      for (const key of [...keys]) {
        for (const dep of strings(deps[key])) {
          if (!keys.has(dep)) {
            keys.add(dep);
            grew = true;
          }
        }
      }
    }
  }
  let ordered = [...keys];
  const maxProperties = num(s.maxProperties);
  if (maxProperties !== undefined && ordered.length > maxProperties) {
    const optional = ordered.filter((k) => !required.has(k));
    const drop = new Set(optional.slice(Math.max(0, optional.length - (ordered.length - maxProperties))));
    ordered = ordered.filter((k) => !drop.has(k));
  }
  const extraSchema = isRecord(s.additionalProperties) ? s.additionalProperties : {};
  const out: { [key: string]: JsonValue } = {};
  for (const key of ordered) {
    const propSchema = Object.hasOwn(properties, key) ? asSchema(properties[key]) : extraSchema;
    setKey(out, key, generate(propSchema, c, key));
  }
  return out;
}

function fakeArray(s: JsonSchema, c: Ctx, minimal: boolean): JsonValue {
  const f = c.faker;
  const prefix = Array.isArray(s.prefixItems) ? s.prefixItems.map(asSchema) : [];
  const itemsFalse = s.items === false;
  const itemSchema = asSchema(s.items);
  const minItems = Math.max(0, Math.ceil(num(s.minItems) ?? 0));
  let maxItems = num(s.maxItems) === undefined ? Number.POSITIVE_INFINITY : Math.floor(num(s.maxItems) ?? 0);
  if (itemsFalse) maxItems = Math.min(maxItems, prefix.length);
  let count: number;
  if (minimal) {
    count = Math.min(minItems, maxItems);
  } else {
    const lo = Math.min(Math.max(minItems, 1), maxItems);
    const hi = Math.max(lo, Math.min(maxItems, Math.max(lo, 3)));
    count = f.number.int({ min: lo, max: hi });
  }
  const unique = s.uniqueItems === true;
  const out: JsonValue[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (out.length < count) {
    const index = out.length;
    const value = generate(prefix[index] ?? itemSchema, c, undefined);
    if (unique) {
      const key = JSON.stringify(value);
      if (seen.has(key)) {
        attempts++;
        // Could not find another distinct value: stop (valid as long as minItems is met).
        if (attempts > 50) {
          if (out.length >= minItems) break;
          if (attempts > 500) break;
        }
        continue;
      }
      seen.add(key);
    }
    out.push(value);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Numbers

function decimalsOf(step: number): number {
  const text = String(step);
  const exp = /e-(\d+)$/.exec(text);
  if (exp?.[1] !== undefined) {
    const mantissa = text.slice(0, exp.index);
    return Number(exp[1]) + (mantissa.split('.')[1]?.length ?? 0);
  }
  return text.split('.')[1]?.length ?? 0;
}

function fakeNumber(s: JsonSchema, f: Faker, integer: boolean): number {
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  let loEx = false;
  let hiEx = false;
  const minimum = num(s.minimum);
  const maximum = num(s.maximum);
  if (minimum !== undefined) lo = minimum;
  if (maximum !== undefined) hi = maximum;
  const exMin = num(s.exclusiveMinimum);
  const exMax = num(s.exclusiveMaximum);
  if (exMin !== undefined && exMin >= lo) {
    lo = exMin;
    loEx = true;
  } else if (s.exclusiveMinimum === true && minimum !== undefined) {
    loEx = true; // OpenAPI 3.0 boolean form
  }
  if (exMax !== undefined && exMax <= hi) {
    hi = exMax;
    hiEx = true;
  } else if (s.exclusiveMaximum === true && maximum !== undefined) {
    hiEx = true;
  }
  // A default window when a side is open.
  const span = 1000;
  if (lo === Number.NEGATIVE_INFINITY && hi === Number.POSITIVE_INFINITY) {
    lo = integer ? 1 : 0;
    hi = lo + span;
  } else if (lo === Number.NEGATIVE_INFINITY) {
    lo = hi - span;
  } else if (hi === Number.POSITIVE_INFINITY) {
    hi = lo + span;
  }
  if (integer && s.format === 'int32') {
    lo = Math.max(lo, -(2 ** 31));
    hi = Math.min(hi, 2 ** 31 - 1);
  } else if (integer) {
    lo = Math.max(lo, Number.MIN_SAFE_INTEGER);
    hi = Math.min(hi, Number.MAX_SAFE_INTEGER);
  }
  const multipleOf = num(s.multipleOf) !== undefined && (num(s.multipleOf) ?? 0) > 0 ? num(s.multipleOf) : undefined;

  const inRange = (v: number) => (loEx ? v > lo : v >= lo) && (hiEx ? v < hi : v <= hi);
  // Same check as Ajv: value / multipleOf must be an exact integer.
  const ok = (v: number) =>
    Number.isFinite(v) && inRange(v) && (!integer || Number.isInteger(v)) && (multipleOf === undefined || Number.isInteger(v / multipleOf));

  let step = multipleOf ?? (integer ? 1 : undefined);
  if (integer && step !== undefined && !Number.isInteger(step)) {
    // Integers that are multiples of a fractional step: the smallest integer multiple of it.
    const base = step;
    for (let k = 2; k <= 1000; k++) {
      const candidate = Math.round(k * base);
      if (Math.abs(k * base - candidate) < 1e-9 && candidate > 0) {
        step = candidate;
        break;
      }
    }
  }

  if (step !== undefined) {
    const dec = Math.min(decimalsOf(step), 100);
    const at = (k: number) => (dec === 0 ? k * step : Number((k * step).toFixed(dec)));
    let kLo = Math.ceil(lo / step);
    let kHi = Math.floor(hi / step);
    if (!inRange(at(kLo))) kLo++;
    if (!inRange(at(kHi))) kHi--;
    if (kLo <= kHi) {
      const safeHi = Math.min(kHi, kLo + 2 ** 40);
      for (let attempt = 0; attempt < 20; attempt++) {
        const v = at(f.number.int({ min: kLo, max: safeHi }));
        if (ok(v)) return v;
      }
      for (let k = kLo; k <= Math.min(kHi, kLo + 10_000); k++) {
        const v = at(k);
        if (ok(v)) return v;
      }
    }
    if (ok(0)) return 0;
    return at(kLo); // best effort: no representable multiple in range
  }

  for (let attempt = 0; attempt < 20; attempt++) {
    let v: number;
    try {
      v = f.number.float({ min: lo, max: hi, fractionDigits: 2 });
    } catch {
      v = f.number.float({ min: lo, max: hi });
    }
    if (ok(v)) return v;
  }
  const mid = (lo + hi) / 2;
  if (ok(mid)) return mid;
  return loEx ? hi : lo;
}

// ---------------------------------------------------------------------------
// Strings

function isoDate(f: Faker): Date {
  return f.date.between({ from: DATE_FROM, to: DATE_TO });
}

const FORMATS: { [format: string]: (f: Faker) => string } = {
  'date-time': (f) => isoDate(f).toISOString(),
  date: (f) => isoDate(f).toISOString().slice(0, 10),
  time: (f) => isoDate(f).toISOString().slice(11),
  email: (f) => f.internet.exampleEmail().toLowerCase(),
  'idn-email': (f) => f.internet.exampleEmail().toLowerCase(),
  uri: (f) => f.internet.url(),
  url: (f) => f.internet.url(),
  iri: (f) => f.internet.url(),
  'uri-reference': (f) => f.internet.url(),
  'iri-reference': (f) => f.internet.url(),
  uuid: (f) => f.string.uuid(),
  hostname: (f) => f.internet.domainName(),
  'idn-hostname': (f) => f.internet.domainName(),
  ipv4: (f) => f.internet.ipv4(),
  ipv6: (f) => f.internet.ipv6(),
  byte: (f) => f.string.alphanumeric(4 * f.number.int({ min: 2, max: 6 })),
  binary: (f) => f.string.alphanumeric(16),
  password: (f) => f.internet.password({ length: 12 }),
  duration: (f) => `P${f.number.int({ min: 1, max: 30 })}D`,
};

/** Splits a property name into lower-case words: "createdAt" → ["created", "at"], "user_ID" → ["user", "id"]. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

interface NameInfo {
  /** The words of the name, lower case. */
  readonly words: readonly string[];
  /** The words joined: "first_name" → "firstname". */
  readonly joined: string;
  /** The last word. */
  readonly last: string;
}

const sentence = (f: Faker) => f.lorem.sentence();
const isoDateTime = (f: Faker) => isoDate(f).toISOString();
const among =
  (...names: string[]) =>
  (value: string) =>
    names.includes(value);

/** Property-name heuristics, first match wins; each only applies if its value satisfies the schema. */
const NAME_HEURISTICS: ReadonlyArray<readonly [(n: NameInfo) => boolean, (f: Faker) => string]> = [
  [(n) => n.last === 'id' || among('uuid', 'guid')(n.joined), (f) => f.string.nanoid(12)],
  [(n) => n.words.includes('email') || n.joined.endsWith('email'), (f) => f.internet.exampleEmail().toLowerCase()],
  [(n) => among('url', 'uri', 'href', 'link', 'website', 'homepage')(n.last), (f) => f.internet.url()],
  [(n) => among('firstname', 'givenname')(n.joined), (f) => f.person.firstName()],
  [(n) => among('lastname', 'familyname', 'surname')(n.joined), (f) => f.person.lastName()],
  [(n) => among('username', 'login', 'handle')(n.joined), (f) => f.internet.username()],
  [(n) => n.joined === 'filename', (f) => f.system.fileName()],
  [(n) => among('company', 'companyname', 'organization', 'organisation')(n.joined), (f) => f.company.name()],
  [(n) => among('name', 'fullname', 'displayname')(n.joined), (f) => f.person.fullName()],
  [(n) => among('title', 'headline', 'subject')(n.last), (f) => f.lorem.sentence({ min: 2, max: 5 }).replace(/\.$/, '')],
  [
    (n) => among('summary', 'description', 'message', 'reply', 'comment', 'body', 'text', 'content', 'note', 'notes', 'bio')(n.last),
    sentence,
  ],
  [(n) => n.last === 'city', (f) => f.location.city()],
  [(n) => n.joined === 'countrycode', (f) => f.location.countryCode()],
  [(n) => n.last === 'country', (f) => f.location.country()],
  [(n) => among('phone', 'mobile', 'phonenumber', 'mobilenumber', 'telephone')(n.joined) || n.last === 'phone', (f) => f.phone.number()],
  [(n) => among('street', 'address', 'streetaddress', 'addressline1')(n.joined), (f) => f.location.streetAddress()],
  [(n) => among('zip', 'zipcode', 'postalcode', 'postcode')(n.joined), (f) => f.location.zipCode()],
  [(n) => n.last === 'timestamp' || (n.last === 'at' && n.words.length > 1), isoDateTime],
  [(n) => n.last === 'date', (f) => isoDate(f).toISOString().slice(0, 10)],
  [(n) => among('currency', 'currencycode')(n.joined), (f) => f.finance.currencyCode()],
  [(n) => among('color', 'colour')(n.joined), (f) => f.color.human()],
  [(n) => n.joined === 'slug', (f) => f.lorem.slug()],
  [(n) => n.last === 'token', (f) => f.string.alphanumeric(32)],
];

function nameHeuristic(name: string): ((f: Faker) => string) | undefined {
  const words = nameWords(name);
  const info: NameInfo = { words, joined: words.join(''), last: words[words.length - 1] ?? '' };
  return NAME_HEURISTICS.find(([matches]) => matches(info))?.[1];
}

function compilePattern(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    try {
      return new RegExp(pattern);
    } catch {
      return undefined;
    }
  }
}

/** Characters `fromRegExp` understands inside a character class. */
const FAKER_CLASS_PUNCTUATION = '-!@#$&()`.+,/"';
const ESCAPE_CLASSES: { [letter: string]: string } = {
  d: '0-9',
  w: 'a-zA-Z0-9_',
  S: 'a-zA-Z0-9',
  D: 'a-zA-Z',
  W: '!@#',
};

/**
 * Rewrites a JSON Schema pattern into the subset `faker.helpers.fromRegExp`
 * handles: no anchors, no `\d`/`\w`/`\S` escapes, no open `{n,}` quantifiers.
 */
function toFakerPattern(pattern: string): string {
  let src = pattern.replace(/^\^+/, '');
  if (src.endsWith('$') && !src.endsWith('\\$')) src = src.slice(0, -1);
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? '';
    if (ch === '\\' && i + 1 < src.length) {
      const next = src[++i] ?? '';
      const cls = ESCAPE_CLASSES[next];
      if (cls !== undefined) out += inClass ? cls : `[${cls}]`;
      else if (next === 's') out += ' ';
      else if (inClass || /[A-Za-z0-9]/.test(next)) out += next;
      else out += FAKER_CLASS_PUNCTUATION.includes(next) ? `[${next}]` : next;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out.replace(/\{(\d+),\}/g, (_, n: string) => `{${n},${Number(n) + 5}}`);
}

/** Index just past the character class starting at `start` (a `[`). */
function classEnd(pattern: string, start: number): number {
  let j = start + 1;
  if (pattern[j] === '^') j++;
  if (pattern[j] === ']') j++;
  while (j < pattern.length && pattern[j] !== ']') j += pattern[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, pattern.length);
}

/**
 * Flattens groups and alternation, which `fromRegExp` does not support: each
 * repetition of a group becomes one of its alternatives (chosen with faker),
 * lookarounds are dropped. Returns the pattern unchanged if it is unbalanced.
 */
function expandGroups(pattern: string, f: Faker): string {
  if (!/[()|]/.test(pattern)) return pattern;
  const pick = (alternatives: string[]) => (alternatives.length === 1 ? (alternatives[0] ?? '') : f.helpers.arrayElement(alternatives));
  let i = 0;
  const parseAlternatives = (): string[] => {
    const alternatives: string[] = [];
    let current = '';
    while (i < pattern.length) {
      const ch = pattern[i] ?? '';
      if (ch === '\\') {
        current += pattern.slice(i, i + 2);
        i += 2;
      } else if (ch === '[') {
        const end = classEnd(pattern, i);
        current += pattern.slice(i, end);
        i = end;
      } else if (ch === '|') {
        alternatives.push(current);
        current = '';
        i++;
      } else if (ch === ')') {
        break;
      } else if (ch === '(') {
        i++;
        const prefix = /^\?(?::|<?[=!]|<[^>]*>)/.exec(pattern.slice(i))?.[0] ?? '';
        const lookaround = /[=!]$/.test(prefix);
        i += prefix.length;
        const inner = parseAlternatives();
        if (pattern[i] !== ')') throw new Error('unbalanced group');
        i++;
        const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(pattern.slice(i));
        let min = 1;
        let max = 1;
        if (q !== null) {
          i += q[0].length;
          if (q[1] === '?') [min, max] = [0, 1];
          else if (q[1] === '*') [min, max] = [0, 2];
          else if (q[1] === '+') [min, max] = [1, 3];
          else {
            min = Number(q[2]);
            max = q[3] === undefined ? min : q[4] ? Number(q[4]) : min + 2;
          }
        }
        if (lookaround) continue;
        const count = min === max ? min : f.number.int({ min, max });
        for (let k = 0; k < count; k++) current += pick(inner);
      } else {
        current += ch;
        i++;
      }
    }
    alternatives.push(current);
    return alternatives;
  };
  try {
    const top = parseAlternatives();
    return i < pattern.length ? pattern : pick(top);
  } catch {
    return pattern;
  }
}

/** Replaces `+` and `*` outside character classes by `{n}`, n from `count()` (0 allowed for `*`). */
function boundQuantifiers(pattern: string, count: () => number): string {
  let out = '';
  let inClass = false;
  for (const ch of pattern) {
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    else if (!inClass && (ch === '+' || ch === '*')) {
      const n = count();
      out += `{${ch === '*' ? n - 1 : n}}`;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Words (padded/truncated) of a length within [min, max]. */
function fittedWords(f: Faker, min: number, max: number): string {
  if (max <= 0) return '';
  let s = f.lorem.word();
  while (codePointLength(s) < min) s += ` ${f.lorem.word()}`;
  if (codePointLength(s) > max) s = sliceCodePoints(s, max);
  if (s.endsWith(' ')) s = `${s.slice(0, -1)}x`;
  return s;
}

function fakeString(s: JsonSchema, f: Faker, name: string | undefined): string {
  const minLength = Math.max(0, num(s.minLength) ?? 0);
  const maxLength = num(s.maxLength) ?? Number.POSITIVE_INFINITY;
  const pattern = typeof s.pattern === 'string' ? s.pattern : undefined;
  const regex = pattern === undefined ? undefined : compilePattern(pattern);
  const fits = (v: string) => {
    const len = codePointLength(v);
    return len >= minLength && len <= maxLength && (regex === undefined || regex.test(v));
  };

  const candidates: Array<() => string> = [];
  const format = typeof s.format === 'string' ? FORMATS[s.format] : undefined;
  if (format !== undefined) {
    for (let i = 0; i < 5; i++) candidates.push(() => format(f));
  } else if (name !== undefined) {
    const heuristic = nameHeuristic(name);
    if (heuristic !== undefined) candidates.push(() => heuristic(f));
  }
  if (pattern !== undefined) {
    const flat = () => toFakerPattern(expandGroups(pattern, f));
    for (let i = 0; i < 10; i++) candidates.push(() => f.helpers.fromRegExp(flat()));
    if (minLength > 0 || maxLength !== Number.POSITIVE_INFINITY) {
      // Open quantifiers pick their own lengths; retry with repeat counts drawn from the length window.
      const cap = Math.max(1, Math.min(maxLength, Math.max(minLength, 8)));
      for (let i = 0; i < 10; i++) {
        const min = i % 2 === 0 ? 1 : Math.max(1, Math.min(minLength, cap));
        candidates.push(() => f.helpers.fromRegExp(boundQuantifiers(flat(), () => f.number.int({ min, max: cap }))));
      }
    }
    candidates.push(() => f.lorem.word());
    candidates.push(() => f.string.alphanumeric({ length: Math.max(minLength, Math.min(8, maxLength)) }));
  }
  candidates.push(() => fittedWords(f, minLength, maxLength));

  let fallback: string | undefined;
  for (const candidate of candidates) {
    try {
      const value = candidate();
      if (fits(value)) return value;
      fallback ??= value;
    } catch {
      // fromRegExp rejects some patterns; try the next candidate.
    }
  }
  // Nothing matched the pattern: best effort, prefer a value of valid length.
  return pattern !== undefined && fallback !== undefined ? fallback : fittedWords(f, minLength, maxLength);
}
