// `GET /__stubs/requests[?api=<id>&limit=<n>]` lists the journal; `DELETE` empties it.
import { prettyJsonReply } from '../reply.ts';
import type { Control } from './index.ts';

export const listRequests: Control = (stubs, url, api) => {
  const limit = Number(url.searchParams.get('limit'));
  return prettyJsonReply(200, { requests: stubs.journal.list({ ...(api ? { api } : {}), ...(limit > 0 ? { limit } : {}) }) });
};

export const clearRequests: Control = (stubs) => {
  stubs.journal.clear();
  return prettyJsonReply(200, { cleared: true });
};
