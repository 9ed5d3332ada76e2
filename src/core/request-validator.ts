// The core's own request validator (Ajv, compiled from the document). MSW and any other
// runtime without express-openapi-validator plug this into the pipeline. It reports in the
// same order express-openapi-validator does: the first parameter error, then the first body
// error. Undeclared query parameters are ignored (cache busters must not break a call).
import type { ErrorObject } from 'ajv/dist/2020.js';
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

export function createRequestValidator(operations: Operation[], compiler: SchemaCompiler): RequestValidator {
  const byKey = new Map(operations.map((op) => [op.key, op]));
  return {
    validateRequest(key, parts) {
      const op = byKey.get(key);
      if (!op) return [];
      const issues: ValidationIssue[] = [];
      for (const [location, part, issueIn] of PARAMETER_ORDER) {
        const params = op.parameters.filter((p) => p.in === location);
        if (params.length === 0) continue;
        const values = parts[part] as Record<string, unknown>;
        const schema: JsonSchema = {
          type: 'object',
          // Only declared parameters are checked; others are ignored.
          properties: Object.fromEntries(params.map((p) => [location === 'header' ? p.name.toLowerCase() : p.name, p.schema ?? {}])),
          required: params.filter((p) => p.required).map((p) => (location === 'header' ? p.name.toLowerCase() : p.name)),
        };
        const validate = compiler.compile(schemaFor(op, location, schema));
        if (!validate(values)) {
          issues.push(...firstIssue(issueIn, validate.errors));
          break;
        }
      }

      const body = op.requestBody;
      if (body) {
        if (!parts.hasBody) {
          if (body.required) issues.push({ in: 'body', field: '', message: 'is required' });
        } else {
          const schema = [...body.content].find(([type]) => isJsonMediaType(mediaTypeOf(type)))?.[1].schema;
          if (schema) {
            const validate = compiler.compile(schema);
            if (!validate(parts.body)) issues.push(...firstIssue('body', validate.errors));
          }
        }
      }
      return issues;
    },
  };
}

// Parameter schemas are synthesised per request shape; keep one object per operation and
// location so the compiler's cache hits.
const synthesised = new WeakMap<Operation, Map<ParameterLocation, JsonSchema>>();
function schemaFor(op: Operation, location: ParameterLocation, fresh: JsonSchema): JsonSchema {
  let perOp = synthesised.get(op);
  if (!perOp) {
    perOp = new Map();
    synthesised.set(op, perOp);
  }
  const known = perOp.get(location);
  if (known) return known;
  perOp.set(location, fresh);
  return fresh;
}
