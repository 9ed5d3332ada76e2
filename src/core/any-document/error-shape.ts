// Errors of an API served from its document alone, in the document's own error shape: the
// schema the operation declares for that status (or `4XX`, `default`), else the one most of the
// document's operations declare for it. Its message-like field gets the message, its status-,
// code-, time- and id-like fields what the stub knows, any other required field a seeded value,
// and the whole is checked against the schema (fit.ts). Where the document declares no body for
// the status: RFC 9457 problem details, `application/problem+json`.
import { createSchemaCompiler } from '../ajv.ts';
import { indexOperations, type JsonSchema, type OpenApiDocument, type Operation } from '../document.ts';
import { type ErrorDetails, type ErrorEnvelope, STATUS_TEXT } from '../envelope.ts';
import { isJsonMediaType } from '../read-body.ts';
import { createFaker } from '../seeded-faker.ts';
import { issueLabel } from '../validation.ts';
import { type FitContext, fitToSchema, objectShape } from './fit.ts';

export const PROBLEM_JSON = 'application/problem+json';

interface ErrorBody {
  mediaType: string;
  schema: JsonSchema | undefined;
}

const MESSAGE = ['message', 'detail', 'error_description', 'errorMessage', 'error_message', 'description', 'msg', 'reason', 'error'];
const STATUS = ['status', 'statusCode', 'status_code', 'httpStatus', 'http_status', 'code'];
const CODE = ['code', 'error_code', 'errorCode', 'error'];
const TIME = ['timestamp', 'time', 'date', 'datetime'];
const REQUEST_ID = ['requestId', 'request_id', 'traceId', 'trace_id', 'correlationId', 'correlation_id'];
const ISSUES = ['errors', 'issues', 'details', 'violations', 'invalid_params', 'invalidParams'];
const FIELD = ['field', 'name', 'path', 'pointer', 'parameter', 'param', 'property', 'location', 'resource'];

function typesOf(schema: JsonSchema): string[] {
  return typeof schema.type === 'string' ? [schema.type] : Array.isArray(schema.type) ? (schema.type as string[]) : [];
}

function jsonContent(content: Map<string, { schema?: JsonSchema }> | undefined): ErrorBody | undefined {
  for (const [mediaType, media] of content ?? []) {
    if (isJsonMediaType(mediaType.split(';')[0]?.trim() ?? '') || mediaType === '*/*') {
      return { mediaType: mediaType === '*/*' ? 'application/json' : mediaType, schema: media.schema };
    }
  }
  return undefined;
}

function declaredFor(op: Operation, status: number): ErrorBody | undefined {
  for (const key of [String(status), `${String(status)[0]}XX`, 'default']) {
    const spec = op.responses.get(key);
    if (spec) return jsonContent(spec.content) ?? { mediaType: PROBLEM_JSON, schema: undefined };
  }
  return undefined;
}

export interface DocumentErrors {
  envelope: ErrorEnvelope;
  mediaType(status: number, operation: string | undefined): string;
}

