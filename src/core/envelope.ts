// Each API answers errors in its own envelope. The core knows only this interface; the
// API's definition says how its envelope looks.
import type { ValidationIssue } from './validation.ts';

export interface ErrorDetails {
  status: number;
  /** Machine-readable code where the API has them (`VALIDATION_ERROR`); the API may ignore it. */
  code?: string;
  message: string;
  issues?: ValidationIssue[];
  /** Structured facts for the envelope's `details` (`{ field, validChoices }`, `{ retryAfter }`). */
  details?: Record<string, unknown>;
  requestId: string;
  timestamp: string;
  /** The operation's key (`GET /books/{id}`), when the error is an answer of one. */
  operation?: string;
}

export type ErrorEnvelope = (details: ErrorDetails) => unknown;

export interface StubErrorOptions {
  code?: string;
  headers?: Record<string, string>;
  details?: Record<string, unknown>;
}

/** Thrown by handlers and their helpers; the pipeline renders it in the API's envelope. */
export class StubError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly headers: Record<string, string>;
  readonly details: Record<string, unknown> | undefined;
  constructor(status: number, message: string, options: StubErrorOptions = {}) {
    super(message);
    this.status = status;
    this.code = options.code;
    this.headers = options.headers ?? {};
    this.details = options.details;
  }
}

export const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
