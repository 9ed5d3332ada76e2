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
      reset: `POST ${origin}/__stubs/reset[?api=<id>][&context=<name>]`,
      requests: `GET ${origin}/__stubs/requests[?api=<id>&operation=<METHOD /path>&status=<code|4xx>&context=<name>&since=<id|time>&limit=<n>]`,
      count: `GET ${origin}/__stubs/requests/count[?<the same filters>]`,
      scenarios: `GET ${origin}/__stubs/scenarios; POST ${origin}/__stubs/scenarios/<api>/<name>[?context=<name>]`,
      state: `GET|PUT ${origin}/__stubs/state[?api=<id>][&context=<name>]`,
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
