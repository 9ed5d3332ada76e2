// `GET /__stubs/apis` and `GET /`: what is mounted, where, and the controls. The controls'
// listing also says which operations handlers answer and which the document does.
import { answeredBy } from '../answered-by.ts';
import { prettyJsonReply } from '../reply.ts';
import type { Stubs } from '../stubs.ts';
import type { Control } from './index.ts';

export function listing(stubs: Stubs, origin: string) {
  return {
    name: 'contract-stubs',
    apis: stubs.apis.map(({ api, prefix }) => ({
      id: api.id,
      title: api.definition.document.info.title,
      version: api.definition.document.info.version,
      baseUrl: `${origin}${prefix}`,
      openapi: `${origin}${prefix}/openapi.json`,
      operations: api.operations.length,
    })),
    controls: {
      reset: `POST ${origin}/__stubs/reset[?api=<id>]`,
      requests: `GET ${origin}/__stubs/requests[?api=<id>&limit=<n>]`,
      apis: `GET ${origin}/__stubs/apis`,
      settings: `GET|PUT|DELETE ${origin}/__stubs/settings`,
    },
  };
}

export const listApis: Control = (stubs, url) =>
  prettyJsonReply(
    200,
    listing(stubs, url.origin).apis.map((entry, i) => {
      const mounted = stubs.apis[i];
      return mounted ? { ...entry, answeredBy: answeredBy(mounted.api) } : entry;
    }),
  );
