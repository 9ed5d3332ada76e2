// The request journal behind `GET /__stubs/requests`: each request with its headers and body,
// the answer's status, headers and body, and its context, for tests to assert on. Bounded twice,
// the oldest entries going first: at most `capacity` entries and about `maxBytes` of what they
// hold (bodies are kept up to 64 KiB each: journal-body.ts).
//
// An entry is written as text into pages of bytes when recorded (journal-pages.ts says why),
// and read back into the public shape only when someone reads the journal.
import { type KeptBody, keepAnswerBody, keepRequestBody } from './journal-body.ts';
import { describeFilter, entryTest, type JournalFilter } from './journal-filter.ts';
import { JournalPages, type Stored } from './journal-pages.ts';
import type { InjectedFault } from './network-settings.ts';
import type { ValidationIssue } from './validation.ts';

/** What every listener (coverage, the request log) sees of a request. */
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
  /** The request's context (`contract-stubs-context`), or null for the default world. */
  context: string | null;
  /** The wait before the answer (`Prefer: delay=`, `--latency`), in ms; 0 for none. */
  delayMs: number;
  /** The fault injected instead of the answer, if any (`Prefer: fault=`, `--fault-rate`). */
  fault: InjectedFault | null;
}

export interface JournalMessage {
  /** Lower-case names; the answer's `set-cookie` values joined by `, `, as `Headers.get` gives them. */
  headers: Record<string, string>;
  /**
   * The body: its JSON value when it is JSON and whole, else its text (up to 64 KiB), or null
   * without one. A request's body is the JSON the stubs parsed, written back as text.
   */
  body: unknown;
  /** Why `body` is not the whole body: `cut at 65536 of 200000 bytes`, `streamed (text/event-stream): not recorded`. */
  bodyNote?: string;
}

export interface JournalAnswer extends JournalMessage {
  status: number;
}

/** An entry as `GET /__stubs/requests` and `stubs.journal.find` answer it. */
export interface JournalRecord extends JournalEntry {
  request: JournalMessage;
  response: JournalAnswer;
}

/** What the record stage hands over beside the entry: the request and its final answer. */
export interface JournalCapture {
  requestHeaders: Record<string, string>;
  /** The request body as parsed (`hasBody` false: none). */
  hasBody: boolean;
  body: unknown;
  responseHeaders: Headers;
  responseBody: BodyInit | null;
}

export interface JournalLimits {
  /** Most entries kept (default 1,000). */
  capacity?: number;
  /** About the most memory the entries may hold, in bytes (default 16 MiB). */
  maxBytes?: number;
}

export const DEFAULT_JOURNAL_CAPACITY = 1000;
export const JOURNAL_MAX_BYTES = 16 * 1024 * 1024;
/** What an entry costs beyond its strings: the objects, the answer's headers (set by the stubs, small). */
const ENTRY_OVERHEAD_BYTES = 1024;

const NO_HEADERS: Record<string, string> = Object.freeze({});
const NO_BODY: KeptBody = Object.freeze({ text: null });

/** An entry in the pages, as parts: the entry's JSON, the headers' and notes' JSON, the two bodies' text. */
interface Slot extends Stored {
  bytes: number;
}

interface Waiter {
  test: (entry: JournalEntry) => boolean;
  resolve(record: JournalRecord): void;
}

export interface WaitOptions {
  /** Rejects after this long (default 5,000 ms). */
  timeoutMs?: number;
}

export class Journal {
  readonly #slots: Slot[] = [];
  readonly #capacity: number;
  readonly #maxBytes: number;
  readonly #listener: ((entry: JournalEntry) => void) | undefined;
  readonly #waiters = new Set<Waiter>();
  readonly #pages = new JournalPages();
  #bytes = 0;
  #next = 1;

  /** `listener` sees every entry, including those the bounded list has since dropped. */
  constructor(capacity: number | JournalLimits = {}, listener?: (entry: JournalEntry) => void) {
    const limits = typeof capacity === 'number' ? { capacity } : capacity;
    this.#capacity = limits.capacity ?? DEFAULT_JOURNAL_CAPACITY;
    this.#maxBytes = limits.maxBytes ?? JOURNAL_MAX_BYTES;
    this.#listener = listener;
  }

