// One Ajv instance per document, with the document's components addressable by $ref, so
// each schema is compiled once and reused (never per request).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonSchema, OpenApiDocument } from './document.ts';

const DOCUMENT_ID = 'urn:contract-stubs:document';

/** Points local refs at the registered document so a schema compiles on its own. */
function anchorRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(anchorRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? DOCUMENT_ID + value : anchorRefs(value);
  }
  return out;
}

/** Documents with more component schemas than this compile for size (see below). */
const LARGE_DOCUMENT_SCHEMAS = 300;

export interface SchemaCompiler {
  compile(schema: JsonSchema): ValidateFunction;
}

export function createSchemaCompiler(document: OpenApiDocument): SchemaCompiler {
  // strict: false tolerates OpenAPI's own keywords (example, xml, discriminator) in schemas.
  // validateSchema: false: checking a schema against the 2020-12 meta-schema compiled that
  // meta-schema once per document (~25 ms each, a tenth of `start`'s cold start) and checked
  // nothing — the meta-schema does not look inside `components` — while compiling a schema
  // still refuses a malformed keyword (`type must be JSONType…`). `npm run lint:contracts`
  // checks the documents.
  // A large document (GitHub's has ≈1,000 schemas, each reached from many answers) compiles
  // each referenced schema once as its own function instead of inlining it wherever it is
  // used, without Ajv's code-optimising passes: answering each of GitHub's 639 GETs once took
  // 63 s of compilation, 23 s so. Small documents keep the faster inlined, optimised code.
  const large = Object.keys(document.components?.schemas ?? {}).length > LARGE_DOCUMENT_SCHEMAS;
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    validateFormats: true,
    validateSchema: false,
    ...(large ? { inlineRefs: false, code: { optimize: false } } : {}),
  });
  addFormats.default(ajv);
  // Registering a schema walks all of it: without the examples, which no schema refers to
  // (most of GitHub's 13 MB), that walk takes a third of the time.
  const { examples: _examples, ...components } = document.components ?? {};
  ajv.addSchema({ $id: DOCUMENT_ID, components });
  const cache = new WeakMap<JsonSchema, ValidateFunction>();
  return {
    compile(schema) {
      let fn = cache.get(schema);
      if (!fn) {
        fn = ajv.compile(anchorRefs(schema) as JsonSchema);
        cache.set(schema, fn);
      }
      return fn;
    },
  };
}
