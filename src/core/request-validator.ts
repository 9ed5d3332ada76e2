// The core's own request validator (Ajv, compiled from the document). MSW and any other
// runtime without express-openapi-validator plug this into the pipeline. It reports in the
// same order express-openapi-validator does: the first parameter error, then the first body
// error. Undeclared query parameters are ignored (cache busters must not break a call).
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { SchemaCompiler } from './ajv.ts';
import type { JsonSchema, Operation, ParameterLocation } from './document.ts';
import { isJsonMediaType, mediaTypeOf } from './read-body.ts';
import { type IssueLocation, issueFromAjv, type RequestParts, type RequestValidator, type ValidationIssue } from './validation.ts';

const PARAMETER_ORDER: Array<[ParameterLocation, keyof RequestParts, IssueLocation]> = [
  ['query', 'query', 'query'],
  ['header', 'headers', 'header'],
  ['path', 'params', 'path'],
  ['cookie', 'cookies', 'cookie'],
];

function firstIssue(location: IssueLocation, errors: ErrorObject[] | null | undefined): ValidationIssue[] {
  const error = errors?.[0];
  return error ? [issueFromAjv(location, error.instancePath, error.keyword, error.message ?? 'is invalid', error.params)] : [];
}

/** What an operation's request is checked against, compiled on the operation's first request. */
interface Checks {
  parameters: Array<{ part: keyof RequestParts; issueIn: IssueLocation; validate: ValidateFunction }>;
  body?: { required: boolean; validate: ValidateFunction | undefined };
}

function checksFor(op: Operation, compiler: SchemaCompiler): Checks {
  const parameters: Checks['parameters'] = [];
  for (const [location, part, issueIn] of PARAMETER_ORDER) {
    const params = op.parameters.filter((p) => p.in === location);
    if (params.length === 0) continue;
    const name = (p: (typeof params)[number]) => (location === 'header' ? p.name.toLowerCase() : p.name);
    const schema: JsonSchema = {
      type: 'object',
      // Only declared parameters are checked; others are ignored.
      properties: Object.fromEntries(params.map((p) => [name(p), p.schema ?? {}])),
      required: params.filter((p) => p.required).map(name),
    };
    parameters.push({ part, issueIn, validate: compiler.compile(schema) });
  }
  const body = op.requestBody;
  if (!body) return { parameters };
  const schema = [...body.content].find(([type]) => isJsonMediaType(mediaTypeOf(type)))?.[1].schema;
  return { parameters, body: { required: body.required === true, validate: schema ? compiler.compile(schema) : undefined } };
}

export function createRequestValidator(operations: Operation[], compiler: SchemaCompiler): RequestValidator {
  const byKey = new Map(operations.map((op) => [op.key, op]));
  const checks = new Map<string, Checks>();
  return {
    validateRequest(key, parts) {
      const op = byKey.get(key);
      if (!op) return [];
      let check = checks.get(key);
      if (!check) {
        check = checksFor(op, compiler);
        checks.set(key, check);
      }
      const issues: ValidationIssue[] = [];
      for (const { part, issueIn, validate } of check.parameters) {
        if (!validate(parts[part])) {
          issues.push(...firstIssue(issueIn, validate.errors));
          break;
        }
      }
      const body = check.body;
      if (body) {
        if (!parts.hasBody) {
          if (body.required) issues.push({ in: 'body', field: '', message: 'is required' });
        } else if (body.validate && !body.validate(parts.body)) {
          issues.push(...firstIssue('body', body.validate.errors));
        }
      }
      return issues;
    },
  };
}
