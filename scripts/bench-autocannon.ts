// autocannon (CommonJS, no bundled types) with the little of its API the bench uses, typed.
import type { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';

export interface AutocannonRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  // biome-ignore lint/suspicious/noExplicitAny: autocannon's per-connection context is free-form
  setupRequest?: (request: AutocannonRequest, context: any) => AutocannonRequest;
  // biome-ignore lint/suspicious/noExplicitAny: as above
  onResponse?: (status: number, body: string, context: any, headers: Record<string, string | string[] | undefined>) => void;
}

export interface AutocannonOptions {
  url: string;
  connections?: number;
  duration?: number;
  amount?: number;
  timeout?: number;
  requests?: AutocannonRequest[];
}

interface Histogram {
  average: number;
  total: number;
  p50: number;
  p99: number;
}

export interface AutocannonResult {
  requests: Histogram;
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}

export type AutocannonInstance = EventEmitter & PromiseLike<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
  callback?: (error: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;

/** Runs to completion; resolves with autocannon's summary. */
export function runLoad(options: AutocannonOptions): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** Starts a run and hands back the instance (for its `response` events) and its result. */
export function startLoad(options: AutocannonOptions): { instance: AutocannonInstance; done: Promise<AutocannonResult> } {
  let instance: AutocannonInstance | undefined;
  const done = new Promise<AutocannonResult>((resolve, reject) => {
    instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
  return { instance: instance as unknown as AutocannonInstance, done };
}
