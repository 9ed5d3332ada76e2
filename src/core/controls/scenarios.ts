// `GET /__stubs/scenarios` lists every API's named scenarios; `POST /__stubs/scenarios/{api}/{name}`
// loads one into the API's state and answers the headers that act as its user.
import { prettyJsonReply } from '../reply.ts';
import { UnknownScenarioError } from '../scenario.ts';
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

export const loadScenario: Control = async (stubs, _url, _api, _request, params) => {
  try {
    return prettyJsonReply(200, await stubs.scenario(params.api ?? '', params.name ?? ''));
  } catch (error) {
    if (!(error instanceof UnknownScenarioError)) throw error;
    return prettyJsonReply(404, { error: error.message, scenarios: error.available });
  }
};
