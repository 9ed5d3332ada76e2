// The request journal behind `GET /__stubs/requests`: the last N requests, oldest dropped, and
// at most so many bytes of them (a 64 KiB URL is a 64 KiB path: 1,000 of them were 63 MB).
import { byteSize, STRING_HEADER_BYTES } from './byte-size.ts';
import type { InjectedFault } from './network-settings.ts';
import type { ValidationIssue } from './validation.ts';

/** The journal's byte budget, estimated as byte-size.ts does. */
export const JOURNAL_MAX_BYTES = 8 * 1024 * 1024;
/** An entry without its path and issues: the object, its short strings and numbers. */
const ENTRY_BYTES = 400;

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
  /** The estimated bytes of each entry, in step with #entries. */
  readonly #sizes: number[] = [];
  readonly #capacity: number;
  readonly #maxBytes: number;
  readonly #listener: ((entry: JournalEntry) => void) | undefined;
  #bytes = 0;
  #next = 1;
  /** `listener` sees every entry, including those the bounded list has since dropped. */
  constructor(capacity = 1000, listener?: (entry: JournalEntry) => void, maxBytes = JOURNAL_MAX_BYTES) {
    this.#capacity = capacity;
    this.#listener = listener;
    this.#maxBytes = maxBytes;
  }

  /** The estimated bytes the entries take. */
  get bytes(): number {
    return this.#bytes;
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
    // Measured by hand on the hot path; issues (rare) are measured whole.
    const size = ENTRY_BYTES + STRING_HEADER_BYTES + 2 * entry.path.length + (entry.issues.length > 0 ? byteSize(entry.issues) : 0);
    this.#entries.push(recorded);
    this.#sizes.push(size);
    this.#bytes += size;
    this.#listener?.(recorded);
    // The newest entry stays, whatever its size.
    while (this.#entries.length > 1 && (this.#entries.length > this.#capacity || this.#bytes > this.#maxBytes)) {
      this.#entries.shift();
      this.#bytes -= this.#sizes.shift() ?? 0;
    }
  }

  list(filter: { api?: string; limit?: number } = {}): JournalEntry[] {
    const matching = filter.api ? this.#entries.filter((e) => e.api === filter.api) : this.#entries;
    return filter.limit !== undefined ? matching.slice(-filter.limit) : [...matching];
  }

  clear(): void {
    this.#entries.length = 0;
    this.#sizes.length = 0;
    this.#bytes = 0;
  }
}
