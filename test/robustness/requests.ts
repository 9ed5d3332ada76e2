// Document-driven fuzz requests for one operation: path ids, query strings, headers, cookies
// and bodies, valid or hostile, sent with or without the caller's credentials. `judge` says
// whether the request as sent is valid for the document (the oracle "an invalid request
// never gets 2xx" needs to know).
import { parse as parseCookies } from 'cookie';
import fc from 'fast-check';
import { createSchemaCompiler } from '../../src/core/ajv.ts';
import { coerceParameter } from '../../src/core/coerce.ts';
import { indexOperations, type OpenApiDocument, type Operation } from '../../src/core/document.ts';
import { isJsonMediaType, MAX_BODY_BYTES, mediaTypeOf } from '../../src/core/read-body.ts';
import { createRequestValidator } from '../../src/core/request-validator.ts';
import type { RequestValidator } from '../../src/core/validation.ts';
import { hostileJson, mutated, oddString, valid } from './schema-arbitrary.ts';

export interface FuzzRequest {
  operation: string;
  method: string;
  /** Path inside the API, params filled in and encoded, query string included. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Send the caller's credentials (merged into `headers` when sent). */
  authenticated: boolean;
}

const TOKEN_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-_'.split('');
const VISIBLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const token = fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: 12 });
/** Header values fetch can send (a ByteString without CR, LF or NUL). */
const headerValue = fc.string({ unit: fc.constantFrom(...VISIBLE_ASCII), maxLength: 200 }).map((s) => s.trim());

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/vnd.api+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
];

/** Path segments that keep the route: never empty, never a dot segment the URL parser would resolve. */
function pathValue(doc: OpenApiDocument, schema: unknown): fc.Arbitrary<string> {
  return (
    fc
      .oneof(
        { weight: 3, arbitrary: valid(doc, schema).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))) },
        { weight: 2, arbitrary: oddString },
      )
      .map((v) => encodeURIComponent(v.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')))
      // Percent-encodings that do not decode: a bare `%`, a bad hex pair, UTF-8 a decoder must refuse.
      .chain((v) => fc.oneof({ weight: 9, arbitrary: fc.constant(v) }, fc.constantFrom('%', '%zz', `${v}%ED%A0%80`, '%C0%AF')))
      .filter((v) => v.length > 0 && !/^(\.|%2e){1,2}$/i.test(v))
  );
}

function queryValue(doc: OpenApiDocument, schema: unknown): fc.Arbitrary<string> {
  return fc.oneof(
    valid(doc, schema).map((v) => (typeof v === 'string' ? v : Array.isArray(v) ? v.join(',') : JSON.stringify(v))),
    oddString,
  );
}

function bodyArbitrary(doc: OpenApiDocument, op: Operation): fc.Arbitrary<string | undefined> {
  const schema = op.requestBody ? [...op.requestBody.content].find(([type]) => isJsonMediaType(mediaTypeOf(type)))?.[1].schema : undefined;
  if (!schema) return fc.constant(undefined);
  return fc.oneof(
    { weight: 4, arbitrary: valid(doc, schema).map((v) => JSON.stringify(v)) },
    { weight: 4, arbitrary: mutated(doc, schema).map((v) => JSON.stringify(v)) },
    { weight: 2, arbitrary: hostileJson.map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.constant(undefined) },
    // Malformed and truncated JSON.
    {
      weight: 1,
      arbitrary: valid(doc, schema).chain((v) =>
        fc.nat().map((n) => JSON.stringify(v).slice(0, n % Math.max(1, JSON.stringify(v).length))),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', 'null', '"text"', '12', '[1,2', '{"a":1}}', '\u0000', '{"a":NaN}') },
  );
}

export function operationRequests(doc: OpenApiDocument, op: Operation): fc.Arbitrary<FuzzRequest> {
  const pathParams = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? '');
  const paramSchema = (name: string, where: string) => op.parameters.find((p) => p.in === where && p.name === name)?.schema;
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const headerParams = op.parameters.filter((p) => p.in === 'header');
  return fc
    .record({
      path: fc.tuple(...pathParams.map((name) => pathValue(doc, paramSchema(name, 'path'))), fc.constant('')),
      declaredQuery: fc.tuple(...queryParams.map((p) => fc.option(queryValue(doc, p.schema), { nil: undefined })), fc.constant(undefined)),
      // Never `__code` and friends: those are the Prefer fallback, which skips validation by design.
      extraQuery: fc.array(fc.tuple(token, oddString), { maxLength: 3 }),
      declaredHeaders: fc.tuple(...headerParams.map(() => fc.option(headerValue, { nil: undefined })), fc.constant(undefined)),
      extraHeaders: fc.dictionary(
        token.map((t) => `x-${t}`),
        headerValue,
        { maxKeys: 3 },
      ),
      cookies: fc.array(fc.tuple(token, fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), maxLength: 40 })), { maxLength: 3 }),
      contentType: fc.oneof(
        { weight: 12, arbitrary: fc.constant('application/json') },
        { weight: 4, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      ),
      body: bodyArbitrary(doc, op),
      authenticated: fc.boolean(),
    })
    .map((r) => {
      let path = op.path;
      pathParams.forEach((name, i) => {
        path = path.replace(`{${name}}`, r.path[i] ?? '');
      });
      const query = new URLSearchParams();
      queryParams.forEach((p, i) => {
        const value = r.declaredQuery[i];
        if (value !== undefined) query.append(p.name, value);
      });
      for (const [name, value] of r.extraQuery) query.append(name, value);
      const headers: Record<string, string> = { ...r.extraHeaders };
      headerParams.forEach((p, i) => {
        const value = r.declaredHeaders[i];
        if (value !== undefined) headers[p.name.toLowerCase()] = value;
      });
      if (r.cookies.length > 0) headers.cookie = r.cookies.map(([n, v]) => `${n}=${v}`).join('; ');
      const hasBody = r.body !== undefined && op.method !== 'get';
      // A body goes out as JSON unless the arbitrary chose otherwise; sometimes with no type at all.
      if (hasBody && r.contentType !== undefined) headers['content-type'] = r.contentType;
      const search = query.toString();
      return {
        operation: op.key,
        method: op.method.toUpperCase(),
        url: search ? `${path}?${search}` : path,
        headers,
        ...(hasBody ? { body: r.body } : {}),
        authenticated: r.authenticated,
      };
    });
}

