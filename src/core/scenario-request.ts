// A request a scenario sends through its API's pipeline, as parts (incoming.ts), with a JSON body.
import type { IncomingRequest } from './incoming.ts';
import type { ScenarioRequest } from './scenario.ts';

/** Scenario requests are addressed to this origin; nothing listens there. */
export const SCENARIO_ORIGIN = 'http://scenario.invalid';

export function scenarioRequest(method: string, path: string, { headers = {}, body }: ScenarioRequest): IncomingRequest {
  const url = `${SCENARIO_ORIGIN}${path}`;
  const text = body === undefined ? '' : JSON.stringify(body);
  const lowered: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) lowered[name.toLowerCase()] = value;
  if (body !== undefined) lowered['content-type'] ??= 'application/json';
  const upper = method.toUpperCase();
  return {
    method: upper,
    url,
    headers: lowered,
    toRequest: () => new Request(url, { method: upper, headers: lowered, ...(body === undefined ? {} : { body: text }) }),
    readBytes: async () => ({ ok: true, bytes: new TextEncoder().encode(text) }),
  };
}
