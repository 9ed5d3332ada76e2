// A small JSON client bound to one API on one transport; every answer is contract-checked.
// A cookie jar (one per test) sends and keeps cookies; an SSE answer is parsed into `events`.
// Through the Prism transport, every answer is also judged by Prism: a response violation in
// its `sl-violations` header fails the call. Downloaded files (PDF, plain text) come back as
// `bytes` (and `text`), not parsed.
import { nestsDeeperThan } from '../../src/core/json-depth.ts';
import { CONTROL_HEADER } from '../../src/core/stages/forced-answer.ts';
import { assertContract, type Exchange } from './contract.ts';
import { describeViolation, isResponseViolation, parseViolations, VIOLATIONS_HEADER } from './prism.ts';
import { parseSse, type SseMessage } from './sse.ts';
import type { Transport } from './transports.ts';

/** Cookies as a browser keeps them for one site: `Set-Cookie` answers update it, requests send it. */
export class CookieJar {
  readonly cookies = new Map<string, string>();
  /** The raw `Set-Cookie` values of the last answer that set any. */
  lastSetCookie: string[] = [];
  header(): string | undefined {
    return this.cookies.size > 0 ? [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }
  store(headers: Headers): void {
    const values = headers.getSetCookie();
    if (values.length > 0) this.lastSetCookie = values;
    for (const value of values) {
      const [pair = ''] = value.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
}

export interface CallOptions {
  body?: unknown;
  /** Sent as-is (for malformed or oversized bodies). */
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
  /** Sends its cookies and keeps the ones the answer sets. */
  jar?: CookieJar;
  /**
   * Straight to the stubs even on the Prism transport: Prism's proxy reads every upstream body
   * as UTF-8 text, so a binary answer (a PDF) would arrive re-encoded. Still contract-checked.
   */
  direct?: boolean;
}

const MAX_PRISM_BODY = 1024 * 1024;

// Bodies Prism cannot take: malformed JSON (Prism 5.14 answers it with its own 400
// `invalid_json`, never forwarding it), bodies over 1 MiB (the stubs' 413 case, kept off
// the proxy) and JSON nested deeper than the stubs take (Prism's own parser overflows its stack). Those negative cases go straight to the stubs, whose own validator judges them.
// Bodies declared as something other than JSON (or undeclared, sent as text/plain) Prism
// forwards untouched.
function prismCanTake(body: string | undefined, headers: Record<string, string>): boolean {
  if (body === undefined) return true;
  if (Buffer.byteLength(body) > MAX_PRISM_BODY || nestsDeeperThan(Buffer.from(body))) return false;
  const type = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  if (!type || !/json/i.test(type)) return true;
  try {
    JSON.parse(body);
    return true;
  } catch {
    return false;
  }
}

export function clientFor(transport: Transport, apiId: string) {
  const base = transport.base(apiId);
  const proxy = transport.prism?.get(apiId);
  const direct = `${transport.origin}/${apiId}`;
  // `json` is already contract-checked; tests read fields off it freely.
  return async function call(
    method: string,
    path: string,
    options: CallOptions = {},
    // biome-ignore lint/suspicious/noExplicitAny: test-side view of a checked answer
  ): Promise<Exchange & { json: any; events: SseMessage[] | undefined; bytes: Uint8Array }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const cookie = options.jar?.header();
    if (cookie) headers.cookie = cookie;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const viaPrism = proxy !== undefined && !options.direct && prismCanTake(body, headers);
    const url = proxy && !viaPrism ? `${direct}${path}` : `${base}${path}`;
    const response = await fetch(url, { method, headers, ...(body !== undefined ? { body } : {}) });
    options.jar?.store(response.headers);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    const contentType = response.headers.get('content-type') ?? '';
    const events = contentType.startsWith('text/event-stream') ? parseSse(text) : undefined;
    // Files (PDF, plain text) are kept as bytes; anything else must be JSON.
    const file = /^(application\/pdf|text\/plain)/.test(contentType);
    let parsed: unknown;
    try {
      parsed = text && !events && !file ? JSON.parse(text) : undefined;
    } catch {
      throw new Error(`${method} ${path} → ${response.status} answered non-JSON: ${text.slice(0, 200)}`);
    }
    const exchange = { status: response.status, headers: response.headers, body: parsed, text };
    if (proxy && viaPrism) {
      const violations = parseViolations(response.headers.get(VIOLATIONS_HEADER));
      proxy.violations.push(...violations);
      // Request violations are the deliberate negative cases. A refused Prefer (control header)
      // is outside every contract by definition, as in assertContract.
      const offending = response.headers.get(CONTROL_HEADER) ? [] : violations.filter(isResponseViolation);
      if (offending.length > 0) {
        throw new Error(
          `${method} ${path} → ${response.status}: Prism reports response violations:\n${offending.map((v) => `  ${describeViolation(v)}`).join('\n')}\n${text.slice(0, 500)}`,
        );
      }
    }
    assertContract(apiId, method, path, exchange);
    return { ...exchange, json: parsed, events, bytes };
  };
}
