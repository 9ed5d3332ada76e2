// Reads cookies, query, path and header parameters, each coerced to its documented type (the
// same coercion on every transport), for the validator and the handler.
import { parse as parseCookies } from 'cookie';
import { coerceParameter } from '../coerce.ts';
import type { Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';

/** Never refuses: the validate stage judges what this read. */
export function readParameters(x: Exchange, op: Operation): undefined {
  const { headers, url } = x;
  x.cookies = headers.cookie ? { ...x.knownCookies, ...(parseCookies(headers.cookie) as Record<string, string>) } : { ...x.knownCookies };
  const rawQuery = new Map<string, string[]>();
  if (url.search !== '') {
    url.searchParams.forEach((value, name) => {
      const values = rawQuery.get(name);
      if (values) values.push(value);
      else rawQuery.set(name, [value]);
    });
  }
  const { query } = x;
  const params = { ...x.params };
  for (const [name, values] of rawQuery) query[name] = values[values.length - 1];
  for (const param of op.parameters) {
    if (param.in === 'query' && rawQuery.has(param.name)) query[param.name] = coerceParameter(rawQuery.get(param.name) ?? [], param);
    if (param.in === 'path' && param.name in params) params[param.name] = coerceParameter([String(params[param.name])], param);
    if (param.in === 'header' && headers[param.name.toLowerCase()] !== undefined) {
      headers[param.name.toLowerCase()] = coerceParameter([headers[param.name.toLowerCase()] ?? ''], param) as string;
    }
  }
  x.params = params;
  return undefined;
}
