// `--validator express-openapi-validator`: one router per API, each with its own body parser
// and its own express-openapi-validator instances, one per document path (several documents in
// one validator share state: its issues 881, 900, 876), all answering through the core. Loaded
// only when that validator is chosen (app.ts): the library and its dependencies are a tenth
// of a cold start.
import express, { type ErrorRequestHandler, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import type { Operation } from '../core/document.ts';
import { nestsDeeperThan } from '../core/json-depth.ts';
import { isForced, preferencesFrom } from '../core/prefer.ts';
import { isJsonMediaType, MAX_BODY_BYTES, mediaTypeOf } from '../core/read-body.ts';
import type { TransportVerdict } from '../core/request-body.ts';
import type { Mounted, Stubs } from '../core/stubs.ts';
import { issuesFromEov, leaveToCore } from './eov-issues.ts';
import { pathDocument } from './eov-path-document.ts';
import './eov-spec-validator.ts';
import { keepRawBody, originOf, rawBodyOf } from './fetch-bridge.ts';
import { forward } from './forward.ts';
import { hasLooseNumber } from './loose-numbers.ts';

function isForcedRequest(req: Request): boolean {
  // Most requests carry neither a Prefer header nor a `__` query control: no URL or Headers to build.
  if (req.headers.prefer === undefined && !req.originalUrl.includes('__')) return false;
  const url = new URL(req.originalUrl, originOf(req));
  return isForced(preferencesFrom(req.get('prefer'), url.searchParams));
}

function hasUndecodableSegment(path: string): boolean {
  if (!path.includes('%')) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

// express-openapi-validator refuses a query value holding a raw reserved character (`+` for a
// space, `:`, `=`...) with "must be url encoded", before judging its schema; the core decodes
// it as any form-encoded query and judges the value. Such requests go to the core alone.
const RESERVED_IN_QUERY_VALUE = /[:/?#[\]@!$'()*+,;=]/;

function hasReservedQueryValue(url: string): boolean {
  const start = url.indexOf('?');
  if (start < 0) return false;
  const query = url.slice(start + 1).split('#')[0] ?? '';
  return query.split('&').some((pair) => RESERVED_IN_QUERY_VALUE.test(pair.split('=').slice(1).join('=')));
}

const withRaw = (raw: Uint8Array | undefined) => (raw ? { raw } : {});

const VERDICT = Symbol('contract-stubs verdict');
type WithVerdict = Request & { [VERDICT]?: TransportVerdict };

/** The body parser's error `type` when its `verify` hook finds the body nested too deep. */
const TOO_DEEP = 'contract-stubs.entity.too.deep';

/**
 * The JSON parser's `verify` hook, on the bytes as sent before they are parsed: keeps them (for
 * the core and for handlers that check a signature over them) and refuses a body nested
 * deeper than the core allows, as the core does on its own path.
 */
function verifyJsonBody(req: Request, _res: Response, bytes: Buffer): void {
  keepRawBody(req, bytes);
  if (nestsDeeperThan(bytes)) throw Object.assign(new Error('JSON body nested too deep'), { type: TOO_DEEP });
}

function verdictFromError(error: unknown, req: Request): TransportVerdict | undefined {
  const e = error as { type?: string; status?: number; errors?: unknown };
  if (e.type === 'entity.too.large') return { kind: 'too-large' };
  if (e.type === TOO_DEEP) return { kind: 'too-deep' };
  if (e.type === 'entity.parse.failed') return { kind: 'malformed' };
  // No Content-Type at all is a missing body (400), as the core judges it, not a 415.
  if (e.status === 415 && !req.headers['content-type'])
    return { kind: 'invalid', issues: [{ in: 'body', field: '', message: 'is required' }] };
  if (e.status === 415) return { kind: 'unsupported-media' };
  if (e.status === 400 && Array.isArray(e.errors)) return { kind: 'invalid', issues: issuesFromEov(e.errors), body: req.body };
  return undefined;
}

export function apiRouter(stubs: Stubs, { api, prefix }: Mounted): express.Router {
  const router = express.Router();
  const document = api.definition.document;
  // The operation a request reaches, looked up once per request (and again only if its path
  // changes) instead of by each middleware below.
  const OPERATION = Symbol('contract-stubs operation');
  type WithOperation = Request & { [OPERATION]?: { path: string; operation: Operation | undefined } };
  const operationOf = (req: WithOperation): Operation | undefined => {
    const path = req.path;
    const known = req[OPERATION];
    if (known?.path === path) return known.operation;
    const operation = api.operationFor(req.method, path);
    req[OPERATION] = { path, operation };
    return operation;
  };
  // One validator per document path, built on the path's first request, over a copy of the
  // document holding only that path: express-openapi-validator's route lookup compiles a
  // path-to-regexp for every path of its document on every request, and most paths of a
  // served API are never called in a given run.
  const byPath = new Map<string, RequestHandler[]>();
  const validatorsFor = (path: string): RequestHandler[] => {
    let validators = byPath.get(path);
    if (!validators) {
      const apiSpec = pathDocument(document, path, prefix || '/');
      validators = OpenApiValidator.middleware({
        // The validator deep-copies the document it is given.
        apiSpec: apiSpec as unknown as Parameters<typeof OpenApiValidator.middleware>[0]['apiSpec'],
        validateRequests: { allowUnknownQueryParameters: true },
        validateResponses: false,
        // The core authenticates (with the API's own 401 body) and routes unknown paths (404/405).
        validateSecurity: false,
        ignoreUndocumented: true,
        validateApiSpec: false,
        // No document takes multipart bodies: without this, every path's validator would build
        // multer and a request Ajv of its own, and look at each request's content type again.
        fileUploader: false,
      });
      byPath.set(path, validators);
    }
    return validators;
  };
  // Runs the validators of the operation the core routes this request to, one after another.
  const validate: RequestHandler = (req, res, next) => {
    const operation = operationOf(req);
    if (!operation) return next();
    const chain = validatorsFor(operation.path);
    const step = (index: number, error?: unknown): void => {
      const validator = chain[index];
      if (error !== undefined || !validator) next(error);
      else validator(req, res, (e?: unknown) => step(index + 1, e));
    };
    step(0);
  };
  const direct = forward(stubs, () => undefined);
  // express-openapi-validator skips a request it takes for undocumented: a method the literal path
  // lacks but a templated one has (`PATCH /consultation/create` is `PATCH /consultation/{id}`).
  // The core routes it to that operation, so the core's own validator judges it.
  const validated = forward(stubs, (req) =>
    (req as Request & { openapi?: unknown }).openapi === undefined
      ? undefined
      : { kind: 'valid', body: req.body, hasBody: req.body !== undefined, ...withRaw(rawBodyOf(req)) },
  );

  // One middleware, in this order: an alias (`/api/v1/x` for `/api/x`) is rewritten before the
  // validator looks up the route; Prefer-forced answers skip validation in the core, so they
  // skip it here too; and some requests are judged by the core alone, so both transports say
  // the same: a path whose ids do not decode (express-openapi-validator reports it as a body
  // error), an empty body (Express's JSON parser makes it `{}`, so the validator names a field
  // instead of the missing body), a query value with a raw reserved character, and a numeric
  // query or header value the validator would coerce loosely (src/node/loose-numbers.ts).
  router.use((req, res, next) => {
    const path = api.unalias(req.path);
    if (path !== req.path) {
      const rest = req.url.slice(req.path.length);
      req.url = path + rest;
      req.originalUrl = prefix + path + rest;
    }
    if (
      isForcedRequest(req) ||
      hasUndecodableSegment(req.path) ||
      req.headers['content-length'] === '0' ||
      hasReservedQueryValue(req.originalUrl) ||
      hasLooseNumber(operationOf(req), req)
    )
      return direct(req, res, next);
    next();
  });
  // Only JSON bodies of a media type the operation declares are parsed; any other is the core's
  // 415 before the body is read, as under MSW.
  const declaresJsonBody = (req: Request) => {
    const mediaType = mediaTypeOf(req.headers['content-type'] ?? null);
    return isJsonMediaType(mediaType) && operationOf(req)?.requestBody?.content.has(mediaType) === true;
  };
  router.use(express.json({ limit: MAX_BODY_BYTES, type: (req) => declaresJsonBody(req as Request), verify: verifyJsonBody }));
  router.use(validate);
  router.use(validated);
  const onError: ErrorRequestHandler = (error: unknown, req: WithVerdict, res: Response, next: NextFunction) => {
    const { status, errors } = error as { status?: number; errors?: unknown };
    // The core judges the parsed request itself, as it does under MSW.
    if (status === 400 && Array.isArray(errors) && leaveToCore(errors, req.body)) return direct(req, res, next);
    const verdict = verdictFromError(error, req);
    if (!verdict) return next(error);
    req[VERDICT] = verdict;
    forward(stubs, (r) => (r as WithVerdict)[VERDICT])(req, res, next);
  };
  router.use(onError);
  return router;
}
