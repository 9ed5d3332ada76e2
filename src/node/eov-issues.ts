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

export function issuesFromEov(items: EovErrorItem[]): ValidationIssue[] {
  return items.map((item) => {
    const [first = 'body', ...rest] = (item.path ?? '').split(/[/.]/).filter(Boolean);
    const location = LOCATIONS[first] ?? 'body';
    const keyword = item.errorCode?.split('.')[0];
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
