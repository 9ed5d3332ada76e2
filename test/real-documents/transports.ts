// One real document served over HTTP (Express, the core's validator, as `start --spec` serves
// it) and through MSW setupServer, both `--strict`, from one loaded definition.
import { setupServer } from 'msw/node';
import type { RuntimeApiDefinition } from '../../src/core/definition.ts';
import { createMswStubs } from '../../src/msw/index.ts';
import { serve } from '../../src/node/index.ts';

export interface SpecTransport {
  name: 'http' | 'msw';
  /** Base URL of the API (mounted under its id). */
  base: string;
  close(): Promise<void>;
}

export async function specTransports(definition: RuntimeApiDefinition): Promise<SpecTransport[]> {
  const running = await serve([definition], { port: 0, strict: true, validator: 'core' });
  const origin = `http://${definition.id}.test`;
  const server = setupServer(...createMswStubs([definition], { origin, strict: true }).handlers);
  server.listen({ onUnhandledFrame: 'bypass' });
  return [
    { name: 'http', base: `${running.origin}/${definition.id}`, close: () => running.close() },
    { name: 'msw', base: `${origin}/${definition.id}`, close: async () => server.close() },
  ];
}

export interface Answer {
  status: number;
  /** `contract-stubs-control`: set on an answer marked outside the contract (an undocumented status). */
  control: string | null;
  contentType: string;
  body: unknown;
  text: string;
}

export async function send(
  base: string,
  request: { method: string; url: string; headers: Record<string, string>; body?: string },
): Promise<Answer> {
  const response = await fetch(base + request.url, {
    method: request.method,
    headers: request.headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let body: unknown = text;
  if (/json/.test(contentType) && text) body = JSON.parse(text);
  return { status: response.status, control: response.headers.get('contract-stubs-control'), contentType, body, text };
}
