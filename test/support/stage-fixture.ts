// A small API and the means to run one stage of the pipeline on it alone: an `ApiRuntime`
// over a three-operation document, and an `Exchange` for a request to it.
import { StubApi } from '../../src/core/api-instance.ts';
import { defineApi, type RuntimeApiDefinition } from '../../src/core/definition.ts';
import type { OpenApiDocument } from '../../src/core/document.ts';
import { Exchange } from '../../src/core/exchange.ts';
import { incomingFromRequest } from '../../src/core/incoming.ts';
import { Journal } from '../../src/core/journal.ts';
import type { NetworkSettings } from '../../src/core/network-settings.ts';
import type { StubReply } from '../../src/core/reply.ts';
import type { TransportVerdict } from '../../src/core/request-body.ts';

const error = { $ref: '#/components/schemas/Error' };
const errors = Object.fromEntries(
  ['400', '401', '404', '429', '500'].map((status) => [
    status,
    { description: status, content: { 'application/json': { schema: error } } },
  ]),
);
const thing = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: { id: { type: 'integer' }, name: { type: 'string' } },
};

export const stageDocument: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Stage fixture', version: '1.0.0' },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: { type: 'object', properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } },
          { name: 'x-page', in: 'header', schema: { type: 'integer' } },
        ],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: thing } } } },
          ...errors,
        },
      },
      post: {
        operationId: 'createThing',
        security: [{ bearer: [] }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                required: ['name'],
                properties: { name: { type: 'string', minLength: 1 } },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'created',
            content: {
              'application/json': {
                schema: thing,
                examples: { first: { value: { id: 1, name: 'first' } }, second: { value: { id: 2, name: 'second' } } },
              },
            },
          },
          ...errors,
        },
      },
    },
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: thing } } }, ...errors },
      },
    },
  },
};

export interface StageState {
  things: { id: number; name: string }[];
}

/** Bearer `good` signs in as `alice`, `forbidden` is refused with 403, anything else 401. */
export const stageDefinition: RuntimeApiDefinition = defineApi<
  Record<string, never>,
  { state: StageState; principal: string; services: null }
>({
  id: 'stage',
  document: stageDocument,
  envelope: ({ status, message, code, requestId }) => ({ error: { status, code, message, requestId } }),
  createServices: () => null,
  createState: () => ({ things: [] }),
  authenticate: {
    bearer: async ({ headers }) => {
      if (headers.authorization === 'Bearer good') return { ok: true, principal: 'alice' };
      if (headers.authorization === 'Bearer forbidden') return { ok: false, status: 403, message: 'Forbidden', code: 'FORBIDDEN' };
      return { ok: false, status: 401, message: 'Bearer token required', code: 'UNAUTHORIZED' };
    },
  },
  handlers: {},
  cors: { methods: ['GET', 'POST'], headers: ['content-type'], credentials: true },
  rateLimit: { rules: ({ principal }) => [{ key: `user:${String(principal)}`, limit: 2, windowMs: 60_000 }] },
});

export const FIXED_NOW = new Date('2025-01-01T00:00:00Z');

/** The fixture API as the stages see it, on a fixed clock, with a journal of its own. */
export function stageRuntime(
  options: {
    strict?: boolean;
    rateLimits?: boolean;
    stateful?: boolean;
    definition?: RuntimeApiDefinition;
    network?: NetworkSettings;
  } = {},
): StubApi {
  return new StubApi(options.definition ?? stageDefinition, {
    seed: 1,
    now: FIXED_NOW,
    strict: options.strict ?? false,
    rateLimits: options.rateLimits ?? true,
    stateful: options.stateful ?? true,
    journal: new Journal(10),
    ...(options.network ? { network: options.network } : {}),
  });
}

/** An exchange for `request` to `api`, at the API's root path (`/things`). */
export function exchangeFor(
  api: StubApi,
  request: Request,
  extra: Partial<{ clientAddress: string; cookies: Record<string, string>; verdict: TransportVerdict }> = {},
): Exchange {
  const url = new URL(request.url);
  return new Exchange({
    request: incomingFromRequest(request),
    url,
    path: url.pathname,
    verdict: extra.verdict,
    clientAddress: extra.clientAddress ?? '127.0.0.1',
    knownCookies: extra.cookies ?? {},
    world: api.world,
    started: performance.now(),
  });
}

export const json = (reply: StubReply | undefined): unknown => reply?.json;
