// The request journal behind `GET /__stubs/requests`: the last N requests, oldest dropped.
import type { InjectedFault } from './network-settings.ts';
import type { ValidationIssue } from './validation.ts';

export interface JournalEntry {
  id: number;
  time: string;
  api: string | null;
  method: string;
  path: string;
  operation: string | null;
  /** 0 when no answer went out (a reset, empty or hanging fault, or a client that left first). */
  status: number;
  durationMs: number;
  forced: boolean;
  issues: ValidationIssue[];
  /** The latency applied before the answer, in ms (part of `durationMs`). */
  delayMs: number;
  fault: InjectedFault | null;
}

export class Journal {
  readonly #entries: JournalEntry[] = [];
  readonly #capacity: number;
  readonly #listener: ((entry: JournalEntry) => void) | undefined;
  #next = 1;
  /** `listener` sees every entry, including those the bounded list has since dropped. */
  constructor(capacity = 1000, listener?: (entry: JournalEntry) => void) {
    this.#capacity = capacity;
    this.#listener = listener;
  }

  record(entry: Omit<JournalEntry, 'id'>): void {
    // Spelled out: `{ id, ...entry }` costs several times more, once per request.
    const recorded: JournalEntry = {
      id: this.#next++,
      time: entry.time,
      api: entry.api,
      method: entry.method,
      path: entry.path,
      operation: entry.operation,
      status: entry.status,
      durationMs: entry.durationMs,
      forced: entry.forced,
      issues: entry.issues,
      delayMs: entry.delayMs,
      fault: entry.fault,
    };
    this.#entries.push(recorded);
    this.#listener?.(recorded);
    if (this.#entries.length > this.#capacity) this.#entries.shift();
  }

  list(filter: { api?: string; limit?: number } = {}): JournalEntry[] {
    const matching = filter.api ? this.#entries.filter((e) => e.api === filter.api) : this.#entries;
    return filter.limit !== undefined ? matching.slice(-filter.limit) : [...matching];
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
