import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../document.ts';
import { documentErrors, PROBLEM_JSON } from './error-shape.ts';

const nested = {
  type: 'object',
  additionalProperties: false,
  required: ['error', 'traceId'],
  properties: {
    error: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'message'],
      properties: { code: { type: 'string' }, message: { type: 'string' } },
    },
    traceId: { type: 'string' },
  },
};
const flat = {
  type: 'object',
  required: ['status', 'detail', 'kind'],
  properties: { status: { type: 'integer' }, detail: { type: 'string' }, kind: { type: 'string', enum: ['client', 'server'] } },
};
const document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/a': {
      get: {
        responses: {
          '200': { description: 'ok' },
          '404': { description: 'no', content: { 'application/json': { schema: nested } } },
          '422': { description: 'bad', content: { 'application/json': { schema: flat } } },
        },
      },
    },
    '/b': { get: { responses: { '200': { description: 'ok' } } } },
  },
} satisfies OpenApiDocument;
const details = { message: 'path.id: no item 3', requestId: 'req_1', timestamp: '2025-01-01T00:00:00.000Z' };

describe('documentErrors', () => {
  it("fills the operation's own error shape: the message and code where they belong, required fields seeded", () => {
    const errors = documentErrors(document);
    const body = errors.envelope({ ...details, status: 404, code: 'NOT_FOUND', operation: 'GET /a' }) as Record<string, unknown>;
    expect(body.error).toEqual({ code: 'NOT_FOUND', message: 'path.id: no item 3' });
    expect(typeof body.traceId).toBe('string');
    expect(errors.mediaType(404, 'GET /a')).toBe('application/json');
    const bad = errors.envelope({ ...details, status: 422, operation: 'GET /a' });
    expect(bad).toMatchObject({ status: 422, detail: 'path.id: no item 3' });
    expect(['client', 'server']).toContain((bad as { kind: string }).kind);
  });

  it('uses the shape most operations declare for a status where this one declares none, else RFC 9457 problem details', () => {
    const errors = documentErrors(document);
    expect((errors.envelope({ ...details, status: 404, operation: 'GET /b' }) as { error: unknown }).error).toEqual({
      code: 'NOT_FOUND',
      message: 'path.id: no item 3',
    });
    const issues = [{ in: 'body' as const, field: 'name', message: 'is required' }];
    expect(errors.envelope({ ...details, status: 400, operation: 'GET /b', issues })).toEqual({
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'path.id: no item 3',
      issues: [{ field: 'body.name', message: 'is required' }],
    });
    expect(errors.mediaType(400, 'GET /b')).toBe(PROBLEM_JSON);
  });
});
