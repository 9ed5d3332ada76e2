// Bodies as the journal keeps them: text up to 64 KiB (a longer one cut, with a note saying
// so), nothing for a streamed or binary answer (a note says what it was). Cutting copies the
// kept part into a string of its own, so the journal never holds the whole original.

/** The most of one body the journal keeps, in UTF-8 bytes. */
export const MAX_JOURNAL_BODY_BYTES = 64 * 1024;

export interface KeptBody {
  text: string | null;
  /** Why the body is not here whole (cut, streamed, binary). */
  note?: string;
}

const NONE: KeptBody = { text: null };
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** `text`, or its first `maxBytes` UTF-8 bytes (never half a character) with a note. */
export function keepText(text: string, maxBytes = MAX_JOURNAL_BODY_BYTES): KeptBody {
  // A UTF-16 unit is at most 3 UTF-8 bytes: most bodies are kept without being measured.
  if (text.length * 3 <= maxBytes) return { text };
  const bytes = encoder.encode(text);
  if (bytes.byteLength <= maxBytes) return { text };
  let end = maxBytes;
  // Back to the start of a character: continuation bytes are 10xxxxxx.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return { text: decoder.decode(bytes.subarray(0, end)), note: `cut at ${end} of ${bytes.byteLength} bytes` };
}

/** An answer's body as the journal keeps it: text, or a note for a stream or bytes. */
export function keepAnswerBody(body: BodyInit | null, headers: Headers): KeptBody {
  if (body === null) return NONE;
  if (typeof body === 'string') return keepText(body);
  const type = headers.get('content-type') ?? 'no content type';
  if (body instanceof ReadableStream) return { text: null, note: `streamed (${type}): not recorded` };
  const size = body instanceof Blob ? body.size : ArrayBuffer.isView(body) || body instanceof ArrayBuffer ? body.byteLength : undefined;
  return { text: null, note: `binary (${type}${size === undefined ? '' : `, ${size} bytes`}): not recorded` };
}

/** A request body as the core parsed it (JSON), written back as text. */
export function keepRequestBody(hasBody: boolean, body: unknown): KeptBody {
  if (!hasBody) return NONE;
  const text = JSON.stringify(body);
  return text === undefined ? NONE : keepText(text);
}
