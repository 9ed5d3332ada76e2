// What the core derives from a definition's document once, and again only when the definition
// is reloaded: the operations, the router, the request and response validators, the aliases.

import { createSchemaCompiler, type SchemaCompiler } from './ajv.ts';
import type { RuntimeApiDefinition } from './definition.ts';
import { indexOperations, type Operation } from './document.ts';
import { createRequestValidator } from './request-validator.ts';
import { createResponseValidator } from './response-validator.ts';
import { createRouter, type RouteMatch } from './router.ts';
import type { RequestValidator, ResponseValidator } from './validation.ts';

export interface CompiledApi {
  operations: Operation[];
  match(method: string, path: string): RouteMatch;
  requestValidator: RequestValidator;
  responseValidator: ResponseValidator;
  /** The document's schemas, compiled on first use (answers built from the document check themselves with it). */
  compiler: SchemaCompiler;
  /** `/api/v1/x` → `/api/x` where the definition declares that alias; any other path as it is. */
  unalias(path: string): string;
}

export function compileApi(definition: RuntimeApiDefinition): CompiledApi {
  const operations = indexOperations(definition.document);
  const compiler = createSchemaCompiler(definition.document);
  const aliases = Object.entries(definition.pathAliases ?? {});
  return {
    operations,
    match: createRouter(operations),
    requestValidator: createRequestValidator(operations, compiler),
    responseValidator: createResponseValidator(operations, compiler),
    compiler,
    unalias(path) {
      for (const [from, to] of aliases) {
        if (path === from || path.startsWith(`${from}/`)) return to + path.slice(from.length);
      }
      return path;
    },
  };
}
