import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

describe('nestsDeeperThan', () => {
  it('counts arrays and objects alike, up to the limit and one past it', () => {
    expect(nestsDeeperThan(bytes(nested(MAX_JSON_DEPTH)))).toBe(false);
    expect(nestsDeeperThan(bytes(nested(MAX_JSON_DEPTH + 1)))).toBe(true);
    const objects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    expect(nestsDeeperThan(bytes(objects(MAX_JSON_DEPTH)))).toBe(false);
    expect(nestsDeeperThan(bytes(objects(MAX_JSON_DEPTH + 1)))).toBe(true);
    expect(nestsDeeperThan(bytes(`{"x/y":${nested(4500)}}`))).toBe(true);
  });

  it('measures depth, not how many siblings there are', () => {
    expect(nestsDeeperThan(bytes(`[${Array.from({ length: 1000 }, () => '[[1]]').join(',')}]`))).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(bytes(JSON.stringify({ text: '['.repeat(500), quoted: `"${'{'.repeat(500)}` })))).toBe(false);
    expect(nestsDeeperThan(bytes(`["\\\\",${nested(MAX_JSON_DEPTH)}]`))).toBe(true);
  });

  it('reads multi-byte UTF-8 as it comes, and malformed text by what it opens', () => {
    expect(nestsDeeperThan(bytes(JSON.stringify({ 'ключ[': '😀{{{{' })), 1)).toBe(false);
    expect(nestsDeeperThan(bytes('['.repeat(MAX_JSON_DEPTH + 1)))).toBe(true);
  });
});
