import { describe, expect, it } from 'vitest';
import { CONTROL_QUERY_PARAMS, isForced, parsePreferHeader, readPreferences } from './prefer.ts';

function read(prefer: string | undefined, search = '') {
  const headers = new Headers(prefer === undefined ? {} : { Prefer: prefer });
  return readPreferences(headers, new URLSearchParams(search));
}

describe('parsePreferHeader', () => {
  it('reads the Prism-style controls', () => {
    expect(parsePreferHeader('code=404, example=notFound, dynamic=true, seed=42')).toEqual({
      code: 404,
      example: 'notFound',
      dynamic: true,
      seed: 42,
    });
  });

  it('accepts `;` as a separator, odd spacing and any key case', () => {
    expect(parsePreferHeader('Code = 201 ;EXAMPLE=created')).toEqual({ code: 201, example: 'created' });
  });

  it('unquotes quoted values', () => {
    expect(parsePreferHeader('code="409", example="conflict", seed="-3"')).toEqual({ code: 409, example: 'conflict', seed: -3 });
  });

  it('keeps `=` inside a value', () => {
    expect(parsePreferHeader('example=a=b')).toEqual({ example: 'a=b' });
  });

  it('treats a bare `dynamic` as true and anything but `true` as false', () => {
    expect(parsePreferHeader('dynamic')).toEqual({ dynamic: true });
    expect(parsePreferHeader('dynamic=')).toEqual({ dynamic: true });
    expect(parsePreferHeader('dynamic=false')).toEqual({ dynamic: false });
    expect(parsePreferHeader('dynamic=yes')).toEqual({ dynamic: false });
  });

  it('ignores invalid codes and seeds', () => {
    expect(parsePreferHeader('code=abc')).toEqual({});
    expect(parsePreferHeader('code=40')).toEqual({});
    expect(parsePreferHeader('code=4040')).toEqual({});
    expect(parsePreferHeader('code=404.5')).toEqual({});
    expect(parsePreferHeader('code=')).toEqual({});
    expect(parsePreferHeader('seed=1.5, seed=x')).toEqual({});
  });

  it('ignores an empty example, unknown keys and empty parts', () => {
    expect(parsePreferHeader('example=, example=""')).toEqual({});
    expect(parsePreferHeader('return=minimal, respond-async, wait=10')).toEqual({});
    expect(parsePreferHeader(', ,;')).toEqual({});
    expect(parsePreferHeader('')).toEqual({});
  });

  it('lets a later value win', () => {
    expect(parsePreferHeader('code=200, code=500')).toEqual({ code: 500 });
  });

  it('keeps delay and fault as sent, for the network stage to judge', () => {
    expect(parsePreferHeader('delay=150, fault=reset')).toEqual({ delay: '150', fault: 'reset' });
    expect(parsePreferHeader('Delay="abc"; FAULT=')).toEqual({ delay: 'abc', fault: '' });
    expect(isForced(parsePreferHeader('delay=150, fault=error'))).toBe(false);
  });
});

describe('readPreferences', () => {
  it('reads the Prefer header', () => {
    expect(read('code=404, example=notFound')).toEqual({ code: 404, example: 'notFound' });
  });

  it('names the control query parameters', () => {
    expect([...CONTROL_QUERY_PARAMS]).toEqual(['__code', '__example', '__dynamic', '__seed', '__delay', '__fault']);
  });

  it('reads __delay and __fault as sent, only where no Prefer header is sent', () => {
    expect(read(undefined, '__delay=150&__fault=hang')).toEqual({ delay: '150', fault: 'hang' });
    expect(read(undefined, '__delay=&__fault=nope')).toEqual({ delay: '', fault: 'nope' });
    expect(read('code=200', '__delay=150&__fault=hang')).toEqual({ code: 200 });
  });

  it('falls back to the control query parameters when there is no Prefer header', () => {
    expect(read(undefined, '__code=422&__example=invalid&__dynamic=true&__seed=7')).toEqual({
      code: 422,
      example: 'invalid',
      dynamic: true,
      seed: 7,
    });
    expect(read(undefined, '__dynamic')).toEqual({ dynamic: true });
    expect(read(undefined, '__dynamic=false')).toEqual({ dynamic: false });
  });

  it('ignores invalid query controls', () => {
    expect(read(undefined, '__code=oops&__example=&__seed=x')).toEqual({});
    expect(read(undefined, 'code=404&example=x')).toEqual({});
  });

  it('ignores the query controls whenever a Prefer header is sent', () => {
    expect(read('example=fromHeader', '__code=500&__example=fromQuery&__dynamic=true')).toEqual({ example: 'fromHeader' });
    expect(read('return=minimal', '__code=500')).toEqual({});
    expect(read('', '__code=500')).toEqual({});
  });
});

describe('isForced', () => {
  it('is true for a code, an example or dynamic=true', () => {
    expect(isForced({ code: 404 })).toBe(true);
    expect(isForced({ example: 'notFound' })).toBe(true);
    expect(isForced({ dynamic: true })).toBe(true);
    expect(isForced(parsePreferHeader('code=404, example=notFound, dynamic=true, seed=42'))).toBe(true);
  });

  it('is false for nothing, dynamic=false or a seed alone', () => {
    expect(isForced({})).toBe(false);
    expect(isForced({ dynamic: false })).toBe(false);
    expect(isForced({ seed: 42 })).toBe(false);
  });

  it('is false for `return=minimal` alone, even with query controls present', () => {
    expect(isForced(read('return=minimal'))).toBe(false);
    expect(isForced(read('return=minimal', '__code=404'))).toBe(false);
    expect(isForced(read(undefined, '__code=404'))).toBe(true);
  });
});
