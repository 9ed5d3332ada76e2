// Prism (`@stoplight/prism-cli`, an optional peer dependency resolved only when used) as a child process:
// the validating proxy behind `contract-stubs proxy` and the Prism-proxied test transport,
// and the violations it reports in the `sl-violations` header.
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { installCommand } from './optional-tools.ts';
export const DEFAULT_PROXY_PORT = 4011;
export const HOST = '127.0.0.1';
/** The header in which Prism's proxy reports violations: a JSON array of {@link Violation}. */
export const VIOLATIONS_HEADER = 'sl-violations';

/** One entry of Prism's `sl-violations` header. */
export interface Violation {
  /** e.g. ['request'], ['request', 'body'], ['response', 'body', 'goal', 'raw'] */
  location: string[];
  /** 'Error' or 'Warning' (an undocumented status is a Warning). */
  severity: string;
  code?: string | number;
  message: string;
}

/** The violations in an `sl-violations` header value; none when it is absent. */
export function parseViolations(header: string | null | undefined): Violation[] {
  if (!header) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    throw new Error(`${VIOLATIONS_HEADER} is not JSON: ${header.slice(0, 200)}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${VIOLATIONS_HEADER} is not an array: ${header.slice(0, 200)}`);
  return parsed.map((entry: Partial<Violation>) => ({
    location: Array.isArray(entry.location) ? entry.location.map(String) : [],
    severity: String(entry.severity ?? 'Error'),
    ...(entry.code !== undefined ? { code: entry.code } : {}),
    message: String(entry.message ?? ''),
  }));
}

/** A violation of the answer (rather than of the request). */
export function isResponseViolation(violation: Violation): boolean {
  return violation.location[0] === 'response';
}

/** `response.body.goal.raw: must be string` (Prism's message, without its restatement of the location). */
export function describeViolation(violation: Violation): string {
  const where = violation.location.join('.') || '(document)';
  const message = violation.message.replace(/^(?:Request|Response) body (?:property \S+ )?/, '');
  return `${where}: ${message}${violation.severity === 'Error' ? '' : ` (${violation.severity.toLowerCase()})`}`;
}

/** Prism's CLI entry point (the `bin` of @stoplight/prism-cli). */
export function prismBin(): string {
  const require = createRequire(import.meta.url);
  let manifest: string;
  try {
    manifest = require.resolve('@stoplight/prism-cli/package.json');
  } catch {
    throw new Error(`@stoplight/prism-cli is not installed: ${installCommand('proxy')}`);
  }
  const { bin } = require(manifest) as { bin: string | Record<string, string> };
  const entry = typeof bin === 'string' ? bin : bin.prism;
  if (!entry) throw new Error('@stoplight/prism-cli has no `prism` bin');
  return join(dirname(manifest), entry);
}

/** A free TCP port on 127.0.0.1 (from a throwaway server on port 0). */
export async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PrismProcess {
  /** `http://127.0.0.1:<port>`; the document's paths (`/api/...`) start here. */
  origin: string;
  child: ChildProcess;
  /** The last lines Prism logged (for error messages). */
  output(): string;
  /** Stops Prism's whole process group; resolves once it is gone. */
  close(): Promise<void>;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Starts `prism proxy <document> <upstream>` on 127.0.0.1:<port> in its own process group,
 * never answering violations with errors itself (`--errors false`), and resolves once Prism
 * says it is listening (within `readyTimeoutMs`).
 */
export async function startPrism(options: {
  document: string;
  upstream: string;
  port: number;
  readyTimeoutMs?: number;
}): Promise<PrismProcess> {
  const { document, upstream, port, readyTimeoutMs = 30_000 } = options;
  const args = [prismBin(), 'proxy', '-h', HOST, '-p', String(port), '--errors', 'false', document, upstream];
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // Prism logs several lines per request: keep draining the pipes (a full pipe would stall it)
  // and remember only the tail.
  const lines: string[] = [];
  let pending = '';
  let onLine: ((line: string) => void) | undefined;
  const take = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    for (const part of parts) {
      const line = stripVTControlCharacters(part);
      lines.push(line);
      if (lines.length > 200) lines.shift();
      onLine?.(line);
    }
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const output = () => [...lines, pending].join('\n');

  // Whatever happens to this process, Prism does not outlive it.
  const reap = () => killGroup(child, 'SIGKILL');
  process.once('exit', reap);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  exited.then(() => process.off('exit', reap));

  const close = async () => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
    killGroup(child, 'SIGKILL'); // anything Prism itself started
  };

  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within ${readyTimeoutMs} ms:\n${output()}`)), readyTimeoutMs);
    onLine = (line) => {
      const listening = /Prism is listening on (http:\/\/\S+)/.exec(line);
      if (listening?.[1]) {
        clearTimeout(timer);
        resolve(listening[1].replace(/\/$/, ''));
      }
    };
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`Prism exited before listening (code ${child.exitCode ?? child.signalCode}):\n${output()}`));
    });
  }).catch(async (error: unknown) => {
    await close();
    throw error;
  });
  onLine = undefined;
  return { origin, child, output, close };
}
