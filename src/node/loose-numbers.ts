// express-openapi-validator coerces numeric parameters the way Ajv does (`x == +x`), so it takes
// ` 5`, `0x10`, `+5`, `.5`, `Infinity` or a lone byte-order mark (as 0) for numbers; the core
// takes plain decimal notation only (src/core/coerce.ts) and names the parameter. A request
// holding such a value is judged by the core alone, so both transports answer alike and the
// handler never sees a value the core would not have coerced. Query and header parameters only:
// a path id is judged before the body is read, and routing such a request past the body parser
// left a large body unread on a keep-alive connection (test/parity.test.ts, over 1 MiB).
import { coerceScalar } from '../core/coerce.ts';
import type { JsonSchema, Operation, ParameterObject } from '../core/document.ts';

type Raw = string | string[] | undefined;

const NUMERIC = new Set(['integer', 'number']);

/** The schema a parameter's raw strings are coerced with (an array's items), when it is numeric. */
function numericSchema(param: ParameterObject): JsonSchema | undefined {
  const schema = param.schema?.type === 'array' ? (param.schema.items as JsonSchema | undefined) : param.schema;
  return typeof schema?.type === 'string' && NUMERIC.has(schema.type) ? schema : undefined;
}

const numericByOperation = new WeakMap<Operation, Array<{ param: ParameterObject; schema: JsonSchema }>>();

function numericParameters(op: Operation) {
  let found = numericByOperation.get(op);
  if (!found) {
    found = op.parameters.flatMap((param) => {
      const schema = numericSchema(param);
      return schema && (param.in === 'query' || param.in === 'header') ? [{ param, schema }] : [];
    });
    numericByOperation.set(op, found);
  }
  return found;
}

/** `request.query` is read only when the operation has a numeric query parameter (Express parses it on every read). */
export function hasLooseNumber(
  op: Operation | undefined,
  request: { readonly query: Record<string, unknown>; readonly headers: Record<string, Raw> },
): boolean {
  if (!op) return false;
  for (const { param, schema } of numericParameters(op)) {
    const raw = param.in === 'query' ? request.query[param.name] : request.headers[param.name.toLowerCase()];
    const values = Array.isArray(raw) ? raw : [raw];
    // An array not sent as repeated query parameters is one comma-separated value.
    const joined = param.schema?.type === 'array' && (param.in !== 'query' || param.explode === false);
    const flat = joined ? values.flatMap((v) => (typeof v === 'string' ? v.split(',') : v)) : values;
    for (const value of flat) if (typeof value === 'string' && value !== '' && typeof coerceScalar(value, schema) === 'string') return true;
  }
  return false;
}
