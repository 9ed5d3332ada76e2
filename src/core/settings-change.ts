// `stubs.settings`: the network settings (network-settings.ts) as a client changes them, through
// `PUT /__stubs/settings` or directly under MSW. A change is checked whole before anything
// changes; one that makes no sense is refused with a SettingsError saying why.
import type { ApiInstance } from './api-instance.ts';
import {
  type FaultKind,
  type LayerChange,
  type NetworkSettings,
  parseFaultKinds,
  parseFaultRate,
  parseLatency,
  type SettingsLayer,
  type SettingsView,
} from './network-settings.ts';

/** `{"latency": "100-600"}`, `{"faultRate": 0.1, "faultKinds": ["error", "reset"]}`, narrowed by `api` and `operation`. */
export interface SettingsChange {
  /** Only this API (its id). */
  api?: string;
  /** Only this operation, `<METHOD> <path>` as documented (`GET /api/health`); every API that documents it unless `api` is given. */
  operation?: string;
  /** `"300"` (fixed) or `"100-600"` (uniform), whole ms; `null` drops this scope's own value. */
  latency?: string | number | null;
  faultRate?: number | null;
  faultKinds?: readonly FaultKind[] | null;
}

export interface StubsSettings {
  /** The settings in force. */
  get(): SettingsView;
  /** Applies a change and returns the settings then in force; throws a SettingsError for a change that makes no sense. */
  set(change: SettingsChange): SettingsView;
  /** Back to the start-up settings. */
  reset(): SettingsView;
}

export class SettingsError extends Error {}

type Api = Pick<ApiInstance, 'id' | 'operationFor'>;

const SCOPE_KEYS = ['api', 'operation'];
const SETTING_KEYS = ['latency', 'faultRate', 'faultKinds'];

function checked<T>(value: T | string): T {
  if (typeof value === 'string') throw new SettingsError(value);
  return value;
}

/** The layer a change sets; `null` fields stay `null`. */
function layerChange(body: Record<string, unknown>): LayerChange {
  const update: LayerChange = {};
  if (body.latency === null) update.latency = null;
  else if (body.latency !== undefined) update.latency = checked(parseLatency(body.latency));
  if (body.faultRate === null) update.faultRate = null;
  else if (body.faultRate !== undefined) update.faultRate = checked(parseFaultRate(body.faultRate));
  if (body.faultKinds === null) update.faultKinds = null;
  else if (body.faultKinds !== undefined) update.faultKinds = checked(parseFaultKinds(body.faultKinds));
  return update;
}

/** Which scopes a change names: everything, one API, or one operation of one or several APIs. */
function scopesOf(body: Record<string, unknown>, apis: readonly Api[]): { api?: string; operation?: string }[] {
  const { api, operation } = body;
  if (api !== undefined && (typeof api !== 'string' || !apis.some((a) => a.id === api))) {
    throw new SettingsError(`api must be one of ${apis.map((a) => a.id).join(', ')}, got ${JSON.stringify(api)}`);
  }
  if (operation === undefined) return [api === undefined ? {} : { api }];
  const match = typeof operation === 'string' ? /^\s*([A-Za-z]+)\s+(\/\S*)\s*$/.exec(operation) : null;
  if (!match?.[1] || !match[2])
    throw new SettingsError(`operation must be "<METHOD> <path>" such as "GET /api/health", got ${JSON.stringify(operation)}`);
  const [method, path] = [match[1].toUpperCase(), match[2]];
  const scopes = apis
    .filter((a) => api === undefined || a.id === api)
    .flatMap((a) => {
      const key = a.operationFor(method, path)?.key;
      return key === undefined ? [] : [{ api: a.id, operation: key }];
    });
  if (scopes.length === 0)
    throw new SettingsError(api === undefined ? `no API documents ${method} ${path}` : `${api} documents no operation ${method} ${path}`);
  return scopes;
}

/** Checks a change (a parsed JSON body, or what a test passes) and returns where it applies and what it sets. */
export function parseSettingsChange(
  body: unknown,
  apis: readonly Api[],
): { scopes: { api?: string; operation?: string }[]; update: LayerChange } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new SettingsError(
      'the settings must be a JSON object, such as {"latency": "100-600"} or {"faultRate": 0.1, "faultKinds": ["error"]}',
    );
  }
  const record = body as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !SCOPE_KEYS.includes(key) && !SETTING_KEYS.includes(key));
  if (unknown !== undefined)
    throw new SettingsError(`unknown setting "${unknown}"; the settings are ${SETTING_KEYS.join(', ')}, narrowed by api and operation`);
  if (!SETTING_KEYS.some((key) => record[key] !== undefined))
    throw new SettingsError(`nothing to change: give ${SETTING_KEYS.join(', ')} or several`);
  return { scopes: scopesOf(record, apis), update: layerChange(record) };
}

export function createStubsSettings(network: NetworkSettings, apis: readonly Api[]): StubsSettings {
  return {
    get: () => network.view(),
    set(change) {
      const { scopes, update } = parseSettingsChange(change, apis);
      for (const scope of scopes) network.set(scope, update);
      return network.view();
    },
    reset() {
      network.reset();
      return network.view();
    },
  };
}

/** The start-up settings from `createStubs`' options; throws on a value that makes no sense. */
export function startupSettings(options: {
  latency?: string | number;
  faultRate?: number;
  faultKinds?: readonly FaultKind[];
}): SettingsLayer {
  const startup: SettingsLayer = {};
  try {
    if (options.latency !== undefined) startup.latency = checked(parseLatency(options.latency));
    if (options.faultRate !== undefined) startup.faultRate = checked(parseFaultRate(options.faultRate));
    if (options.faultKinds !== undefined) startup.faultKinds = checked(parseFaultKinds(options.faultKinds));
  } catch (error) {
    throw new Error(`contract-stubs: ${(error as Error).message}`);
  }
  return startup;
}
