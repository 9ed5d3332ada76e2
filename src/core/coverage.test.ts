import { describe, expect, it } from 'vitest';
import { coverageOf, coverageTable } from './coverage.ts';
import type { OpenApiDocument } from './document.ts';

const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: {
    '/a': { get: { responses: { '200': { description: '' }, '404': { description: '' } } } },
    '/b': { post: { responses: { '201': { description: '' }, '500': { description: '' } } } },
  },
};

describe('coverageOf', () => {
  it('marks exercised statuses, keeps forced ones apart, and finds operations never exercised', () => {
    const rows = coverageOf(
      [{ id: 'x', document }],
      [
        { api: 'x', operation: 'GET /a', status: 200, forced: false },
        { api: 'x', operation: 'GET /a', status: 200, forced: false },
        { api: 'x', operation: 'POST /b', status: 500, forced: true },
        { api: 'other', operation: 'GET /a', status: 404, forced: false },
      ],
    );
    expect(rows).toEqual([
      {
        api: 'x',
        operation: 'GET /a',
        exercised: true,
        statuses: [
          { status: '200', exercised: true, forced: false },
          { status: '404', exercised: false, forced: false },
        ],
      },
      {
        api: 'x',
        operation: 'POST /b',
        exercised: false,
        statuses: [
          { status: '201', exercised: false, forced: false },
          { status: '500', exercised: false, forced: true },
        ],
      },
    ]);
    const table = coverageTable(rows);
    expect(table).toContain('| x | GET /a | 200✔ 404· |');
    expect(table).toContain('| x | **never** POST /b | 201· 500◐ |');
    expect(table).toContain('1/2 operations exercised; 1/4 documented statuses answered by handlers.');
  });
});
