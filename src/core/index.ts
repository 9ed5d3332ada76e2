// Runtime-neutral entry point (`contract-stubs`): the pipeline, its types, and the helpers
// API definitions are written with.
export { createSchemaCompiler } from './ajv.ts';
export { type DocumentApiOptions, type DocumentEnv, documentApi } from './any-document/document-api.ts';
export { isOpenApi30, upgradeOpenApi30 } from './any-document/openapi-30.ts';
export { type DocumentPrincipal, isPresenceCheck } from './any-document/security.ts';
export { type ApiInstance, createApiInstance } from './api-instance.ts';
export { BoundedMap } from './bounded-map.ts';
export { byteSize, entryBytes, itemBytes } from './byte-size.ts';
export type { ContextFilter, StubsContext } from './context-view.ts';
export { CLOSE_BAD_CONTEXT, CONTEXT_HEADER, DEFAULT_MAX_CONTEXTS } from './contexts.ts';
export { type CookieOptions, serializeCookie } from './cookies.ts';
export {
  type ApiDefinition,
  type AuthResult,
  type CorsOptions,
  defineApi,
  type InstanceInfo,
  type RuntimeApiDefinition,
} from './definition.ts';
export { indexOperations, type OpenApiDocument, type Operation } from './document.ts';
export { type ErrorDetails, type ErrorEnvelope, StubError, type StubErrorOptions } from './envelope.ts';
export type { ApiEnv, Handler, HandlerContext, Handlers, OperationKey } from './handler.ts';
export {
  Journal,
  type JournalAnswer,
  type JournalEntry,
  type JournalLimits,
  type JournalMessage,
  type JournalRecord,
  type WaitOptions,
} from './journal.ts';
export { MAX_JOURNAL_BODY_BYTES } from './journal-body.ts';
export type { JournalFilter, StatusClass } from './journal-filter.ts';
export { createJwtIssuer, type JwtIssuer, type TokenKind } from './jwt.ts';
export { METRICS_WINDOW_MS, type MetricsSnapshot, type RecentAnswer } from './metrics.ts';
export { FAULT_KINDS, type FaultKind, type InjectedFault, type SettingsOverride, type SettingsView } from './network-settings.ts';
export { hashPassword, verifyPassword } from './password.ts';
export { type TextPdf, textPdf } from './pdf.ts';
export { type Preferences, parsePreferHeader, readPreferences } from './prefer.ts';
export {
  defaultRateLimitHeaders,
  RateLimiter,
  type RateLimitInput,
  type RateLimitOptions,
  type RateLimitRule,
  type RateLimitState,
  retryAfterSeconds,
} from './rate-limit.ts';
export { StubReply } from './reply.ts';
export type { TransportVerdict } from './request-body.ts';
export { createResponseValidator } from './response-validator.ts';
export {
  type LoadedScenario,
  type Scenario,
  type ScenarioAnswer,
  type ScenarioContext,
  type ScenarioResult,
  UnknownScenarioError,
} from './scenario.ts';
export { type SettingsChange, SettingsError, type StubsSettings } from './settings-change.ts';
export { encodeSse, type SseEvent, sseStream } from './sse.ts';
export { CONTROL_HEADER } from './stages/forced-answer.ts';
export { createStubs, DEFAULT_SEED, type StateSelection, type StateSnapshot, type Stubs, type StubsOptions } from './stubs.ts';
export { type ClientFilter, type ClientWaitOptions, type StubsClient, type StubsClientOptions, stubsClient } from './stubs-client.ts';
export type { StateOptions, StubsState } from './stubs-state.ts';
export { describeIssues, issueFromAjv, type ValidationIssue } from './validation.ts';
export {
  type ChannelSocket,
  DEFAULT_SOCKET_PUSH_MS,
  SOCKET_PATH,
  type SocketContext,
  type StubSocket,
  type WebSocketOptions,
} from './websocket.ts';
