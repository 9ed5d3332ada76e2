import { describe, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';
import type { OpenApiDocument } from '../core/document.ts';
import { pathDocument } from './eov-path-document.ts';

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refsIn(item, found);
  else if (node !== null && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  return found;
}

describe('pathDocument', () => {
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: {
      '/a': { get: { responses: { '200': { $ref: '#/components/responses/Ok' } } } },
      '/b': {
        get: {
          responses: { '200': { description: 'b', content: { 'application/json': { schema: { $ref: '#/components/schemas/B' } } } } },
        },
      },
    },
    components: {
      responses: { Ok: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/A' } } } } },
      schemas: {
        A: { type: 'object', properties: { self: { $ref: '#/components/schemas/A' }, c: { $ref: '#/components/schemas/C' } } },
        B: { type: 'string' },
        C: { type: 'integer' },
      },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };

  it('keeps the path, what it reaches through $ref (cycles included) and the security schemes, nothing else', () => {
    const pruned = pathDocument(document, '/a', '/api');
    expect(Object.keys(pruned.paths as object)).toEqual(['/a']);
    expect(pruned.servers).toEqual([{ url: '/api' }]);
    expect(pruned.components).toEqual({
      responses: { Ok: document.components?.responses?.Ok },
      schemas: { A: document.components?.schemas?.A, C: document.components?.schemas?.C },
      securitySchemes: document.components?.securitySchemes,
    });
  });

  it('leaves no reference dangling, for every path of every registered document', () => {
    for (const api of apis) {
      for (const path of Object.keys(api.document.paths)) {
        const pruned = pathDocument(api.document, path, '/');
        for (const ref of refsIn(pruned)) {
          const [, , section = '', name = ''] = ref.split('/');
          expect(
            (pruned.components as Record<string, Record<string, unknown>>)[section]?.[name],
            `${api.id} ${path}: ${ref}`,
          ).toBeDefined();
        }
      }
    }
  });
});
