// What the stages of the pipeline see of their API instance: its definition and compiled
// document, its long-lived services and metrics, its settings, and its error envelope.
import type { CompiledApi } from './compiled-api.ts';
import type { InstanceInfo, RuntimeApiDefinition } from './definition.ts';
import type { StubErrorOptions } from './envelope.ts';
import type { InstanceSeeding } from './instance-seeding.ts';
import type { Journal } from './journal.ts';
import type { RequestMetrics } from './metrics.ts';
import type { NetworkSettings } from './network-settings.ts';
import type { OriginPolicy } from './origins.ts';
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
  /** Latency and faults in force (shared by every API of the stubs). */
  readonly network: NetworkSettings;
  /** Which pages' origins get CORS answers (`--cors-origins`; loopback pages by default). */
  readonly origins: OriginPolicy;
  /** Where the API's randomness comes from: its seed, or fresh random numbers. */
  readonly seeding: InstanceSeeding;
  /** Operations without a handler keep collections by convention (`--stateless` turns it off). */
  readonly stateful: boolean;
  now(): Date;
  /** An error in this API's envelope, numbered by the world it happened in. */
  errorReply(world: World, status: number, message: string, options?: ErrorReplyOptions): StubReply;
}
