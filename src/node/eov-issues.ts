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
 * Whether a property name in the JSON value could not be recovered from the validator's path:
 * an empty name, or one holding `/` or `.` (the path joins names with either). Iterative:
 * bodies may nest deeply.
 */
function hasAmbiguousName(value: unknown): boolean {
  const pending = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) pending.push(...node.filter((item) => item !== null && typeof item === 'object'));
    else
      for (const [name, item] of Object.entries(node)) {
        if (name === '' || name.includes('/') || name.includes('.')) return true;
        pending.push(item);
      }
  }
  return false;
}

/**
 * Verdicts of express-openapi-validator that would name a field differently from the core,
 * left to the core's own validator (which judges MSW's requests) so both transports answer
 * alike:
 * - a missing or unknown property named `""`: its location is lost (the path is empty);
 * - any refusal of a body holding an empty property name or one with `/` or `.`: the validator's
 *   path joins the JSON pointer and the raw name with `/` (and is read split at `.`), so where a
 *   name begins and ends is lost;
 * - an array query parameter given an empty value (`?tags=`): the validator takes it for a
 *   string ("must be array"), the core for a one-item array whose item it judges.
 */
export function leaveToCore(items: EovErrorItem[], body: unknown): boolean {
  if (items.some((item) => !item.path && NAMED.has(item.errorCode?.split('.')[0] ?? ''))) return true;
  if (hasAmbiguousName(body)) return true;
  return items.some(
    (item) => item.path?.startsWith('/query/') && item.errorCode === 'type.openapi.validation' && item.message === 'must be array',
  );
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