  record(entry: Omit<JournalEntry, 'id'>, capture?: JournalCapture): void {
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
      context: entry.context,
      delayMs: entry.delayMs,
      fault: entry.fault,
    };
    const requestHeaders = capture?.requestHeaders ?? NO_HEADERS;
    const requestBody = capture ? keepRequestBody(capture.hasBody, capture.body) : NO_BODY;
    const responseHeaders = capture ? answerHeadersOf(capture.responseHeaders) : NO_HEADERS;
    const responseBody = capture ? keepAnswerBody(capture.responseBody, capture.responseHeaders) : NO_BODY;
    // JavaScript strings: about one byte a character for the ASCII these mostly are.
    let bytes = ENTRY_OVERHEAD_BYTES + entry.path.length + (requestBody.text?.length ?? 0) + (responseBody.text?.length ?? 0);
    const sentHeaders: Record<string, string> = {};
    for (const name in requestHeaders) {
      // Header parameters are coerced in place for the handler (a number stays a number): as sent.
      const value = String(requestHeaders[name]);
      sentHeaders[name] = value;
      bytes += name.length + value.length;
    }
    const stored = this.#pages.write([
      JSON.stringify(recorded),
      JSON.stringify([sentHeaders, responseHeaders, requestBody.note ?? null, responseBody.note ?? null]),
      requestBody.text,
      responseBody.text,
    ]);
    const slot: Slot = { page: stored.page, offset: stored.offset, length: stored.length, bytes };
    this.#slots.push(slot);
    this.#bytes += bytes;
    // The newest entry always stays, even alone over the byte cap.
    while (this.#slots.length > 1 && (this.#slots.length > this.#capacity || this.#bytes > this.#maxBytes)) {
      const oldest = this.#slots.shift();
      if (!oldest) break;
      this.#bytes -= oldest.bytes;
      this.#pages.release(oldest);
    }
    this.#listener?.(recorded);
    if (this.#waiters.size > 0) this.#wake(recorded, slot);
  }

  /** The matching entries, oldest first (the newest `limit` of them with `limit`). */
  find<Paths = unknown>(filter: JournalFilter<Paths> = {}): JournalRecord[] {
    const test = entryTest(filter);
    const matching = this.#slots.filter((slot) => test(this.#entryOf(slot)));
    const kept = filter.limit !== undefined ? matching.slice(-filter.limit) : matching;
    return kept.map((slot) => this.#recordOf(slot));
  }

  /** `find` for the controls and older callers. */
  list<Paths = unknown>(filter: JournalFilter<Paths> = {}): JournalRecord[] {
    return this.find(filter);
  }

  count<Paths = unknown>(filter: JournalFilter<Paths> = {}): number {
    const test = entryTest(filter);
    let count = 0;
    for (const slot of this.#slots) if (test(this.#entryOf(slot))) count++;
    return count;
  }

  /** About how much memory the entries hold, in bytes (bounded by `maxBytes`). */
  get bytes(): number {
    return this.#bytes;
  }

  /** The id of the newest entry (0 when none yet): `since` for what comes next. */
  lastId(): number {
    return this.#next - 1;
  }

  /**
   * The oldest matching entry, once there is one: at once when the journal holds one already
   * (pass `since: journal.lastId()` to wait for a new one). Rejects after `timeoutMs`, saying
   * what the journal holds of the API.
   */
  waitFor<Paths = unknown>(filter: JournalFilter<Paths> = {}, { timeoutMs = 5000 }: WaitOptions = {}): Promise<JournalRecord> {
    const test = entryTest(filter);
    const present = this.#slots.find((slot) => test(this.#entryOf(slot)));
    if (present) return Promise.resolve(this.#recordOf(present));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        test,
        resolve: (record) => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve(record);
        },
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(waiter);
        const seen = this.#slots
          .map((slot) => this.#entryOf(slot))
          .filter((entry) => filter.api === undefined || entry.api === filter.api)
          .slice(-10)
          .map((entry) => `${entry.method} ${entry.path} ${entry.status}${entry.context ? ` [${entry.context}]` : ''}`);
        const held = seen.length > 0 ? `the newest it holds: ${seen.join('; ')}` : 'it holds none of that API';
        reject(new Error(`No ${describeFilter(filter)} in the journal within ${timeoutMs} ms; ${held}`));
      }, timeoutMs);
      this.#waiters.add(waiter);
    });
  }

  /** Forgets the matching entries (every entry without a filter). */
  clear<Paths = unknown>(filter?: JournalFilter<Paths>): void {
    if (filter === undefined) {
      this.#slots.length = 0;
      this.#bytes = 0;
      this.#pages.clear();
      return;
    }
    const test = entryTest(filter);
    const kept: Slot[] = [];
    for (const slot of this.#slots) {
      if (test(this.#entryOf(slot))) this.#pages.release(slot);
      else kept.push(slot);
    }
    this.#slots.splice(0, this.#slots.length, ...kept);
    this.#bytes = kept.reduce((sum, slot) => sum + slot.bytes, 0);
  }

  #wake(entry: JournalEntry, slot: Slot): void {
    for (const waiter of [...this.#waiters]) if (waiter.test(entry)) waiter.resolve(this.#recordOf(slot));
  }

  #entryOf(slot: Slot): JournalEntry {
    return JSON.parse(this.#pages.read(slot, 1)[0] ?? 'null');
  }

  #recordOf(slot: Slot): JournalRecord {
    const [entry, rest, requestText = null, responseText = null] = this.#pages.read(slot);
    const [requestHeaders, responseHeaders, requestNote, responseNote]: [
      Record<string, string>,
      Record<string, string>,
      string | null,
      string | null,
    ] = JSON.parse(rest ?? 'null');
    const recorded: JournalEntry = JSON.parse(entry ?? 'null');
    return {
      ...recorded,
      request: {
        headers: requestHeaders,
        // The request body is parsed JSON written back: JSON whatever its declared type said.
        ...bodyOf(keptBody(requestText, requestNote), 'application/json'),
      },
      response: {
        status: recorded.status,
        headers: responseHeaders,
        ...bodyOf(keptBody(responseText, responseNote), responseHeaders['content-type']),
      },
    };
  }
}

function keptBody(text: string | null, note: string | null): KeptBody {
  return note === null ? { text } : { text, note };
}

function bodyOf(kept: KeptBody, contentType: string | undefined | null): Pick<JournalMessage, 'body' | 'bodyNote'> {
  const note = kept.note === undefined ? {} : { bodyNote: kept.note };
  if (kept.text === null) return { body: null, ...note };
  if (kept.note === undefined && isJson(contentType)) {
    try {
      return { body: JSON.parse(kept.text) };
    } catch {
      // Not JSON after all: the text as sent.
    }
  }
  return { body: kept.text, ...note };
}

function isJson(contentType: string | undefined | null): boolean {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || type.endsWith('+json');
}

/** Lower-case names; the `set-cookie` values joined by `, `, as `Headers.get` gives them. */
function answerHeadersOf(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) out['set-cookie'] = cookies.join(', ');
  return out;
}
