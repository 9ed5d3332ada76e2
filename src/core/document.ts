// The slice of an OpenAPI 3.1 document the core reads, and an index of its operations.
// Documents arrive as plain objects (src/generated/<api>.document.ts), so this file never
// touches the file system and runs in a browser too.

export type JsonSchema = { [key: string]: unknown };

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterObject {
  name: string;
  in: ParameterLocation;
  required?: boolean;
  explode?: boolean;
  schema?: JsonSchema;
}

interface MediaTypeObject {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

interface ResponseObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
  headers?: Record<string, unknown>;
  $ref?: string;
}

interface OperationObject {
  operationId?: string;
  parameters?: Array<ParameterObject | { $ref: string }>;
  requestBody?: { required?: boolean; content?: Record<string, MediaTypeObject>; $ref?: string };
  responses?: Record<string, ResponseObject>;
  security?: Array<Record<string, string[]>>;
}

export interface OpenApiDocument {
  [key: string]: unknown;
  openapi: string;
  info: { title: string; version: string; description?: string; [key: string]: unknown };
  servers?: Array<{ url: string; description?: string }>;
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
  security?: Array<Record<string, string[]>>;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ResponseSpec {
  /** Content types this status may answer with, each with its schema and named examples. */
  content: Map<string, { schema?: JsonSchema; examples: Map<string, unknown> }>;
}

export interface Operation {
  /** `POST /api/goal`: the key handlers are registered under. */
  key: string;
  method: HttpMethod;
  path: string;
  operationId: string;
  parameters: ParameterObject[];
  requestBody?: { required: boolean; content: Map<string, { schema?: JsonSchema }> };
  responses: Map<string, ResponseSpec>;
  /** Alternatives of required security schemes; empty means public. */
  security: string[][];
}

/** Follows a local `#/...` reference. */
export function resolvePointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const part = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return node;
}

function deref<T>(document: OpenApiDocument, node: T | { $ref: string }): T {
  let current: unknown = node;
  while (current !== null && typeof current === 'object' && typeof (current as { $ref?: unknown }).$ref === 'string') {
    current = resolvePointer(document, (current as { $ref: string }).$ref);
  }
  return current as T;
}

function indexMedia(document: OpenApiDocument, content: Record<string, MediaTypeObject> | undefined) {
  const media = new Map<string, { schema?: JsonSchema; examples: Map<string, unknown> }>();
  for (const [type, entry] of Object.entries(content ?? {})) {
    const examples = new Map<string, unknown>();
    for (const [name, example] of Object.entries(entry.examples ?? {})) {
      const value = deref(document, example).value;
      // An example given only as `externalValue` has no value here.
      if (value !== undefined) examples.set(name, value);
    }
    // The single `example` of a media type answers to the name `example`.
    if (entry.example !== undefined && !examples.has('example')) examples.set('example', entry.example);
    media.set(type, { ...(entry.schema ? { schema: entry.schema } : {}), examples });
  }
  return media;
}

export function indexOperations(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item.parameters as OperationObject['parameters']) ?? [];
    for (const method of HTTP_METHODS) {
      const op = item[method] as OperationObject | undefined;
      if (!op) continue;
      const byKey = new Map<string, ParameterObject>();
      for (const p of [...shared, ...(op.parameters ?? [])]) {
        const param = deref<ParameterObject>(document, p);
        byKey.set(`${param.in}:${param.name}`, param);
      }
      const body = op.requestBody ? deref(document, op.requestBody) : undefined;
      const responses = new Map<string, ResponseSpec>();
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        responses.set(status, { content: indexMedia(document, deref(document, response).content) });
      }
      const security = (op.security ?? document.security ?? []).map((req) => Object.keys(req));
      operations.push({
        key: `${method.toUpperCase()} ${path}`,
        method,
        path,
        operationId: op.operationId ?? `${method} ${path}`,
        parameters: [...byKey.values()],
        ...(body ? { requestBody: { required: body.required ?? false, content: indexMedia(document, body.content) } } : {}),
        responses,
        // An empty alternative (`security: [{}]` or `[]`) means anonymous access is allowed.
        security: security.some((alt) => alt.length === 0) ? [] : security,
      });
    }
  }
  return operations;
}
