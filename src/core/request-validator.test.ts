import { describe, expect, it } from 'vitest';
import { createSchemaCompiler } from './ajv.ts';
import { indexOperations, type OpenApiDocument } from './document.ts';
import { createRequestValidator } from './request-validator.ts';
import type { RequestParts } from './validation.ts';

const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'request validator test', version: '1.0.0' },
  paths: {
    '/projects/{projectId}/notes': {
      parameters: [{ name: 'projectId', in: 'path', required: true, schema: { type: 'string', pattern: '^p-[0-9]+$' } }],
      post: {
        operationId: 'createNote',
        parameters: [
          { name: 'limit', in: 'query', required: true, schema: { type: 'integer', minimum: 1, maximum: 50 } },
          { name: 'tag', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'X-Trace', in: 'header', schema: { type: 'string', pattern: '^[a-f0-9]{8}$' } },
        ],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/NoteInput' } } },
        },
        responses: { '201': { description: 'created' } },
      },
    },
    '/projects/{projectId}/drafts': {
      put: {
        operationId: 'saveDraft',
        parameters: [{ name: 'projectId', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['text'] } } } },
        responses: { '204': { description: 'saved' } },
      },
    },
  },
  components: {
    schemas: {
      NoteInput: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'context'],
        properties: {
          title: { type: 'string', minLength: 1 },
          context: { $ref: '#/components/schemas/Context' },
        },
      },
      Context: {
        type: 'object',
        additionalProperties: false,
        required: ['section'],
        properties: {
          section: { type: 'string' },
          page: { type: 'integer' },
        },
      },
    },
  },
};

const CREATE = 'POST /projects/{projectId}/notes';
const validator = createRequestValidator(indexOperations(document), createSchemaCompiler(document));

function parts(overrides: Partial<RequestParts> = {}): RequestParts {
  return {
    params: { projectId: 'p-1' },
    query: { limit: 10 },
    headers: {},
    cookies: {},
    body: { title: 'Hello', context: { section: 'intro', page: 2 } },
    hasBody: true,
    ...overrides,
  };
}

describe('createRequestValidator', () => {
  it('accepts a valid request', () => {
    expect(validator.validateRequest(CREATE, parts())).toEqual([]);
    expect(validator.validateRequest(CREATE, parts({ query: { limit: 1, tag: ['a', 'b'] }, headers: { 'x-trace': 'deadbeef' } }))).toEqual(
      [],
    );
  });

  it('has nothing to say about an operation it does not know', () => {
    expect(validator.validateRequest('GET /unknown', parts({ query: { anything: 1 }, hasBody: false }))).toEqual([]);
  });

  describe('parameters', () => {
    it('reports a missing required query parameter', () => {
      expect(validator.validateRequest(CREATE, parts({ query: {} }))).toEqual([{ in: 'query', field: 'limit', message: 'is required' }]);
    });

    it('ignores undeclared query parameters (cache busters must not break a call)', () => {
      expect(validator.validateRequest(CREATE, parts({ query: { limit: 10, colour: 'red', _: 1700000000 } }))).toEqual([]);
      // An undeclared parameter neither hides nor replaces a real problem.
      expect(validator.validateRequest(CREATE, parts({ query: { colour: 'red' } }))).toEqual([
        { in: 'query', field: 'limit', message: 'is required' },
      ]);
    });

    it("uses Ajv's message for a query value of the wrong type or range", () => {
      // A value the coercer could not turn into a number arrives as a string.
      expect(validator.validateRequest(CREATE, parts({ query: { limit: 'abc' } }))).toEqual([
        { in: 'query', field: 'limit', message: 'must be integer' },
      ]);
      expect(validator.validateRequest(CREATE, parts({ query: { limit: 51 } }))).toEqual([
        { in: 'query', field: 'limit', message: 'must be <= 50' },
      ]);
    });

    it('validates path parameters', () => {
      expect(validator.validateRequest(CREATE, parts({ params: { projectId: 'nope' } }))).toEqual([
        { in: 'path', field: 'projectId', message: 'must match pattern "^p-[0-9]+$"' },
      ]);
    });

    it('validates header parameters under their lower-cased names', () => {
      expect(validator.validateRequest(CREATE, parts({ headers: { 'x-trace': 'XYZ' } }))).toEqual([
        { in: 'header', field: 'x-trace', message: 'must match pattern "^[a-f0-9]{8}$"' },
      ]);
    });

    it('reports only the first parameter error, query before path', () => {
      expect(validator.validateRequest(CREATE, parts({ query: {}, params: { projectId: 'nope' } }))).toEqual([
        { in: 'query', field: 'limit', message: 'is required' },
      ]);
    });
  });

  describe('body', () => {
    it('reports a missing required body', () => {
      expect(validator.validateRequest(CREATE, parts({ body: undefined, hasBody: false }))).toEqual([
        { in: 'body', field: '', message: 'is required' },
      ]);
    });

    it('accepts a missing optional body', () => {
      const key = 'PUT /projects/{projectId}/drafts';
      expect(validator.validateRequest(key, parts({ query: {}, body: undefined, hasBody: false }))).toEqual([]);
      expect(validator.validateRequest(key, parts({ query: {}, body: {} }))).toEqual([
        { in: 'body', field: 'text', message: 'is required' },
      ]);
    });

    it('reports a missing property by its full dotted path', () => {
      expect(validator.validateRequest(CREATE, parts({ body: { context: { section: 'a' } } }))).toEqual([
        { in: 'body', field: 'title', message: 'is required' },
      ]);
      expect(validator.validateRequest(CREATE, parts({ body: { title: 'Hi', context: { page: 1 } } }))).toEqual([
        { in: 'body', field: 'context.section', message: 'is required' },
      ]);
    });

    it('reports an extra property as not allowed, by its full dotted path', () => {
      expect(validator.validateRequest(CREATE, parts({ body: { title: 'Hi', context: { section: 'a' }, extra: true } }))).toEqual([
        { in: 'body', field: 'extra', message: 'is not allowed' },
      ]);
      expect(validator.validateRequest(CREATE, parts({ body: { title: 'Hi', context: { section: 'a', colour: 'red' } } }))).toEqual([
        { in: 'body', field: 'context.colour', message: 'is not allowed' },
      ]);
    });

    it("uses Ajv's message for other failures", () => {
      expect(validator.validateRequest(CREATE, parts({ body: { title: '', context: { section: 'a' } } }))).toEqual([
        { in: 'body', field: 'title', message: 'must NOT have fewer than 1 characters' },
      ]);
      expect(validator.validateRequest(CREATE, parts({ body: { title: 'Hi', context: { section: 'a', page: 'two' } } }))).toEqual([
        { in: 'body', field: 'context.page', message: 'must be integer' },
      ]);
      expect(validator.validateRequest(CREATE, parts({ body: [] }))).toEqual([{ in: 'body', field: '', message: 'must be object' }]);
    });

    it('reports the first parameter error and the first body error together, parameter first', () => {
      expect(validator.validateRequest(CREATE, parts({ query: {}, body: { title: 'Hi', context: {} } }))).toEqual([
        { in: 'query', field: 'limit', message: 'is required' },
        { in: 'body', field: 'context.section', message: 'is required' },
      ]);
    });
  });

  it('gives the same answer when a request is validated again (compiled schemas are reused)', () => {
    const bad = parts({ query: { limit: 'x' } });
    const first = validator.validateRequest(CREATE, bad);
    expect(validator.validateRequest(CREATE, bad)).toEqual(first);
    expect(validator.validateRequest(CREATE, parts())).toEqual([]);
  });
});
