// `GET /__stubs/requests` lists the journal, `GET /__stubs/requests/count` counts it and `DELETE`
// forgets it, each filtered by `api`, `operation` (`POST /api/goal`), `status` (`201`, `4xx`),
// `context` and `since` (an entry id, or an ISO time), and the list by `limit` (the newest n).
import { filterFromQuery, type ParsedFilter } from '../journal-filter.ts';
import { prettyJsonReply, type StubReply } from '../reply.ts';
import type { Stubs } from '../stubs.ts';
import type { Control } from './index.ts';

function filterOf(stubs: Stubs, url: URL, api: string | undefined): ParsedFilter {
  const operations = new Set(
    stubs.apis.filter((m) => api === undefined || m.api.id === api).flatMap((m) => m.api.operations.map((op) => op.key)),
  );
  return filterFromQuery(url.searchParams, api, operations);
}

function filtered(stubs: Stubs, url: URL, api: string | undefined, answer: (parsed: Extract<ParsedFilter, { ok: true }>) => StubReply) {
  const parsed = filterOf(stubs, url, api);
  return parsed.ok ? answer(parsed) : prettyJsonReply(400, { error: parsed.message });
}

export const listRequests: Control = (stubs, url, api) =>
  filtered(stubs, url, api, ({ filter }) => prettyJsonReply(200, { requests: stubs.journal.find(filter) }));

export const countRequests: Control = (stubs, url, api) =>
  filtered(stubs, url, api, ({ filter }) => prettyJsonReply(200, { count: stubs.journal.count(filter) }));

export const clearRequests: Control = (stubs, url, api) =>
  filtered(stubs, url, api, ({ filter }) => {
    stubs.journal.clear(url.search === '' ? undefined : filter);
    return prettyJsonReply(200, { cleared: true });
  });
