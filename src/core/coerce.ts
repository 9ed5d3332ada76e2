// Turns raw parameter strings into the types their schemas declare, so handlers see numbers
// and booleans on every transport. Values that do not coerce are left as strings for the
// validator to reject with a message naming the parameter.
import type { JsonSchema, ParameterObject } from './document.ts';

function schemaType(schema: JsonSchema | undefined): string | undefined {
  const type = schema?.type;
  return typeof type === 'string' ? type : undefined;
}

export function coerceScalar(raw: string, schema: JsonSchema | undefined): unknown {
  switch (schemaType(schema)) {
    case 'integer':
    case 'number': {
      // Plain decimal notation only: `0x10`, ` 12 ` and `Infinity` stay strings and fail validation.
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(raw) ? Number(raw) : raw;
    }
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    default:
      return raw;
  }
}

export function coerceParameter(values: string[], param: ParameterObject): unknown {
  if (schemaType(param.schema) === 'array') {
    const items = param.schema?.items as JsonSchema | undefined;
    // form style: `?tag=a&tag=b` when exploded (the default), `?tag=a,b` when not.
    const flat = param.explode === false ? values.flatMap((v) => v.split(',')) : values;
    return flat.map((v) => coerceScalar(v, items));
  }
  return coerceScalar(values[values.length - 1] ?? '', param.schema);
}
