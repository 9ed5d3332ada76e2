import { base, en, Faker } from '@faker-js/faker';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fakeFromSchema, type JsonSchema, type JsonValue } from './fake-from-schema.ts';

// ajv-formats is CommonJS; depending on interop the plugin is the default export or its `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;

const schemas: { [name: string]: JsonSchema } = {
  Status: { type: 'string', enum: ['available', 'pending', 'sold'] },
  Tag: {
    type: 'object',
    additionalProperties: false,
    required: ['label'],
    properties: {
      label: { type: 'string', pattern: '^[a-z]+$', maxLength: 12 },
      weight: { type: 'integer', minimum: 1, maximum: 5 },
    },
  },
  Pet: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name', 'status'],
    properties: {
      id: { type: 'integer', minimum: 1 },
      name: { type: 'string', minLength: 1, maxLength: 40 },
      status: { $ref: '#/components/schemas/Status' },
      tags: { type: 'array', maxItems: 4, items: { $ref: '#/components/schemas/Tag' } },
      owner: { $ref: '#/components/schemas/Owner', description: 'annotation-only sibling' },
    },
  },
  Owner: {
    type: 'object',
    additionalProperties: false,
    required: ['email'],
    properties: {
      email: { type: 'string', format: 'email' },
      phone: { type: ['string', 'null'] },
    },
  },
  Base: {
    type: 'object',
    required: ['id'],
    properties: {
      id: { type: 'string', minLength: 5 },
      note: { type: 'string', maxLength: 10 },
    },
  },
  Node: {
    type: 'object',
    additionalProperties: false,
    required: ['value'],
    properties: {
      value: { type: 'integer' },
      parent: { $ref: '#/components/schemas/Node' },
      children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
      next: { oneOf: [{ $ref: '#/components/schemas/Node' }, { type: 'null' }] },
    },
  },
  TreeRequired: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'children'],
    properties: {
      name: { type: 'string' },
      children: { type: 'array', items: { $ref: '#/components/schemas/TreeRequired' } },
      link: { type: ['object', 'null'], $ref: '#/components/schemas/TreeRequired' },
    },
  },
  Loop: {
    type: 'object',
    required: ['next'],
    properties: { next: { $ref: '#/components/schemas/Loop' } },
  },
};

function resolveRef(ref: string): JsonSchema {
  const match = /^#\/components\/schemas\/(.+)$/.exec(ref);
  const schema = match?.[1] === undefined ? undefined : schemas[match[1]];
  if (schema === undefined) throw new Error(`unknown ref ${ref}`);
  return schema;
}

function fakerWithSeed(seed: number): Faker {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(seed);
  return faker;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);

/** Compiles `schema` with the components reachable at "#/components/schemas/...". */
function validatorFor(schema: JsonSchema) {
  return ajv.compile({ ...schema, components: { schemas } });
}

function generate(schema: JsonSchema, seed: number): JsonValue {
  return fakeFromSchema(schema, fakerWithSeed(seed), resolveRef);
}

