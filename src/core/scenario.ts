// Named states an API can be put in ("a premium user with three readings"), for tests and
// stories. A scenario is typed code beside its API's handlers: it adds to the world's state,
// through the same state types the handlers use, or by sending requests through the API's
// own pipeline (`send`), and hands back the headers that act as its user.
import type { Faker } from '@faker-js/faker';
import type { ApiEnv } from './handler.ts';
import type { InstanceInfo } from './instance-info.ts';

/** A request a scenario sends through its API's pipeline: neither journaled nor counted in metrics. */
export interface ScenarioRequest {
  /** Request headers (`authorization`, `cookie`, …). */
  headers?: Record<string, string>;
  /** Sent as JSON. */
  body?: unknown;
}

export interface ScenarioAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body, when the answer is JSON. */
  json: unknown;
}

export interface ScenarioContext<Env extends ApiEnv> {
  /** The state the scenario adds to (the world it is loaded into). */
  readonly state: Env['state'];
  readonly services: Env['services'];
  readonly faker: Faker;
  readonly instance: InstanceInfo;
  now(): Date;
  /** `send('POST', '/api/goal', { headers, body })`: the path is the document's, inside the API. */
  send(method: string, path: string, request?: ScenarioRequest): Promise<ScenarioAnswer>;
}

/** What loading a scenario hands back: the headers that act as its user, and whatever else it made. */
export interface ScenarioResult {
  headers: Record<string, string>;
  [made: string]: unknown;
}

export interface Scenario<Env extends ApiEnv> {
  /** Kebab-case, unique in its API: `premium-with-history`. */
  name: string;
  /** One line: what state the API is in once it is loaded. */
  description: string;
  build(ctx: ScenarioContext<Env>): Promise<ScenarioResult>;
}

export interface LoadedScenario extends ScenarioResult {
  api: string;
  scenario: string;
}

/** No such API or scenario; `available` lists every API's scenario names. */
export class UnknownScenarioError extends Error {
  readonly available: Record<string, string[]>;
  constructor(message: string, available: Record<string, string[]>) {
    super(message);
    this.available = available;
  }
}
