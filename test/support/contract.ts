// Every answer a test receives is checked against the document of the API it came from:
// documented status, documented content type, body valid for that status.

import { createSchemaCompiler } from '../../src/core/ajv.ts';
import { indexOperations } from '../../src/core/document.ts';
import { createResponseValidator } from '../../src/core/response-validator.ts';
import { createRouter } from '../../src/core/router.ts';
import { CONTROL_HEADER } from '../../src/core/stages/forced-answer.ts';
import { describeIssues } from '../../src/core/validation.ts';
import { apis } from './apis.ts';

const checkers = new Map(
  apis.map((api) => {
    const operations = indexOperations(api.document);
    return [
      api.id,
      {
        match: createRouter(operations),
        validator: createResponseValidator(operations, createSchemaCompiler(api.document)),
      },
    ];
  }),
);

export interface Exchange {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** Throws when the answer to `method path` (path inside the API) breaks the contract. */
export function assertContract(apiId: string, method: string, path: string, exchange: Exchange): void {
  const checker = checkers.get(apiId);
  if (!checker) throw new Error(`unknown api ${apiId}`);
  const found = checker.match(method, path.split('?')[0] ?? path);
  if (found.kind !== 'found') return; // 404/405 of unknown routes: nothing to check against
  if (exchange.headers.get(CONTROL_HEADER)) return; // a refused Prefer: outside every contract by definition
  const issues = checker.validator.validateResponse(
    found.operation.key,
    exchange.status,
    exchange.headers.get('content-type') ?? '',
    exchange.body,
  );
  if (issues.length > 0) {
    throw new Error(`${method} ${path} → ${exchange.status} breaks the contract: ${describeIssues(issues)}\n${exchange.text}`);
  }
}