const cases: { [name: string]: JsonSchema } = {
  'closed object with required and optional props': {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      name: { type: 'string', minLength: 1, maxLength: 40 },
      email: { type: 'string' },
      age: { type: 'integer', minimum: 0, maximum: 120 },
      createdAt: { type: 'string', format: 'date-time' },
      active: { type: 'boolean' },
      nickname: { type: ['string', 'null'] },
      nothing: { type: 'null' },
      description: { type: 'string', maxLength: 8 },
      title: { type: 'string', minLength: 60 },
    },
  },
  'nested arrays of refs': {
    type: 'object',
    additionalProperties: false,
    required: ['pets'],
    properties: {
      pets: { type: 'array', minItems: 1, maxItems: 5, items: { $ref: '#/components/schemas/Pet' } },
      matrix: { type: 'array', items: { type: 'array', minItems: 2, items: { type: 'number' } } },
    },
  },
  'top-level ref': { $ref: '#/components/schemas/Pet' },
  'enum mixed': { enum: ['a', 'b', 3, null, { x: 1 }] },
  'enum of strings': { type: 'string', enum: ['red', 'green', 'blue'] },
  'enum filtered by type': { type: 'integer', enum: [1, 2, 'three'] },
  'const object': { const: { kind: 'fixed', n: 1, list: [true, null] } },
  'const string': { type: 'string', const: 'exactly' },
  allOf: {
    allOf: [
      { $ref: '#/components/schemas/Base' },
      {
        type: 'object',
        required: ['extra'],
        properties: {
          extra: { type: 'number', minimum: 0, exclusiveMaximum: 1 },
          note: { type: 'string', minLength: 3 },
        },
      },
    ],
    unevaluatedProperties: false,
  },
  'oneOf with const discriminators': {
    oneOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'radius'],
        properties: { kind: { const: 'circle' }, radius: { type: 'number', exclusiveMinimum: 0 } },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'side'],
        properties: { kind: { const: 'square' }, side: { type: 'number', exclusiveMinimum: 0 } },
      },
    ],
  },
  'oneOf of distinct types': { oneOf: [{ type: 'string', format: 'date' }, { type: 'integer' }] },
  'anyOf with sibling constraints': {
    type: 'object',
    properties: { a: { type: 'string' }, b: { type: 'integer' } },
    anyOf: [{ required: ['a'] }, { required: ['b'] }],
  },
  formats: {
    type: 'object',
    required: ['dt', 'd', 'email', 'uri', 'url', 'uuid', 'host', 'ip', 'ip6', 't'],
    properties: {
      dt: { type: 'string', format: 'date-time' },
      d: { type: 'string', format: 'date' },
      t: { type: 'string', format: 'time' },
      email: { type: 'string', format: 'email' },
      uri: { type: 'string', format: 'uri' },
      url: { type: 'string', format: 'url' },
      uuid: { type: 'string', format: 'uuid' },
      host: { type: 'string', format: 'hostname' },
      ip: { type: 'string', format: 'ipv4' },
      ip6: { type: 'string', format: 'ipv6' },
      b64: { type: 'string', format: 'byte' },
    },
  },
  'integer bounds with multipleOf': { type: 'integer', minimum: 10, maximum: 40, multipleOf: 5 },
  'integer exclusive bounds (only 6)': { type: 'integer', exclusiveMinimum: 5, exclusiveMaximum: 7 },
  'integer multipleOf unbounded': { type: 'integer', multipleOf: 7 },
  'integer below a maximum': { type: 'integer', maximum: -100 },
  'number exclusive bounds': { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
  'number tiny exclusive range': { type: 'number', exclusiveMinimum: 0.001, exclusiveMaximum: 0.002 },
  'number multipleOf 0.01': { type: 'number', minimum: 0, maximum: 100, multipleOf: 0.01 },
  'number multipleOf 0.25 exclusive': { type: 'number', exclusiveMinimum: 1, exclusiveMaximum: 2, multipleOf: 0.25 },
  'number pinned': { type: 'number', minimum: -5.5, maximum: -5.5 },
  'string length window': { type: 'string', minLength: 20, maxLength: 25 },
  'string short': { type: 'string', maxLength: 3 },
  'string long': { type: 'string', minLength: 200 },
  'string empty only': { type: 'string', maxLength: 0 },
  'pattern code': { type: 'string', pattern: '^[A-Z]{3}-\\d{4}$' },
  'pattern non-blank': { type: 'string', pattern: '\\S' },
  'pattern open quantifier': { type: 'string', pattern: '^[a-z]{2,}\\.[a-z0-9]+$' },
  'pattern with groups and alternation': { type: 'string', pattern: '^(draft|published)-(?:[A-Z]{2}|EU)(_\\d+)*$' },
  'pattern top-level alternation': { type: 'string', pattern: '^ab|cd$' },
  'pattern with length': { type: 'string', pattern: '^[a-f0-9]+$', minLength: 4, maxLength: 6 },
  'heuristic names under constraints': {
    type: 'object',
    required: ['email', 'name', 'userId', 'city', 'summary', 'website', 'createdAt'],
    properties: {
      email: { type: 'string', pattern: '^[^@]+$' },
      name: { type: 'string', maxLength: 2 },
      userId: { type: 'string', pattern: '^u-[0-9]{3}$' },
      city: { type: 'string', minLength: 1 },
      summary: { type: 'string', maxLength: 30 },
      website: { type: 'string' },
      createdAt: { type: 'string' },
    },
  },
  'unique items from a small pool': {
    type: 'array',
    minItems: 3,
    uniqueItems: true,
    items: { type: 'integer', minimum: 1, maximum: 3 },
  },
  'unique enum items': { type: 'array', uniqueItems: true, maxItems: 2, items: { enum: ['x', 'y'] } },
  'tuple with prefixItems': {
    type: 'array',
    prefixItems: [{ type: 'string', format: 'uuid' }, { type: 'integer', minimum: 0 }, { type: 'boolean' }],
    items: false,
  },
  'bare schema': {},
  'type-less object keywords': { properties: { a: { minimum: 2, maximum: 4 } }, required: ['a'] },
  'recursive node': { $ref: '#/components/schemas/Node' },
  'recursive tree with required children': { $ref: '#/components/schemas/TreeRequired' },
};

