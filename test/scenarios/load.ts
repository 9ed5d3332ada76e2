// What the scenario suites share: both transports, and loading a scenario through the control
// (`POST /__stubs/scenarios/{api}/{name}`) as a test outside the repository would.
import { expect } from 'vitest';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';

export const TRANSPORTS = [
  ['HTTP', startHttp],
  ['MSW', startMsw],
] as const;

/** Loads a scenario, checks the answer's frame (api, scenario, headers) and returns it. */
// biome-ignore lint/suspicious/noExplicitAny: test-side view of what a scenario made
export async function loadScenario(t: Transport, api: string, name: string): Promise<any> {
  const response = await fetch(`${t.origin}/__stubs/scenarios/${api}/${name}`, { method: 'POST' });
  const json = await response.json();
  expect(response.status, JSON.stringify(json)).toBe(200);
  expect(json).toMatchObject({ api, scenario: name, headers: expect.any(Object) });
  return json;
}
