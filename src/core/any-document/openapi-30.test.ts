import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../document.ts';
import { upgradeOpenApi30 } from './openapi-30.ts';

describe('upgradeOpenApi30', () => {
  it('reads nullable and boolean exclusive bounds as 3.1 does, everywhere a schema may be, and leaves data alone', () => {
    const document = upgradeOpenApi30({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/x': {
          get: {
            parameters: [{ name: 'n', in: 'query', schema: { type: 'integer', minimum: 0, exclusiveMinimum: true } }],
            responses: {
              '200': {
                description: 'ok',
                content: {
                  'application/json': {
                    schema: { $ref: '#/components/schemas/Thing' },
                    example: { nullable: true, value: { nullable: true } },
                  },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Thing: {
            type: 'object',
            properties: {
              // A property named like a data key is still a schema.
              value: { type: 'string', nullable: true, enum: ['a', 'b'] },
              owner: { allOf: [{ $ref: '#/components/schemas/Owner' }], nullable: true },
              size: { type: 'number', maximum: 10, exclusiveMaximum: false },
            },
          },
          Owner: { type: 'object' },
        },
      },
    } as OpenApiDocument);
    expect(document.openapi).toBe('3.1.0');
    const schemas = (document.components?.schemas ?? {}) as Record<string, { properties: Record<string, unknown> }>;
    expect(schemas.Thing?.properties).toEqual({
      value: { type: ['string', 'null'], enum: ['a', 'b', null] },
      owner: { anyOf: [{ allOf: [{ $ref: '#/components/schemas/Owner' }] }, { type: 'null' }] },
      size: { type: 'number', maximum: 10 },
    });
    type Media = { example: unknown };
    type Get = { parameters: Array<{ schema: unknown }>; responses: Record<string, { content: Record<string, Media> }> };
    const get = (document.paths['/x'] as { get: Get }).get;
    expect(get.parameters[0]?.schema).toEqual({ type: 'integer', exclusiveMinimum: 0 });
    expect(get.responses['200']?.content['application/json']?.example).toEqual({ nullable: true, value: { nullable: true } });
  });

  it('leaves a 3.1 document as it is', () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { schemas: { A: { nullable: true } } },
    };
    expect(upgradeOpenApi30(document as OpenApiDocument)).toEqual(document);
  });
});
