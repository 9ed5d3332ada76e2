// The document as this server serves it (`/<api>/openapi.json`, `.yaml`): its `servers` name the
// origin and mount the request reached, so a client generator or a contract-test tool pointed at
// a server on another port, another host, or one API served at the root (`--api`) calls this
// server rather than the document's default 127.0.0.1:4010.
import type { OpenApiDocument } from './document.ts';

export function servedDocument(document: OpenApiDocument, origin: string, prefix: string): OpenApiDocument {
  const where = prefix === '' ? 'served at the root' : `mounted under ${prefix}`;
  return { ...document, servers: [{ url: `${origin}${prefix}`, description: `this contract-stubs server (${where})` }] };
}
