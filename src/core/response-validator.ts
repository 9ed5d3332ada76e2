// Checks that an answer is inside the contract: a documented status, a documented content
// type, and a body valid against that status's schema. Used by --strict and by the tests.
import type { SchemaCompiler } from './ajv.ts';
import type { Operation } from './document.ts';
import { issueFromAjv, type ResponseValidator, type ValidationIssue } from './validation.ts';

export function createResponseValidator(operations: Operation[], compiler: SchemaCompiler): ResponseValidator {
  const byKey = new Map(operations.map((op) => [op.key, op]));
  return {
    validateResponse(key, status, contentType, body): ValidationIssue[] {
      const op = byKey.get(key);
      if (!op) return [];
      const spec = op.responses.get(String(status)) ?? op.responses.get(`${String(status)[0]}XX`) ?? op.responses.get('default');
      if (!spec) return [{ in: 'body', field: '', message: `status ${status} is not documented for ${key}` }];
      if (spec.content.size === 0) return [];
      const mediaType = contentType.split(';')[0]?.trim() ?? '';
      const media = spec.content.get(mediaType);
      if (!media) return [{ in: 'header', field: 'content-type', message: `${mediaType || 'none'} is not documented for ${status}` }];
      if (!media.schema || !mediaType.includes('json')) return [];
      const validate = compiler.compile(media.schema);
      if (validate(body)) return [];
      return (validate.errors ?? []).map((e) => issueFromAjv('body', e.instancePath, e.keyword, e.message ?? 'is invalid', e.params));
    },
  };
}
