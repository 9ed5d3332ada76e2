// Per-instance request metrics (count, 5xx errors, durations, the last minute's answers), so an
// API's health operation can report real figures. Measured on a monotonic clock, not the
// instance's (possibly fixed, `--now`) clock: uptime and durations are facts about the process.

export interface RecentAnswer {
  /** `GET /api/health`, or null when no operation matched. */
  operation: string | null;
  status: number;
  durationMs: number;
  /** How long ago the answer went out, in ms. */
  ageMs: number;
}

/** A read-only view handed to handlers as `ctx.metrics`; it covers answers already sent. */
export interface MetricsSnapshot {
  /** Since the instance started; a reset does not restart it. */
  uptimeMs: number;
  /** Answers since start or the last reset. */
  requests: number;
  /** Answers with a 5xx status since start or the last reset. */
  errors: number;
  totalDurationMs: number;
  /** Answers of the last `windowMs`, oldest first. */
  recent: readonly RecentAnswer[];
  windowMs: number;
}

export const METRICS_WINDOW_MS = 60_000;
const MAX_RECENT = 10_000;

export class RequestMetrics {
  readonly #clock: () => number;
  readonly #started: number;
  #requests = 0;
  #errors = 0;
  #totalDurationMs = 0;
  #recent: Array<{ operation: string | null; status: number; durationMs: number; at: number }> = [];

  constructor(clock: () => number = () => performance.now()) {
    this.#clock = clock;
    this.#started = clock();
  }

  record(operation: string | null, status: number, durationMs: number): void {
    this.#requests++;
    if (status >= 500) this.#errors++;
    this.#totalDurationMs += durationMs;
    this.#recent.push({ operation, status, durationMs, at: this.#clock() });
    if (this.#recent.length > MAX_RECENT) this.#recent.splice(0, this.#recent.length - MAX_RECENT);
  }

  snapshot(): MetricsSnapshot {
    const now = this.#clock();
    const firstInWindow = this.#recent.findIndex((entry) => now - entry.at < METRICS_WINDOW_MS);
    this.#recent = firstInWindow === -1 ? [] : this.#recent.slice(firstInWindow);
    return {
      uptimeMs: now - this.#started,
      requests: this.#requests,
      errors: this.#errors,
      totalDurationMs: this.#totalDurationMs,
      recent: this.#recent.map(({ at, ...entry }) => ({ ...entry, ageMs: now - at })),
      windowMs: METRICS_WINDOW_MS,
    };
  }

  /** Counts start over (a clean world); uptime keeps running. */
  clear(): void {
    this.#requests = 0;
    this.#errors = 0;
    this.#totalDurationMs = 0;
    this.#recent = [];
  }
}
