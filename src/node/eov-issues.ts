// express-openapi-validator's errors, translated into the core's issues so the core renders
// them exactly as it renders its own validator's findings.
import type { ValidationIssue } from '../core/validation.ts';

interface EovErrorItem {
  path?: string;
  message?: string;
  errorCode?: string;
}

const LOCATIONS: Record<string, ValidationIssue['in']> = {
  body: 'body',
  query: 'query',
  params: 'path',
  path: 'path',
  headers: 'header',
  header: 'header',
  cookies: 'cookie',
  cookie: 'cookie',
};

/** Keywords whose path ends in a property name appended raw (the rest is a JSON pointer). */
const NAMED = new Set(['required', 'additionalProperties', 'unevaluatedProperties']);

const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * express-openapi-validator loses the location of a missing or unknown property named `""`
 * (its path is then empty); such a verdict is left to the core's own validator.
 */
export function eovLostName(items: EovErrorItem[]): boolean {
  return items.some((item) => !item.path && NAMED.has(item.errorCode?.split('.')[0] ?? ''));
}

export function issuesFromEov(items: EovErrorItem[]): ValidationIssue[] {
  return items.map((item) => {
    const keyword = item.errorCode?.split('.')[0];
    const segments = (item.path ?? '').split(/[/.]/).filter(Boolean);
    // Ajv's JSON pointer escapes `~` and `/` in property names (`~0`, `~1`); the core names them raw.
    const raw = NAMED.has(keyword ?? '') ? segments.pop() : undefined;
    const [first = 'body', ...rest] = [...segments.map(unescapePointer), ...(raw !== undefined ? [raw] : [])];
    const location = LOCATIONS[first] ?? 'body';
    const unknownQuery = /^Unknown query parameter/.test(item.message ?? '');
    const message =
      keyword === 'required'
        ? 'is required'
        : keyword === 'additionalProperties' || unknownQuery
          ? 'is not allowed'
          : (item.message ?? 'is invalid');
    return { in: location, field: rest.join('.'), message };
  });
}
