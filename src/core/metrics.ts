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

interface Answer {
  operation: string | null;
  status: number;
  durationMs: number;
  at: number;
}

export class RequestMetrics {
  readonly #clock: () => number;
  readonly #started: number;
  readonly #capacity: number;
  #requests = 0;
  #errors = 0;
  #totalDurationMs = 0;
  // A ring of the last `capacity` answers: once full, each answer overwrites the oldest entry
  // in place (splicing a full 10,000-entry array cost 7 % of a request's CPU).
  #recent: Answer[] = [];
  #oldest = 0;

  constructor(clock: () => number = () => performance.now(), capacity = MAX_RECENT) {
    this.#clock = clock;
    this.#started = clock();
    this.#capacity = capacity;
  }

  record(operation: string | null, status: number, durationMs: number): void {
    this.#requests++;
    if (status >= 500) this.#errors++;
    this.#totalDurationMs += durationMs;
    const at = this.#clock();
    if (this.#recent.length < this.#capacity) {
      this.#recent.push({ operation, status, durationMs, at });
      return;
    }
    const entry = this.#recent[this.#oldest] as Answer;
    entry.operation = operation;
    entry.status = status;
    entry.durationMs = durationMs;
    entry.at = at;
    this.#oldest = (this.#oldest + 1) % this.#capacity;
  }

  snapshot(): MetricsSnapshot {
    const now = this.#clock();
    const ordered = [...this.#recent.slice(this.#oldest), ...this.#recent.slice(0, this.#oldest)];
    return {
      uptimeMs: now - this.#started,
      requests: this.#requests,
      errors: this.#errors,
      totalDurationMs: this.#totalDurationMs,
      recent: ordered
        .filter((entry) => now - entry.at < METRICS_WINDOW_MS)
        .map(({ operation, status, durationMs, at }) => ({ operation, status, durationMs, ageMs: now - at })),
      windowMs: METRICS_WINDOW_MS,
    };
  }

  /** Counts start over (a clean world); uptime keeps running. */
  clear(): void {
    this.#requests = 0;
    this.#errors = 0;
    this.#totalDurationMs = 0;
    this.#recent = [];
    this.#oldest = 0;
  }
}
