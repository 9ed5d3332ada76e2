// What an API instance tells its definition when it builds services and state (and what a
// WebSocket channel sees of it). Its own file: definition.ts and websocket.ts both need it.

export interface InstanceInfo {
  id: string;
  /**
   * Key material for signing tokens (JWT): derived from the seed when the run is seeded, else
   * 256 random bits. Services are built again when a restored state file brings its own.
   */
  secret: string;
  now(): Date;
  /** Pause between two events of a streamed answer (SSE), in ms; 0 sends them at once. */
  streamDelayMs: number;
  /**
   * Whether development-only test endpoints (an API's `/api/test/*`) are served; true by
   * default, false under `--no-test-endpoints`. An API that has such endpoints answers them
   * with 404 in its envelope when this is false.
   */
  testEndpoints: boolean;
}
