// `contract-stubs/node`: the Express app and HTTP server around the core.
export { createApp } from './app.ts';
export { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, type ServeOptions, serve } from './server.ts';
export { type LoadedSpec, loadHandlers, loadSpec, specDefinition } from './spec.ts';
