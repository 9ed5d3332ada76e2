// `GET /__stubs/scenarios` lists every API's named scenarios; `POST /__stubs/scenarios/{api}/{name}[?context=<name>]`
// loads one into the API's state (that context's, with `context`) and answers the headers that
// act as its user (with the context header when loaded into a context).
import { prettyJsonReply } from '../reply.ts';
import { UnknownScenarioError } from '../scenario.ts';
import { contextParam } from './context-param.ts';
import type { Control } from './index.ts';

export const listScenarios: Control = (stubs, url) =>
  prettyJsonReply(200, {
    scenarios: stubs.apis.flatMap(({ api }) =>
      api.scenarios().map(({ name, description }) => ({
        api: api.id,
        name,
        description,
        load: `POST ${url.origin}/__stubs/scenarios/${api.id}/${name}`,
      })),
    ),
  });

export const loadScenario: Control = async (stubs, url, _api, _request, params) => {
  const param = contextParam(url);
  if (!param.ok) return param.reply;
  const { context } = param;
  try {
    return prettyJsonReply(200, await stubs.scenario(params.api ?? '', params.name ?? '', { context }));
  } catch (error) {
    if (!(error instanceof UnknownScenarioError)) throw error;
    return prettyJsonReply(404, { error: error.message, scenarios: error.available });
  }
};
