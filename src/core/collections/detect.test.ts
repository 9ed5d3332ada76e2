import { describe, expect, it } from 'vitest';
import { indexOperations, type OpenApiDocument } from '../document.ts';
import { findCollections } from './detect.ts';

const item = (idField: string) => ({
  type: 'object',
  required: [idField],
  properties: { [idField]: { type: 'integer' }, name: { type: 'string' } },
});
const ok = (schema: unknown) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const document = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/users/{id}/orders': { get: { responses: ok({ type: 'array', items: item('id') }) }, post: { responses: ok(item('id')) } },
    '/users/{id}/orders/{orderId}': { get: { responses: ok(item('id')) }, delete: { responses: { '204': { description: 'gone' } } } },
    '/repos/{owner}/issues': { post: { responses: ok(item('number')) } },
    '/repos/{owner}/issues/{issue_number}': { get: { responses: ok(item('number')) }, patch: { responses: ok(item('number')) } },
    '/notes': { post: { responses: ok(item('id')) } },
    '/notes/{noteId}': { get: { responses: ok({ type: 'string' }) } },
    '/tags': { get: { responses: ok({ type: 'array' }) } },
    '/tags/{tag}': { get: { responses: ok(item('id')) } },
  },
} satisfies OpenApiDocument;

describe('findCollections', () => {
  const operations = indexOperations(document);

  it('pairs a collection (POST) with the item path under it, nested ones too, and finds the id field', () => {
    const found = findCollections(document, operations, () => false);
    expect([...found].map(([key, { role, collection }]) => `${role} ${key} ${collection.idField}`)).toEqual([
      'list GET /users/{id}/orders id',
      'create POST /users/{id}/orders id',
      'read GET /users/{id}/orders/{orderId} id',
      'delete DELETE /users/{id}/orders/{orderId} id',
      'create POST /repos/{owner}/issues number',
      'read GET /repos/{owner}/issues/{issue_number} number',
      'update PATCH /repos/{owner}/issues/{issue_number} number',
    ]);
  });

  it('leaves out collections any of whose operations has a handler, items that are no objects, and collections without POST', () => {
    const found = findCollections(document, operations, (key) => key === 'DELETE /users/{id}/orders/{orderId}');
    expect([...found.keys()].some((key) => key.includes('/users/'))).toBe(false);
    expect([...found.keys()].some((key) => key.includes('/notes') || key.includes('/tags'))).toBe(false);
  });
});