describe('fakeFromSchema', () => {
  for (const [name, schema] of Object.entries(cases)) {
    it(`generates values valid against: ${name}`, () => {
      const validate = validatorFor(schema);
      for (let seed = 1; seed <= 50; seed++) {
        const value = generate(schema, seed);
        const valid = validate(value);
        if (!valid) {
          throw new Error(`seed ${seed}: ${JSON.stringify(value)} is invalid: ${JSON.stringify(validate.errors, null, 2)}`);
        }
        expect(valid).toBe(true);
      }
    });
  }

  it('is deterministic for a seed and varies across seeds', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        pets: { type: 'array', items: { $ref: '#/components/schemas/Pet' } },
        at: { type: 'string', format: 'date-time' },
        score: { type: 'number' },
      },
    };
    for (const seed of [1, 7, 42]) {
      expect(generate(schema, seed)).toEqual(generate(schema, seed));
    }
    const distinct = new Set<string>();
    for (let seed = 1; seed <= 20; seed++) distinct.add(JSON.stringify(generate(schema, seed)));
    expect(distinct.size).toBe(20);
  });

  it('never invents keys, even when additionalProperties is true or absent', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const open = generate({ type: 'object', additionalProperties: true, properties: { a: { type: 'string' } } }, seed);
      expect(Object.keys(open as object)).toEqual(['a']);
      const implicit = generate({ type: 'object', properties: { a: {}, b: { type: 'integer' } } }, seed);
      expect(Object.keys(implicit as object)).toEqual(['a', 'b']);
      const typed = generate({ type: 'object', additionalProperties: { type: 'string' } }, seed);
      expect(typed).toEqual({});
    }
  });

  it('includes optional properties outside recursion', () => {
    const pet = generate({ $ref: '#/components/schemas/Pet' }, 3) as { [key: string]: JsonValue };
    expect(Object.keys(pet)).toEqual(['id', 'name', 'status', 'tags', 'owner']);
    expect(Object.keys(pet.owner as object)).toEqual(['email', 'phone']);
  });

  it('merges allOf properties and required', () => {
    const value = generate(cases.allOf as JsonSchema, 5) as { [key: string]: JsonValue };
    expect(Object.keys(value).sort()).toEqual(['extra', 'id', 'note']);
  });

  it('uses formats and property-name heuristics', () => {
    const value = generate(cases.formats as JsonSchema, 9) as { [key: string]: string };
    expect(new Date(value.dt as string).toISOString()).toBe(value.dt);
    expect(value.d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(value.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    const named = generate(
      {
        type: 'object',
        properties: {
          email: { type: 'string' },
          createdAt: { type: 'string' },
          timestamp: { type: 'string' },
          website: { type: 'string' },
          description: { type: 'string' },
          word: { type: 'string' },
        },
      },
      11,
    ) as { [key: string]: string };
    expect(named.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(new Date(named.createdAt as string).toISOString()).toBe(named.createdAt);
    expect(new Date(named.timestamp as string).toISOString()).toBe(named.timestamp);
    expect(named.website).toMatch(/^https?:\/\//);
    expect(named.description).toMatch(/\s/);
    expect(named.word).toMatch(/^\S+$/);

    // Heuristics match whole words of the name, not arbitrary suffixes.
    for (let seed = 1; seed <= 10; seed++) {
      const lookalikes = generate(
        {
          type: 'object',
          properties: { format: { type: 'string' }, velocity: { type: 'string' }, update: { type: 'string' } },
        },
        seed,
      ) as { [key: string]: string };
      for (const value of Object.values(lookalikes)) expect(value).toMatch(/^[a-z]+$/);
    }
  });

  it('falls back when a heuristic would break the schema', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const value = generate({ type: 'object', properties: { email: { type: 'string', maxLength: 4 } } }, seed) as { email: string };
      expect(value.email.length).toBeLessThanOrEqual(4);
    }
  });

  it('keeps unbounded numbers in a friendly window', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const value = generate({ type: 'object', properties: { n: { type: 'integer' }, x: { type: 'number' } } }, seed) as {
        n: number;
        x: number;
      };
      expect(value.n).toBeGreaterThanOrEqual(1);
      expect(value.n).toBeLessThanOrEqual(1001);
      expect(value.x).toBeGreaterThanOrEqual(0);
      expect(value.x).toBeLessThanOrEqual(1000);
    }
  });

  it('generates a short word for a schema without keywords', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const value = generate({}, seed);
      expect(typeof value).toBe('string');
      expect(value).toMatch(/^\S+$/);
    }
  });

  it('terminates on self-recursive $ref and stays small', () => {
    const value = generate({ $ref: '#/components/schemas/Node' }, 4);
    expect(validatorFor({ $ref: '#/components/schemas/Node' })(value)).toBe(true);
    expect(JSON.stringify(value).length).toBeLessThan(100_000);
  });

  it('throws on recursion through required properties that can never end', () => {
    expect(() => generate({ $ref: '#/components/schemas/Loop' }, 1)).toThrow(/cannot terminate/);
  });
});
