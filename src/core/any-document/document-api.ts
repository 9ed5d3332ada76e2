// An API definition from an OpenAPI document alone (3.0 or 3.1): errors in the document's own
// error shape (error-shape.ts), security schemes checked for presence (security.ts), CORS for
// the methods and headers the document uses, and no handler needed — each operation without one
// is answered from the document (stages/document-answer.ts). Handlers, typed by the document's
// generated `paths`, can be added for the operations that need real logic.
import { defineApi, type RuntimeApiDefinition } from '../definition.ts';
import type { OpenApiDocument } from '../document.ts';
import type { Handlers } from '../handler.ts';
import { documentErrors } from './error-shape.ts';
import { upgradeOpenApi30 } from './openapi-30.ts';
import { type DocumentPrincipal, presenceAuthenticators } from './security.ts';

/** What a handler of a document-only API sees: no state of its own, the credential the caller showed. */
export interface DocumentEnv {
  state: Record<string, never>;
  principal: DocumentPrincipal;
  services: null;
}

export interface DocumentApiOptions<Paths> {
  /** Where it is mounted (`/<id>`) and how the controls name it. */
  id: string;
  /** The document; a 3.0 document is rewritten in place as 3.1 (openapi-30.ts). */
  document: OpenApiDocument;
  handlers?: Handlers<Paths, DocumentEnv>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** The request headers a browser may send cross-origin: what the document's parameters and API keys name. */
function requestHeaders(document: OpenApiDocument): string[] {
  const headers = new Set(['content-type', 'authorization', 'prefer']);
  const add = (p: unknown) => {
    const param = p as { in?: string; name?: string } | null;
    if ((param?.in === 'header' || param?.in === undefined) && typeof param?.name === 'string') headers.add(param.name.toLowerCase());
  };
  for (const scheme of Object.values(document.components?.securitySchemes ?? {})) {
    if ((scheme as { type?: string }).type === 'apiKey' && (scheme as { in?: string }).in === 'header') add(scheme);
  }
  for (const param of Object.values(document.components?.parameters ?? {})) if ((param as { in?: string }).in === 'header') add(param);
  for (const item of Object.values(document.paths ?? {})) {
    for (const [key, op] of Object.entries(item ?? {})) {
      const list = key === 'parameters' ? op : (op as { parameters?: unknown } | null)?.parameters;
      if (Array.isArray(list)) for (const param of list) if ((param as { in?: string }).in === 'header') add(param);
    }
  }
  return [...headers];
}

function usedMethods(document: OpenApiDocument): string[] {
  const used = new Set<string>();
  for (const item of Object.values(document.paths ?? {}))
    for (const key of Object.keys(item ?? {})) if (METHODS.includes(key)) used.add(key.toUpperCase());
  return [...used];
}

export function documentApi<Paths = Record<string, never>>(options: DocumentApiOptions<Paths>): RuntimeApiDefinition {
  const document = upgradeOpenApi30(options.document);
  const errors = documentErrors(document);
  return defineApi<Paths, DocumentEnv>({
    id: options.id,
    document,
    envelope: errors.envelope,
    errorMediaType: errors.mediaType,
    createServices: () => null,
    createState: () => ({}),
    authenticate: presenceAuthenticators(document),
    handlers: options.handlers ?? {},
    cors: { methods: usedMethods(document), headers: requestHeaders(document), credentials: true },
  });
}
