// The journal's entries as UTF-8 in pages of bytes, outside the JavaScript heap. Kept as
// objects, every entry outlived V8's young generation (the journal holds the last thousand
// requests), was promoted, and died in the old one: under load a full collection every half
// second, three times the p99 and a quarter to half the throughput (docs/performance.md). In
// pages an entry costs the heap one small object; a page goes once its last entry has.

const PAGE_BYTES = 64 * 1024;
/** The length written for a null part. */
const NULL_LENGTH = 0xffffffff;

export class Page {
  readonly bytes: Uint8Array;
  used = 0;
  /** Entries written here and not yet released. */
  live = 0;
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }
}

/** Where one entry's parts are. */
export interface Stored {
  readonly page: Page;
  readonly offset: number;
  readonly length: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class JournalPages {
  #current: Page | undefined;
  /** One emptied page kept for the next, so a steady load allocates no pages. */
  #spare: Page | undefined;

  /** Writes the parts (strings or null), each after its length. */
  write(parts: readonly (string | null)[]): Stored {
    // At least a byte a UTF-16 unit: an entry that cannot fit a page gets bytes of its own.
    let least = 0;
    for (const part of parts) least += 4 + (part === null ? 0 : part.length);
    if (least > PAGE_BYTES) return writeAlone(parts);
    const current = this.#current;
    if (current) {
      const end = encodeParts(parts, current.bytes, current.used);
      if (end >= 0) return took(current, end);
      this.#current = undefined;
      this.#retire(current);
    }
    const page = this.#spare ?? new Page(new Uint8Array(PAGE_BYTES));
    this.#spare = undefined;
    this.#current = page;
    const end = encodeParts(parts, page.bytes, 0);
    return end >= 0 ? took(page, end) : writeAlone(parts);
  }

  /** The parts as written (the first `count` of them). */
  read(stored: Stored, count = Number.POSITIVE_INFINITY): (string | null)[] {
    const { bytes } = stored.page;
    const end = stored.offset + stored.length;
    const parts: (string | null)[] = [];
    for (let at = stored.offset; at < end && parts.length < count; ) {
      const length = ((bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16) | ((bytes[at + 3] ?? 0) << 24)) >>> 0;
      at += 4;
      if (length === NULL_LENGTH) parts.push(null);
      else {
        parts.push(decoder.decode(bytes.subarray(at, at + length)));
        at += length;
      }
    }
    return parts;
  }

  /** The entry is gone: its page goes with its last entry. */
  release(stored: Stored): void {
    const { page } = stored;
    page.live--;
    if (page !== this.#current) this.#retire(page);
  }

  clear(): void {
    this.#current = undefined;
  }

  #retire(page: Page): void {
    if (page.live > 0 || page.bytes.byteLength !== PAGE_BYTES) return;
    page.used = 0;
    this.#spare = page;
  }
}

function took(page: Page, end: number): Stored {
  const offset = page.used;
  page.used = end;
  page.live++;
  return { page, offset, length: end - offset };
}

/** An entry over a page (long bodies or path) gets bytes of its own, cut to what it used. */
function writeAlone(parts: readonly (string | null)[]): Stored {
  // A UTF-16 unit is at most 3 UTF-8 bytes.
  let worst = 0;
  for (const part of parts) worst += 4 + (part === null ? 0 : part.length * 3);
  const scratch = new Uint8Array(worst);
  const length = encodeParts(parts, scratch, 0);
  const page = new Page(scratch.slice(0, length));
  return took(page, length);
}

/**
 * Writes each part after its length (little-endian u32); returns where the writing ended, or
 * -1 when the parts do not fit.
 */
function encodeParts(parts: readonly (string | null)[], bytes: Uint8Array, offset: number): number {
  let at = offset;
  for (const part of parts) {
    if (at + 4 > bytes.byteLength) return -1;
    let length = NULL_LENGTH;
    if (part !== null) {
      const { read, written } = encoder.encodeInto(part, bytes.subarray(at + 4));
      if (read !== part.length) return -1;
      length = written;
    }
    bytes[at] = length & 0xff;
    bytes[at + 1] = (length >>> 8) & 0xff;
    bytes[at + 2] = (length >>> 16) & 0xff;
    bytes[at + 3] = (length >>> 24) & 0xff;
    at += 4 + (part === null ? 0 : length);
  }
  return at;
}
