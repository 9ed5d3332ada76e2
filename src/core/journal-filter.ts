// Which journal entries a test asks about: by API, operation (`POST /api/goal`), status (`201`
// or a class, `4xx`), context and `since` (an entry id: the entries after it; or an ISO time:
// the entries at or after it). The same filter is read off `/__stubs/requests` query
// parameters and given to `stubs.journal.find` / `count` / `waitFor` in MSW.
import { contextNameProblem } from './contexts.ts';
import type { OperationKey } from './handler.ts';

export type StatusClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx';

/**
 * `Paths` (an API's generated `paths`) types `operation`: `find<paths>({ operation: 'POST /api/goal' })`
 * autocompletes the API's operations and refuses others at compile time.
 */
export interface JournalFilter<Paths = unknown> {
  api?: string;
  operation?: unknown extends Paths ? string : OperationKey<Paths> & string;
  status?: number | StatusClass;
  /** Only this context's requests (`contract-stubs-context`); omitted: every context and the default world. */
  context?: string;
  /** An entry id: only the entries after it. A time (ISO string or Date): only those at or after it. */
  since?: number | string | Date;
  /** Only the newest `limit` of the matching entries. */
  limit?: number;
}

/** Any API's filter, as the journal reads it. */
export type AnyJournalFilter = Omit<JournalFilter, 'operation'> & { operation?: string };

/** The fields of an entry a filter reads. */
export interface Filterable {
  id: number;
  time: string;
  api: string | null;
  operation: string | null;
  status: number;
  context: string | null;
}

/** A filter ready to test entries with: `since` resolved once. */
export type EntryTest = (entry: Filterable) => boolean;

export function entryTest(filter: AnyJournalFilter): EntryTest {
  const { api, operation, status, context, since } = filter;
  const statusTest: ((s: number) => boolean) | undefined =
    typeof status === 'number'
      ? (s) => s === status
      : typeof status === 'string'
        ? (s) => Math.floor(s / 100) === Number(status[0])
        : undefined;
  const afterId = typeof since === 'number' ? since : undefined;
  const fromTime = since === undefined || typeof since === 'number' ? undefined : new Date(since).getTime();
  return (e) =>
    (api === undefined || e.api === api) &&
    (operation === undefined || e.operation === operation) &&
    (statusTest === undefined || statusTest(e.status)) &&
    (context === undefined || e.context === context) &&
    (afterId === undefined || e.id > afterId) &&
    (fromTime === undefined || Date.parse(e.time) >= fromTime);
}

/** What a filter's words mean, for messages: `POST /api/goal (api microsite, context w1)`. */
export function describeFilter(filter: AnyJournalFilter): string {
  const parts = Object.entries(filter)
    .filter(([key, value]) => key !== 'operation' && key !== 'limit' && value !== undefined)
    .map(([key, value]) => `${key} ${value instanceof Date ? value.toISOString() : String(value)}`);
  const what = filter.operation ?? 'request';
  return parts.length > 0 ? `${what} (${parts.join(', ')})` : what;
}

export type ParsedFilter = { ok: true; filter: JournalFilter<unknown> } | { ok: false; message: string };

const STATUS_CLASS = /^[1-5]xx$/;
const OPERATION = /^([A-Za-z]+) (\/\S*)$/;

/**
 * Reads a filter off query parameters (`api` has already been checked by the controls).
 * `operations` lists the operation keys that exist, so a typo is a 400, not a silent zero.
 */
export function filterFromQuery(query: URLSearchParams, api: string | undefined, operations: Set<string>): ParsedFilter {
  const filter: JournalFilter<unknown> = {};
  if (api !== undefined) filter.api = api;
  const operation = query.get('operation');
  if (operation !== null) {
    const match = OPERATION.exec(operation.trim());
    const key = match ? `${(match[1] ?? '').toUpperCase()} ${match[2]}` : undefined;
    if (key === undefined)
      return { ok: false, message: `operation must be "<METHOD> <path template>" (POST /api/goal), got "${operation}"` };
    if (!operations.has(key)) return { ok: false, message: `no operation ${key}${api ? ` in ${api}` : ''}` };
    filter.operation = key;
  }
  const status = query.get('status');
  if (status !== null) {
    if (STATUS_CLASS.test(status)) filter.status = status as StatusClass;
    else if (/^[1-5]\d\d$/.test(status)) filter.status = Number(status);
    else return { ok: false, message: `status must be a status code (201) or a class (4xx), got "${status}"` };
  }
  const context = query.get('context');
  if (context !== null) {
    const problem = contextNameProblem(context);
    if (problem !== undefined) return { ok: false, message: `context ${problem}` };
    filter.context = context;
  }
  const since = query.get('since');
  if (since !== null) {
    if (/^\d+$/.test(since)) filter.since = Number(since);
    else if (/^\d{4}-\d{2}-\d{2}T/.test(since) && !Number.isNaN(Date.parse(since))) filter.since = since;
    else return { ok: false, message: `since must be an entry id (42) or an ISO time (2025-01-01T10:00:00Z), got "${since}"` };
  }
  const limit = query.get('limit');
  if (limit !== null) {
    if (!/^\d+$/.test(limit) || Number(limit) < 1) return { ok: false, message: `limit must be a positive integer, got "${limit}"` };
    filter.limit = Number(limit);
  }
  return { ok: true, filter };
}
