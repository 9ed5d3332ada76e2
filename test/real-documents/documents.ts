// Real OpenAPI documents nobody here wrote, installed as devDependencies (never copied into the
// repository): large and small, 3.0 and 3.1, YAML and JSON. The tests serve each with
// `start --spec`'s loader and what a client can send it.
import { createRequire } from 'node:module';
import { createSchemaCompiler, type SchemaCompiler } from '../../src/core/ajv.ts';
import { findCollections } from '../../src/core/collections/detect.ts';
import { indexOperations, type JsonSchema, type OpenApiDocument, type Operation, resolvePointer } from '../../src/core/document.ts';
import { fakeFromSchema } from '../../src/core/fake-from-schema.ts';
import { isJsonMediaType } from '../../src/core/read-body.ts';
import { createResponseValidator } from '../../src/core/response-validator.ts';
import { createFaker } from '../../src/core/seeded-faker.ts';
import { type LoadedSpec, loadSpec } from '../../src/node/spec.ts';

const resolve = createRequire(import.meta.url).resolve;

export const REAL_DOCUMENTS = {
  /** GitHub's REST description: OpenAPI 3.0.3, JSON, 13 MB, ≈1,200 operations. */
  github: resolve('@octokit/openapi/generated/api.github.com.json'),
  /** Blockfrost (Cardano): OpenAPI 3.0.3, YAML, ≈130 paths, an API key on every operation. */
  blockfrost: resolve('@blockfrost/openapi/openapi.yaml'),
  /** The Swagger petstore as ReadMe ships it, 3.0 and 3.1. */
  'petstore-30': resolve('@readme/oas-examples/3.0/yaml/petstore.yaml'),
  'petstore-31': resolve('@readme/oas-examples/3.1/json/petstore.json'),
  /** Bump.sh's Train Travel API: OpenAPI 3.1, bookings as a collection. */
  'train-travel': resolve('@readme/oas-examples/3.1/json/train-travel.json'),
  /** Star Trek's API: OpenAPI 3.0, ≈0.5 MB. */
  'star-trek': resolve('@readme/oas-examples/3.0/json/star-trek.json'),
} as const;

export type RealDocument = keyof typeof REAL_DOCUMENTS;

export interface Served {
  spec: LoadedSpec;
  operations: Operation[];
  /** Judges an answer against the document (compiled apart from the server's own checks). */
  check(op: Operation, status: number, contentType: string, body: unknown): string[];
}

/** Loads the document as `start --spec` does; a second copy, untouched by the server, judges answers. */
export async function served(name: RealDocument): Promise<{ spec: LoadedSpec; judge: Served }> {
  const spec = await loadSpec(REAL_DOCUMENTS[name]);
  const judged = await loadSpec(REAL_DOCUMENTS[name]);
  const { upgradeOpenApi30 } = await import('../../src/core/any-document/openapi-30.ts');
  const document = upgradeOpenApi30(judged.document);
  const operations = indexOperations(document);
  const validator = createResponseValidator(operations, createSchemaCompiler(document));
  return {
    spec,
    judge: {
      spec: judged,
      operations,
      check: (op, status, contentType, body) =>
        validator.validateResponse(op.key, status, contentType, body).map((i) => `${i.in}.${i.field}: ${i.message}`),
    },
  };
}

/** Credentials for every security scheme the document declares (presence is what the stub checks). */
export function credentials(document: OpenApiDocument): { headers: Record<string, string>; query: Record<string, string> } {
  const headers: Record<string, string> = {};
  const query: Record<string, string> = {};
  const cookies: string[] = [];
  for (const scheme of Object.values(document.components?.securitySchemes ?? {}) as Array<Record<string, string>>) {
    if (scheme.type === 'apiKey' && scheme.name) {
      if (scheme.in === 'query') query[scheme.name] = 'test-key';
      else if (scheme.in === 'cookie') cookies.push(`${scheme.name}=test-key`);
      else headers[scheme.name.toLowerCase()] = 'test-key';
    } else if (scheme.type === 'http' && scheme.scheme?.toLowerCase() === 'basic') headers.authorization = 'Basic dGVzdDp0ZXN0';
    else if (scheme.type === 'http' || scheme.type === 'oauth2' || scheme.type === 'openIdConnect')
      headers.authorization = 'Bearer test-token';
  }
  if (cookies.length > 0) headers.cookie = cookies.join('; ');
  return { headers, query };
}

const URL_SAFE = /^[A-Za-z0-9._~-]+$/;

/** A seeded value for a parameter, from its schema, that can stand in a URL. */
export function parameterValue(document: OpenApiDocument, schema: JsonSchema | undefined, seed: number): string {
  const faker = createFaker(seed);
  for (let attempt = 0; attempt < 20; attempt++) {
    const value = fakeFromSchema(schema ?? { type: 'string' }, faker, (ref) => resolvePointer(document, ref) as JsonSchema);
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (URL_SAFE.test(text)) return text;
  }
  return 'x';
}

const compilers = new WeakMap<OpenApiDocument, SchemaCompiler>();

function compilerFor(document: OpenApiDocument): SchemaCompiler {
  let compiler = compilers.get(document);
  if (!compiler) {
    compiler = createSchemaCompiler(document);
    compilers.set(document, compiler);
  }
  return compiler;
}

export interface BuiltRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** A request for `op`: its path and required query parameters filled, credentials added, a generated JSON body. */
export function requestFor(document: OpenApiDocument, op: Operation, seed = 1, params: Record<string, string> = {}): BuiltRequest {
  const auth = credentials(document);
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(
      params[name] ?? parameterValue(document, op.parameters.find((p) => p.in === 'path' && p.name === name)?.schema, seed),
    ),
  );
  const query = new URLSearchParams(auth.query);
  const headers: Record<string, string> = { ...auth.headers };
  for (const p of op.parameters.filter((p) => p.required)) {
    if (p.in === 'query') query.set(p.name, parameterValue(document, p.schema, seed));
    if (p.in === 'header' && !headers[p.name.toLowerCase()]) headers[p.name.toLowerCase()] = parameterValue(document, p.schema, seed);
  }
  const search = query.toString();
  const request: BuiltRequest = { method: op.method.toUpperCase(), url: search ? `${path}?${search}` : path, headers };
  const json = [...(op.requestBody?.content ?? [])].find(([type]) => isJsonMediaType(type.split(';')[0] ?? ''));
  if (json?.[1].schema) {
    const compiler = compilerFor(document);
    const body = fakeFromSchema(json[1].schema, createFaker(seed), (ref) => resolvePointer(document, ref) as JsonSchema, {
      check: (schema) => compiler.compile(schema),
    });
    request.headers['content-type'] = json[0];
    request.body = JSON.stringify(body);
  }
  return request;
}

/** The document's collections (the same convention the stub keeps them by). */
export function collectionsOf(document: OpenApiDocument, operations: Operation[]) {
  return findCollections(document, operations, () => false);
}
