import { describe, expect, it } from 'vitest';
import { coerceParameter, coerceScalar } from './coerce.ts';
import type { ParameterObject } from './document.ts';

function query(name: string, schema: ParameterObject['schema'], extra: Partial<ParameterObject> = {}): ParameterObject {
  return { name, in: 'query', ...(schema ? { schema } : {}), ...extra };
}

describe('coerceScalar', () => {
  it('coerces integers and numbers', () => {
    expect(coerceScalar('42', { type: 'integer' })).toBe(42);
    expect(coerceScalar('-7', { type: 'integer' })).toBe(-7);
    expect(coerceScalar('0', { type: 'integer' })).toBe(0);
    expect(coerceScalar('3.5', { type: 'number' })).toBe(3.5);
    expect(coerceScalar('1e3', { type: 'number' })).toBe(1000);
  });

  it('leaves a fractional value for an integer as a number, for the validator to reject', () => {
    expect(coerceScalar('1.5', { type: 'integer' })).toBe(1.5);
  });

  it('leaves non-numeric values as strings so the validator rejects them', () => {
    expect(coerceScalar('abc', { type: 'integer' })).toBe('abc');
    expect(coerceScalar('12abc', { type: 'number' })).toBe('12abc');
    expect(coerceScalar('NaN', { type: 'number' })).toBe('NaN');
  });

  it('does not coerce an empty or blank string to 0', () => {
    expect(coerceScalar('', { type: 'integer' })).toBe('');
    expect(coerceScalar('   ', { type: 'number' })).toBe('   ');
  });

  it('coerces exactly `true` and `false` to booleans', () => {
    expect(coerceScalar('true', { type: 'boolean' })).toBe(true);
    expect(coerceScalar('false', { type: 'boolean' })).toBe(false);
    expect(coerceScalar('TRUE', { type: 'boolean' })).toBe('TRUE');
    expect(coerceScalar('1', { type: 'boolean' })).toBe('1');
    expect(coerceScalar('', { type: 'boolean' })).toBe('');
  });

  it('leaves strings, untyped and missing schemas alone', () => {
    expect(coerceScalar('42', { type: 'string' })).toBe('42');
    expect(coerceScalar('42', {})).toBe('42');
    expect(coerceScalar('true', undefined)).toBe('true');
  });
});

describe('coerceParameter', () => {
  it('coerces a scalar parameter from its last value', () => {
    expect(coerceParameter(['10'], query('limit', { type: 'integer' }))).toBe(10);
    expect(coerceParameter(['1', '2'], query('limit', { type: 'integer' }))).toBe(2);
    expect(coerceParameter(['x'], query('limit', { type: 'integer' }))).toBe('x');
  });

  it('treats a parameter with no values as an empty string, not 0', () => {
    expect(coerceParameter([], query('limit', { type: 'integer' }))).toBe('');
  });

  it('collects exploded arrays (`?tag=a&tag=b`), the default', () => {
    const tag = query('tag', { type: 'array', items: { type: 'string' } });
    expect(coerceParameter(['a', 'b'], tag)).toEqual(['a', 'b']);
    // Exploded values are not split on commas.
    expect(coerceParameter(['a,b'], tag)).toEqual(['a,b']);
    expect(coerceParameter(['a,b'], { ...tag, explode: true })).toEqual(['a,b']);
  });

  it('splits non-exploded arrays (`explode: false`, `?tag=a,b`)', () => {
    const tag = query('tag', { type: 'array', items: { type: 'string' } }, { explode: false });
    expect(coerceParameter(['a,b'], tag)).toEqual(['a', 'b']);
    expect(coerceParameter(['a,b', 'c'], tag)).toEqual(['a', 'b', 'c']);
  });

  it('coerces array items by the items schema', () => {
    const ids = query('id', { type: 'array', items: { type: 'integer' } });
    expect(coerceParameter(['1', '2', 'x'], ids)).toEqual([1, 2, 'x']);
    expect(coerceParameter(['3,4'], { ...ids, explode: false })).toEqual([3, 4]);

    const flags = query('flag', { type: 'array', items: { type: 'boolean' } }, { explode: false });
    expect(coerceParameter(['true,false,maybe'], flags)).toEqual([true, false, 'maybe']);
  });

  it('returns an array even for a single value', () => {
    expect(coerceParameter(['7'], query('id', { type: 'array', items: { type: 'integer' } }))).toEqual([7]);
  });

  it('leaves array items as strings when there is no items schema', () => {
    expect(coerceParameter(['1', '2'], query('raw', { type: 'array' }))).toEqual(['1', '2']);
  });
});