export function documentErrors(document: OpenApiDocument): DocumentErrors {
  let indexed: { operations: Operation[]; byKey: Map<string, Operation> } | undefined;
  const index = () => {
    if (!indexed) {
      const operations = indexOperations(document);
      indexed = { operations, byKey: new Map(operations.map((op) => [op.key, op])) };
    }
    return indexed;
  };
  const chosen = new Map<string, ErrorBody>();
  const usual = new Map<number, ErrorBody | null>();
  let fit: FitContext | undefined;

  /** The body most operations declare for this status (by schema identity), if any does. */
  function usualFor(status: number): ErrorBody | undefined {
    if (!usual.has(status)) {
      const counts = new Map<string, { body: ErrorBody; n: number }>();
      for (const op of index().operations) {
        const spec = op.responses.get(String(status));
        const body = spec && jsonContent(spec.content);
        if (!body?.schema) continue;
        const key = JSON.stringify(body.schema);
        const entry = counts.get(key) ?? { body, n: 0 };
        entry.n++;
        counts.set(key, entry);
      }
      const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
      usual.set(status, best?.body ?? null);
    }
    return usual.get(status) ?? undefined;
  }

  function bodyFor(status: number, operation: string | undefined): ErrorBody {
    const key = `${status} ${operation ?? ''}`;
    let body = chosen.get(key);
    if (!body) {
      const op = operation === undefined ? undefined : index().byKey.get(operation);
      body = (op && declaredFor(op, status)) ?? usualFor(status) ?? { mediaType: PROBLEM_JSON, schema: undefined };
      chosen.set(key, body);
    }
    return body;
  }

  function render(schema: JsonSchema, details: ErrorDetails): unknown {
    fit ??= { document, compiler: createSchemaCompiler(document), faker: createFaker(0) };
    // Seeded per status: the same error always gets the same filler values.
    fit.faker.seed(details.status);
    return fitToSchema(fit, schema, fill(document, schema, details, 0));
  }

  return {
    envelope(details) {
      const { schema } = bodyFor(details.status, details.operation);
      if (schema) return render(schema, details);
      return {
        type: 'about:blank',
        title: STATUS_TEXT[details.status] ?? `HTTP ${details.status}`,
        status: details.status,
        detail: details.message,
        ...(details.issues?.length ? { issues: details.issues.map((i) => ({ field: issueLabel(i), message: i.message })) } : {}),
      };
    },
    mediaType: (status, operation) => bodyFor(status, operation).mediaType,
  };
}

/** The error's facts, each in the field of the shape that names it. */
function fill(document: OpenApiDocument, schema: JsonSchema, details: ErrorDetails, depth: number): Record<string, unknown> {
  const shape = objectShape(document, schema);
  const names = Object.keys(shape.properties);
  const out: Record<string, unknown> = {};
  const take = (candidates: string[], accepts: (s: JsonSchema) => boolean) =>
    candidates.find((name) => names.includes(name) && !(name in out) && accepts(shape.properties[name] ?? {}));
  const isString = (s: JsonSchema) => typesOf(s).includes('string') || typesOf(s).length === 0;
  const isNumber = (s: JsonSchema) => typesOf(s).some((t) => t === 'integer' || t === 'number');
  const set = (name: string | undefined, value: unknown) => {
    if (name !== undefined) out[name] = value;
  };
  const messageAt = take(MESSAGE, (s) => typesOf(s).includes('string'));
  set(messageAt, details.message);
  set(take(STATUS, isNumber), details.status);
  set(
    take(CODE, (s) => typesOf(s).includes('string')),
    details.code ?? (STATUS_TEXT[details.status] ?? 'ERROR').toUpperCase().replaceAll(' ', '_'),
  );
  set(take(['title'], isString), STATUS_TEXT[details.status] ?? `HTTP ${details.status}`);
  set(
    take(['type'], (s) => typesOf(s).includes('string') && s.enum === undefined),
    'about:blank',
  );
  set(
    take(TIME, (s) => typesOf(s).includes('string')),
    details.timestamp,
  );
  set(
    take(REQUEST_ID, (s) => typesOf(s).includes('string')),
    details.requestId,
  );
  const issuesAt = take(ISSUES, (s) => typesOf(s).includes('array'));
  if (issuesAt !== undefined && details.issues?.length) {
    const items = objectShape(document, shape.properties[issuesAt]?.items);
    const field = FIELD.find((n) => n in items.properties);
    const message = MESSAGE.find((n) => n in items.properties);
    if (items.known && (field || message)) {
      out[issuesAt] = details.issues.map((issue) => ({
        ...(field ? { [field]: issueLabel(issue) } : {}),
        ...(message ? { [message]: issue.message } : {}),
      }));
    }
  }
  // A wrapper (`{"error": {"code", "message"}, "traceId"}`): the facts go inside.
  if (depth < 2 && messageAt === undefined) {
    for (const name of shape.required.length > 0 ? shape.required : names) {
      const sub = shape.properties[name];
      if (sub && objectShape(document, sub).known && typesOf(sub).every((t) => t === 'object')) {
        const inner = fill(document, sub, details, depth + 1);
        if (MESSAGE.some((n) => n in inner)) {
          out[name] = inner;
          break;
        }
      }
    }
  }
  return out;
}
