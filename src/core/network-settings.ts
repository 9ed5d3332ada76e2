// The slow and failing network in force: latency and fault rate, set at start-up
// (`--latency`, `--fault-rate`, `--fault-kinds`, or createMswStubs' options) and changed at run
// time for every API, one API or one operation (`PUT /__stubs/settings`, `stubs.settings`).
// The narrowest setting of each field wins. A request reads its conditions in O(1), and not at
// all while nothing is set (`active`).

export const FAULT_KINDS = ['error', 'reset', 'empty', 'malformed', 'hang'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** A fault a request got; `note` says where it is not what the kind promises (an undeclared status). */
export interface InjectedFault {
  kind: FaultKind;
  note?: string;
}

/** The longest delay a client or a setting may ask for. */
export const MAX_DELAY_MS = 60_000;

/** A fixed delay (`min === max`) or a range drawn from uniformly, in whole ms. */
export interface LatencySpec {
  readonly min: number;
  readonly max: number;
}

export interface NetworkConditions {
  latency: LatencySpec;
  /** The share of requests, 0 to 1, that get one of `faultKinds`. */
  faultRate: number;
  faultKinds: readonly FaultKind[];
}

/** What one scope sets; a field it leaves out comes from the wider scope. */
export type SettingsLayer = Partial<NetworkConditions>;

/** One layer as GET shows it (and PUT takes it): the scope, then what it sets. */
export interface SettingsOverride {
  api: string;
  operation?: string;
  latency?: string;
  faultRate?: number;
  faultKinds?: FaultKind[];
}

export interface SettingsView {
  /** In force for every API and operation no override narrows. */
  latency: string;
  faultRate: number;
  faultKinds: FaultKind[];
  overrides: SettingsOverride[];
}

/** A change to one scope: a field set to `null` goes back to the wider scope's value. */
export type LayerChange = { [K in keyof NetworkConditions]?: NetworkConditions[K] | null };

export const NO_LATENCY: LatencySpec = { min: 0, max: 0 };

const DEFAULTS: NetworkConditions = { latency: NO_LATENCY, faultRate: 0, faultKinds: ['error'] };

/** `300`, `"300"` or `"100-600"`; a message saying what is wrong otherwise. */
export function parseLatency(value: unknown): LatencySpec | string {
  const why = `latency must be "<ms>" or "<min>-<max>" in whole milliseconds from 0 to ${MAX_DELAY_MS}, got ${JSON.stringify(value)}`;
  const text = typeof value === 'number' ? String(value) : value;
  const match = typeof text === 'string' ? /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(text) : null;
  if (!match) return why;
  const min = Number(match[1]);
  const max = match[2] === undefined ? min : Number(match[2]);
  if (max > MAX_DELAY_MS || min > MAX_DELAY_MS) return why;
  if (min > max) return `latency "${String(text)}" has its minimum above its maximum`;
  return { min, max };
}

export function formatLatency({ min, max }: LatencySpec): string {
  return min === max ? String(min) : `${min}-${max}`;
}

/** A per-request delay (`Prefer: delay=`, `__delay=`): whole ms from 0 to MAX_DELAY_MS. */
export function parseDelay(raw: string): number | undefined {
  if (!/^\d{1,5}$/.test(raw)) return undefined;
  const ms = Number(raw);
  return ms <= MAX_DELAY_MS ? ms : undefined;
}

export function isFaultKind(value: unknown): value is FaultKind {
  return (FAULT_KINDS as readonly unknown[]).includes(value);
}

export function parseFaultRate(value: unknown): number | string {
  if (typeof value === 'number' && value >= 0 && value <= 1) return value;
  return `faultRate must be a number from 0 to 1, got ${JSON.stringify(value)}`;
}

export function parseFaultKinds(value: unknown): FaultKind[] | string {
  const why = `faultKinds must be a non-empty list of ${FAULT_KINDS.join(', ')}`;
  if (!Array.isArray(value) || value.length === 0) return `${why}, got ${JSON.stringify(value)}`;
  const unknown = value.find((kind) => !isFaultKind(kind));
  if (unknown !== undefined) return `${why}; ${JSON.stringify(unknown)} is none of them`;
  return [...new Set(value as FaultKind[])];
}

function isActive(layer: SettingsLayer): boolean {
  return (layer.latency !== undefined && layer.latency.max > 0) || (layer.faultRate !== undefined && layer.faultRate > 0);
}

function change(layer: SettingsLayer, update: LayerChange): SettingsLayer {
  const next: SettingsLayer = { ...layer };
  for (const key of ['latency', 'faultRate', 'faultKinds'] as const) {
    const value = update[key];
    if (value === null) delete next[key];
    else if (value !== undefined) Object.assign(next, { [key]: value });
  }
  return next;
}

function shown(layer: SettingsLayer): Omit<SettingsOverride, 'api' | 'operation'> {
  return {
    ...(layer.latency ? { latency: formatLatency(layer.latency) } : {}),
    ...(layer.faultRate !== undefined ? { faultRate: layer.faultRate } : {}),
    ...(layer.faultKinds ? { faultKinds: [...layer.faultKinds] } : {}),
  };
}

export class NetworkSettings {
  readonly #startup: NetworkConditions;
  #global: SettingsLayer = {};
  readonly #apis = new Map<string, SettingsLayer>();
  /** By API, then by operation key (`GET /api/health`). */
  readonly #operations = new Map<string, Map<string, SettingsLayer>>();
  /** Some latency or fault rate is set somewhere; while false a request reads none of this. */
  active: boolean;

  constructor(startup: SettingsLayer = {}) {
    this.#startup = { ...DEFAULTS, ...startup };
    this.active = isActive(this.#startup);
  }

  /** The conditions for one operation of one API. */
  for(api: string, operation: string): NetworkConditions {
    const op = this.#operations.get(api)?.get(operation);
    const whole = this.#apis.get(api);
    const global = this.#global;
    const startup = this.#startup;
    return {
      latency: op?.latency ?? whole?.latency ?? global.latency ?? startup.latency,
      faultRate: op?.faultRate ?? whole?.faultRate ?? global.faultRate ?? startup.faultRate,
      faultKinds: op?.faultKinds ?? whole?.faultKinds ?? global.faultKinds ?? startup.faultKinds,
    };
  }

  /** Changes every API's settings, one API's (`api`) or one operation's (`api` and `operation`). */
  set(scope: { api?: string; operation?: string }, update: LayerChange): void {
    if (scope.api === undefined) this.#global = change(this.#global, update);
    else if (scope.operation === undefined) this.#apis.set(scope.api, change(this.#apis.get(scope.api) ?? {}, update));
    else {
      const operations = this.#operations.get(scope.api) ?? new Map<string, SettingsLayer>();
      operations.set(scope.operation, change(operations.get(scope.operation) ?? {}, update));
      this.#operations.set(scope.api, operations);
    }
    this.#refresh();
  }

  /** Back to the start-up settings. */
  reset(): void {
    this.#global = {};
    this.#apis.clear();
    this.#operations.clear();
    this.#refresh();
  }

  view(): SettingsView {
    const overrides: SettingsOverride[] = [];
    for (const [api, layer] of this.#apis) if (Object.keys(layer).length > 0) overrides.push({ api, ...shown(layer) });
    for (const [api, operations] of this.#operations)
      for (const [operation, layer] of operations) if (Object.keys(layer).length > 0) overrides.push({ api, operation, ...shown(layer) });
    const global = { ...this.#startup, ...this.#global };
    return { latency: formatLatency(global.latency), faultRate: global.faultRate, faultKinds: [...global.faultKinds], overrides };
  }

  #refresh(): void {
    const narrower = [...this.#apis.values(), ...[...this.#operations.values()].flatMap((m) => [...m.values()])];
    this.active = isActive({ ...this.#startup, ...this.#global }) || narrower.some(isActive);
  }
}
