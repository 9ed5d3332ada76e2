import { describe, expect, it } from 'vitest';
import { filterFromQuery } from './journal-filter.ts';

const operations = new Set(['POST /api/goal', 'GET /api/progress']);
const parse = (query: string, api?: string) => filterFromQuery(new URLSearchParams(query), api, operations);

describe('filterFromQuery', () => {
  it('reads every filter, the method in any case', () => {
    expect(parse('operation=post%20/api/goal&status=201&context=w1&since=42&limit=5', 'microsite')).toEqual({
      ok: true,
      filter: { api: 'microsite', operation: 'POST /api/goal', status: 201, context: 'w1', since: 42, limit: 5 },
    });
    expect(parse('status=4xx&since=2025-01-01T10:00:00Z')).toEqual({ ok: true, filter: { status: '4xx', since: '2025-01-01T10:00:00Z' } });
  });

  it('refuses what would silently match nothing, saying why', () => {
    expect(parse('operation=POST /api/goals', 'microsite')).toEqual({ ok: false, message: 'no operation POST /api/goals in microsite' });
    expect(parse('operation=goal')).toMatchObject({ ok: false, message: expect.stringContaining('"<METHOD> <path template>"') });
    expect(parse('status=2XX')).toMatchObject({ ok: false, message: expect.stringContaining('status must be') });
    expect(parse('status=600')).toMatchObject({ ok: false });
    expect(parse('since=yesterday')).toMatchObject({ ok: false, message: expect.stringContaining('since must be an entry id') });
    expect(parse('since=2025-13-45T00:00:00Z')).toMatchObject({ ok: false });
    expect(parse('context=two%20words')).toMatchObject({ ok: false, message: expect.stringContaining('context must be') });
    expect(parse('limit=0')).toMatchObject({ ok: false, message: expect.stringContaining('limit must be') });
  });
});
