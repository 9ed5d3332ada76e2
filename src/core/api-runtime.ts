// What the stages of the pipeline see of their API instance: its definition and compiled
// document, its long-lived services and metrics, its settings, and its error envelope.
import type { CompiledApi } from './compiled-api.ts';
import type { InstanceInfo, RuntimeApiDefinition } from './definition.ts';
import type { StubErrorOptions } from './envelope.ts';
import type { Journal } from './journal.ts';
import type { RequestMetrics } from './metrics.ts';
import type { StubReply } from './reply.ts';
import type { ValidationIssue } from './validation.ts';
import type { World } from './world.ts';

export interface ErrorReplyOptions extends StubErrorOptions {
  issues?: ValidationIssue[];
  /** The operation answered (its key), so a document-derived envelope can use its error shape. */
  operation?: string;
}

export interface ApiRuntime {
  readonly definition: RuntimeApiDefinition;
  readonly compiled: CompiledApi;
  readonly services: unknown;
  readonly requestMetrics: RequestMetrics;
  readonly journal: Journal;
  readonly info: InstanceInfo;
  /** Check every answer against the document (`--strict`). */
  readonly strict: boolean;
  /** Count and enforce the definition's rate limits (off only for load runs). */
  readonly rateLimits: boolean;
  /** Operations without a handler keep collections by convention (`--stateless` turns it off). */
  readonly stateful: boolean;
  now(): Date;
  /** An error in this API's envelope, numbered by the world it happened in. */
  errorReply(world: World, status: number, message: string, options?: ErrorReplyOptions): StubReply;
}