/** Every operation of a document, one arbitrary picking among them. */
export function documentRequests(doc: OpenApiDocument): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(...indexOperations(doc).map((op) => operationRequests(doc, op)));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Judges a request as sent, the way the document reads it: is it valid? */
export function createJudge(doc: OpenApiDocument): (request: FuzzRequest) => boolean {
  const operations = indexOperations(doc);
  const validator: RequestValidator = createRequestValidator(operations, createSchemaCompiler(doc));
  const byKey = new Map(operations.map((op) => [op.key, op]));
  return (request) => {
    const op = byKey.get(request.operation);
    if (!op) return false;
    const url = new URL(request.url, 'http://judge.test');
    const mediaType = mediaTypeOf(request.headers['content-type'] ?? null);
    let body: unknown;
    // A body without a Content-Type is no body, as both transports read it.
    const hasBody = request.body !== undefined && request.body.length > 0 && op.requestBody !== undefined && mediaType !== '';
    if (hasBody) {
      if (!op.requestBody?.content.has(mediaType)) return false;
      if (Buffer.byteLength(request.body ?? '') > MAX_BODY_BYTES) return false;
      try {
        body = JSON.parse(request.body ?? '');
      } catch {
        return false;
      }
      if (body === null || typeof body !== 'object') return false;
    }
    const templateParts = op.path.split('/');
    const params: Record<string, unknown> = {};
    url.pathname.split('/').forEach((segment, i) => {
      const name = /^\{(.+)\}$/.exec(templateParts[i] ?? '')?.[1];
      const param = op.parameters.find((p) => p.in === 'path' && p.name === name);
      if (name && param) params[name] = coerceParameter([decodeSegment(segment)], param);
    });
    const query: Record<string, unknown> = {};
    for (const param of op.parameters.filter((p) => p.in === 'query')) {
      const values = url.searchParams.getAll(param.name);
      if (values.length > 0) query[param.name] = coerceParameter(values, param);
    }
    const headers: Record<string, unknown> = { ...request.headers };
    for (const param of op.parameters.filter((p) => p.in === 'header')) {
      const value = request.headers[param.name.toLowerCase()];
      if (value !== undefined) headers[param.name.toLowerCase()] = coerceParameter([value], param);
    }
    const cookies = parseCookies(request.headers.cookie ?? '');
    return validator.validateRequest(op.key, { params, query, headers, cookies, body, hasBody }).length === 0;
  };
}

const validRequests = new WeakMap<Operation, FuzzRequest>();

/** A request the document accepts for `op` (params and body valid), for tests that must get past validation. */
export function validRequest(doc: OpenApiDocument, op: Operation): FuzzRequest {
  const known = validRequests.get(op);
  if (known) return known;
  const judge = createJudge(doc);
  const segment = (schema: unknown) =>
    valid(doc, schema)
      .map((v) => String(v))
      .filter((v) => /^[A-Za-z0-9_-]+$/.test(v));
  const schema = op.requestBody ? [...op.requestBody.content].find(([type]) => isJsonMediaType(mediaTypeOf(type)))?.[1].schema : undefined;
  // Required headers (a webhook's signature) are only shaped right; authenticity is the API's call.
  const requiredHeaders = op.parameters.filter((p) => p.in === 'header' && p.required);
  const arbitrary = fc.record({
    params: fc.tuple(
      ...[...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => segment(op.parameters.find((p) => p.in === 'path' && p.name === m[1])?.schema)),
      fc.constant(''),
    ),
    query: fc.tuple(...op.parameters.filter((p) => p.in === 'query' && p.required).map((p) => queryValue(doc, p.schema)), fc.constant('')),
    header: fc.tuple(...requiredHeaders.map((p) => segment(p.schema)), fc.constant('')),
    body: schema ? valid(doc, schema).map((v) => JSON.stringify(v)) : fc.constant(undefined),
  });
  for (const sample of fc.sample(arbitrary, { numRuns: 300, seed: 7 })) {
    let index = 0;
    const path = op.path.replace(/\{[^}]+\}/g, () => sample.params[index++] ?? '');
    const query = new URLSearchParams();
    for (const [i, p] of op.parameters.filter((q) => q.in === 'query' && q.required).entries()) query.append(p.name, sample.query[i] ?? '');
    const search = query.toString();
    const request: FuzzRequest = {
      operation: op.key,
      method: op.method.toUpperCase(),
      url: search ? `${path}?${search}` : path,
      headers: {
        ...Object.fromEntries(requiredHeaders.map((p, i) => [p.name.toLowerCase(), sample.header[i] ?? ''])),
        ...(sample.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(sample.body === undefined ? {} : { body: sample.body }),
      authenticated: true,
    };
    if (judge(request)) {
      validRequests.set(op, request);
      return request;
    }
  }
  throw new Error(`no valid request found for ${op.key}`);
}
