// How deep a JSON text nests, read off its bytes before it is parsed. Parsing a deep text is
// cheap, but every recursive walk of the value afterwards is not: re-serialising it, copying it,
// validating it, storing and answering it overflow the stack past a few thousand levels (a 500).
// A body nested deeper than MAX_JSON_DEPTH is refused with a 400 on both transports, before any
// of that, by this one function.

/** Levels of arrays and objects a JSON body may nest (the documents need fewer than ten). */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether the JSON text in `bytes` (UTF-8) opens more than `limit` arrays or objects inside
 * one another. Brackets inside strings do not count. Works on malformed text too (it counts
 * what it sees), so the verdict does not depend on whether the text would parse. UTF-8 never
 * uses these ASCII bytes inside a multi-byte character, so bytes are read as they come.
 */
export function nestsDeeperThan(bytes: Uint8Array, limit = MAX_JSON_DEPTH): boolean {
  // Fewer brackets than the limit cannot exceed it.
  if (bytes.length <= limit) return false;
  let depth = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      // Strings are skipped whole (a native search), past quotes escaped by an odd run of backslashes.
      for (;;) {
        i = bytes.indexOf(QUOTE, i + 1);
        // An unterminated string holds the rest: nothing more to count.
        if (i < 0) return false;
        let backslashes = 0;
        while (bytes[i - 1 - backslashes] === BACKSLASH) backslashes++;
        if (backslashes % 2 === 0) break;
      }
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      if (++depth > limit) return true;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) depth--;
  }
  return false;
}
