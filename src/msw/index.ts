// `contract-stubs/msw`: handlers for `setupWorker` (browser) and `setupServer` (Node tests).
export { createMswStubs, type MswStubs, type MswStubsOptions } from './handlers.ts';
