// A small JSON client bound to one API on one transport; every answer is contract-checked.
import { assertContract, type Exchange } from './contract.ts';
import type { Transport } from './transports.ts';

export interface CallOptions {
  body?: unknown;
  /** Sent as-is (for malformed or oversized bodies). */
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
}

export function clientFor(transport: Transport, apiId: string) {
  const base = `${transport.origin}/${apiId}`;
  // `json` is already contract-checked; tests read fields off it freely.
  // biome-ignore lint/suspicious/noExplicitAny: test-side view of a checked answer
  return async function call(method: string, path: string, options: CallOptions = {}): Promise<Exchange & { json: any }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(`${base}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      throw new Error(`${method} ${path} → ${response.status} answered non-JSON: ${text.slice(0, 200)}`);
    }
    const exchange = { status: response.status, headers: response.headers, body: parsed, text };
    assertContract(apiId, method, path, exchange);
    return { ...exchange, json: parsed };
  };
}
