// `contract-stubs start [--api <id> | --spec <file>...] [--stateless] [--handlers <module>] [--port] [--host] [--allowed-hosts <list>] [--cors-origins <list>] [--seed] [--now] [--strict] [--validator <name>] [--latency <spec>] [--fault-rate <0..1>] [--fault-kinds <list>] [--stream-delay <ms>] [--socket-push-ms <ms>] [--no-test-endpoints] [--no-rate-limits] [--log <format>] [--watch] [--state-file <path>] [--scenario <api>:<name>]`
import { answeredBy } from '../../core/answered-by.ts';
import type { RuntimeApiDefinition } from '../../core/definition.ts';
import { FAULT_KINDS, type FaultKind, isFaultKind, parseLatency } from '../../core/network-settings.ts';
import { originPolicy } from '../../core/origins.ts';
import { DEFAULT_SEED, type Stubs } from '../../core/stubs.ts';
import { DEFAULT_SOCKET_PUSH_MS } from '../../core/websocket.ts';
import { isRequestValidator, REQUEST_VALIDATORS } from '../app.ts';
import { hostPolicy } from '../host-check.ts';
import { documentedApis } from '../package-root.ts';
import { createRequestLogger, LOG_FORMATS, type LogFormat } from '../request-log.ts';
import { DEFAULT_HOST, DEFAULT_PORT, serve } from '../server.ts';
import type { LoadedSpec } from '../spec.ts';
import { DEFAULT_STATE_INTERVAL_MS, loadStateFile, persistState, type StatePersistence } from '../state-file.ts';
import { parseCommand, usageError } from './args.ts';

/** Streams arrive over time on a server a person watches; tests and MSW default to 0. */
const DEFAULT_STREAM_DELAY_MS = 30;

const COMMAND = 'start';
const USAGE = `Usage: contract-stubs start [options]

Serves every API under /<id> (http://127.0.0.1:4010/microsite/api/...), or your own
OpenAPI documents (--spec).

Options:
  --api <id>       serve only this API, at the root (/api/...)   [${documentedApis().join(', ')}]
  --spec <file>    serve this OpenAPI 3.0/3.1 document (YAML or JSON, $refs to local files)
                   instead: one at the root, several (repeat the flag) each under its file name
  --handlers <module>  with one --spec: a module whose default export maps operation keys
                   ('GET /books/{bookId}') to handlers, for operations that need real logic
  --stateless      answer collections (/things + /things/{id}) from the document only,
                   never from what was POSTed
  --port <n>       port (default ${DEFAULT_PORT}; 0 picks a free one)
  --host <addr>    address to bind (default ${DEFAULT_HOST})
  --allowed-hosts <list>  Host names served besides localhost, *.localhost, IP addresses and
                   --host (comma-separated; .example.com = it and its subdomains; all = any):
                   other names get 403, a guard against DNS rebinding (on every path when
                   bound to loopback, on /__stubs/* otherwise)
  --cors-origins <list>  origins whose pages may read answers (CORS) and call /__stubs/*,
                   besides loopback ones (comma-separated, e.g. https://app.example.com;
                   * = any origin but null, for CORS only)
  --seed <n>       faker seed: same seed + same requests = same data, ids, cookies and
                   token keys (default: none; ids, session cookies and keys are random)
  --now <iso>      fixed clock, e.g. 2025-08-05T10:00:00Z (byte-identical answers; seed ${DEFAULT_SEED}
                   unless --seed says otherwise)
  --strict         check every answer against the document (off-contract → 500)
  --validator <name>  who judges requests: core (default), the validator MSW runs, or
                   express-openapi-validator: the same verdicts, at about twice the CPU per request
  --latency <ms|min-max>  wait before every answer: 300, or 100-600 drawn from the seed (docs/network.md)
  --fault-rate <0..1>  share of requests that get a fault instead of their answer (default 0)
  --fault-kinds <list>  which faults, comma-separated: ${FAULT_KINDS.join(', ')} (default error)
  --stream-delay <ms>  pause between two events of a streamed (SSE) answer, after --latency's
                   wait for its first byte (default ${DEFAULT_STREAM_DELAY_MS}; 0 = at once)
  --socket-push-ms <ms>  pause between two periodic pushes on WebSocket channels (/<api>/ws; default ${DEFAULT_SOCKET_PUSH_MS})
  --no-test-endpoints  leave out development-only test endpoints (/api/test/*: 404)
  --no-rate-limits     never answer 429 nor add X-RateLimit-* headers (load runs such as npm run bench only)
  --log <format>   one line per request: pretty (coloured on a terminal), json or off (default pretty)
  --watch          reload an API when its document, handlers or fixtures change (state kept where it fits);
                   with --spec, when the document or a file it $refs changes
  --state-file <path>  keep every API's state in this file: restored on start, written every
                   --state-interval ms and on shutdown (a corrupt file is set aside, not loaded)
  --state-interval <ms>  (default ${DEFAULT_STATE_INTERVAL_MS})
  --scenario <api>:<name>  load a named scenario at start and print its headers (repeatable;
                   the list: GET /__stubs/scenarios)
  -h, --help       this text
`;

function fail(message: string): never {
  return usageError(COMMAND, message);
}

function parseCli(argv: string[]) {
  return parseCommand(argv, COMMAND, USAGE, {
    api: { type: 'string' },
    spec: { type: 'string', multiple: true },
    stateless: { type: 'boolean' },
    handlers: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    'allowed-hosts': { type: 'string' },
    'cors-origins': { type: 'string' },
    seed: { type: 'string' },
    now: { type: 'string' },
    strict: { type: 'boolean' },
    validator: { type: 'string' },
    latency: { type: 'string' },
    'fault-rate': { type: 'string' },
    'fault-kinds': { type: 'string' },
    'stream-delay': { type: 'string' },
    'socket-push-ms': { type: 'string' },
    'no-test-endpoints': { type: 'boolean' },
    'no-rate-limits': { type: 'boolean' },
    log: { type: 'string' },
    watch: { type: 'boolean' },
    'state-file': { type: 'string' },
    'state-interval': { type: 'string' },
    scenario: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h' },
  });
}

const MAX_TIMER_MS = 2 ** 31 - 1;

function list(raw: string | undefined): string[] | undefined {
  return raw === undefined
    ? undefined
    : raw
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
}

/** Runs `check` on a flag's value; its error becomes a usage error naming the flag. */
function checked(name: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    fail(`--${name}: ${(error as Error).message}`);
  }
}

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) fail(`--${name} must be a non-negative integer, got "${raw}"`);
  return Number(raw);
}

function latency(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const parsed = parseLatency(raw);
  if (typeof parsed === 'string') fail(`--${parsed}`);
  return raw;
}

function faultRate(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const rate = /^\d*\.?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(rate >= 0 && rate <= 1)) fail(`--fault-rate must be a number from 0 to 1, got "${raw}"`);
  return rate;
}

function faultKinds(raw: string | undefined): FaultKind[] | undefined {
  if (raw === undefined) return undefined;
  const kinds = raw.split(',').map((kind) => kind.trim());
  const wrong = kinds.find((kind) => !isFaultKind(kind));
  if (wrong !== undefined) fail(`--fault-kinds must be a comma-separated list of ${FAULT_KINDS.join(', ')}; "${wrong}" is none of them`);
  return kinds.filter(isFaultKind);
}

/** The APIs to serve: the package's five, or the `--spec` documents (each under its file name). */
async function definitionsFor(
  specFiles: string[],
  handlersModule: string | undefined,
): Promise<{ apis: RuntimeApiDefinition[]; specs: Map<string, LoadedSpec> }> {
  if (specFiles.length === 0) return { apis: (await import('../../../handlers/index.ts')).apis, specs: new Map() };
  const specs = new Map<string, LoadedSpec>();
  try {
    // Loaded only for --spec: its YAML and $ref readers are a tenth of a cold start.
    const { loadHandlers, loadSpec, specDefinition, specId } = await import('../spec.ts');
    for (const file of specFiles) specs.set(specId(file, new Set(specs.keys())), await loadSpec(file));
    const handlers = handlersModule ? await loadHandlers(handlersModule) : undefined;
    return { apis: [...specs].map(([id, spec]) => specDefinition(id, spec, handlers)), specs };
  } catch (error) {
    console.error(`contract-stubs: ${(error as Error).message}`);
    process.exit(1);
  }
}

export async function run(argv: string[]): Promise<void> {
  const values = parseCli(argv);
  const specFiles = values.spec ?? [];
  if (values.api !== undefined && specFiles.length > 0) fail('--api and --spec cannot be combined');
  if (values.handlers !== undefined && specFiles.length !== 1) fail('--handlers goes with exactly one --spec');
  if (values.api !== undefined && !documentedApis().includes(values.api)) fail(`unknown API "${values.api}"`);
  const now = values.now === undefined ? undefined : new Date(values.now);
  if (now && Number.isNaN(now.getTime())) fail(`--now must be an ISO date, got "${values.now}"`);
  const port = integer('port', values.port, DEFAULT_PORT);
  if (port > 65535) fail(`--port must be at most 65535, got ${port}`);
  const host = values.host ?? DEFAULT_HOST;
  const allowedHosts = list(values['allowed-hosts']);
  const corsOrigins = list(values['cors-origins']);
  checked('allowed-hosts', () => hostPolicy({ boundAddress: host, host, ...(allowedHosts ? { allowedHosts } : {}) }));
  checked('cors-origins', () => originPolicy(corsOrigins));
  const log = values.log ?? 'pretty';
  if (!(LOG_FORMATS as readonly string[]).includes(log)) fail(`--log must be one of ${LOG_FORMATS.join(', ')}, got "${log}"`);
  const onRequest = createRequestLogger(log as LogFormat);
  const validator = values.validator ?? 'core';
  if (!isRequestValidator(validator)) fail(`--validator must be one of ${REQUEST_VALIDATORS.join(', ')}, got "${validator}"`);
  const stateFile = values['state-file'];
  const stateInterval = integer('state-interval', values['state-interval'], DEFAULT_STATE_INTERVAL_MS);
  if (stateInterval < 1) fail('--state-interval must be at least 1');
  const scenarios = (values.scenario ?? []).map((spec) => {
    const [api = '', name = ''] = spec.split(':', 2);
    if (!api || !name || spec.split(':').length !== 2) fail(`--scenario must be <api>:<name>, got "${spec}"`);
    return { api, name };
  });
  const socketPushMs = integer('socket-push-ms', values['socket-push-ms'], DEFAULT_SOCKET_PUSH_MS);
  // 0 would push in a busy loop; Node's timers take at most 2^31 - 1 ms (longer is taken as 1).
  if (socketPushMs < 1 || socketPushMs > MAX_TIMER_MS) fail(`--socket-push-ms must be from 1 to ${MAX_TIMER_MS}, got ${socketPushMs}`);
  const network = {
    latency: latency(values.latency),
    faultRate: faultRate(values['fault-rate']),
    faultKinds: faultKinds(values['fault-kinds']),
  };

  const { apis, specs } = await definitionsFor(specFiles, values.handlers);
  const running = await serve(apis, {
    port,
    host,
    ...(values.seed !== undefined ? { seed: integer('seed', values.seed, DEFAULT_SEED) } : {}),
    strict: values.strict ?? false,
    validator,
    streamDelayMs: integer('stream-delay', values['stream-delay'], DEFAULT_STREAM_DELAY_MS),
    socketPushMs,
    testEndpoints: !values['no-test-endpoints'],
    rateLimits: !values['no-rate-limits'],
    stateful: !values.stateless,
    ...(now ? { now } : {}),
    ...(network.latency !== undefined ? { latency: network.latency } : {}),
    ...(network.faultRate !== undefined ? { faultRate: network.faultRate } : {}),
    ...(network.faultKinds !== undefined ? { faultKinds: network.faultKinds } : {}),
    ...(allowedHosts ? { allowedHosts } : {}),
    ...(corsOrigins ? { corsOrigins } : {}),
    ...(values.api ? { rootApi: values.api } : {}),
    ...(specs.size === 1 ? { rootApi: [...specs.keys()][0] } : {}),
    ...(onRequest ? { onRequest } : {}),
    ...(stateFile ? { prepare: (stubs) => restoreState(stateFile, stubs) } : {}),
  });
  const persistence: StatePersistence | undefined = stateFile
    ? persistState(stateFile, running.stubs, stateInterval, (message) => console.error(message))
    : undefined;
  if (allowedHosts?.includes('all')) {
    console.warn('warning: --allowed-hosts all: any Host name is served, so a web page can reach the stubs by DNS rebinding.');
  }
  if (!['127.0.0.1', 'localhost', '::1'].includes(host)) {
    console.warn(`warning: listening on ${host}, reachable from other machines; the stubs have no real security.`);
  }
  console.log(`contract-stubs listening on ${running.origin}`);
  for (const { api, prefix } of running.stubs.apis) {
    const { handler, document } = answeredBy(api);
    console.log(`  ${api.id.padEnd(14)} ${running.origin}${prefix}   (docs: ${running.origin}${prefix}/docs)`);
    console.log(`  ${''.padEnd(14)} ${handler.length} operation(s) answered by handlers, ${document.length} from the document`);
  }
  console.log(`  controls       ${running.origin}/__stubs/reset, ${running.origin}/__stubs/requests, ${running.origin}/__stubs/settings`);
  for (const { api, name } of scenarios) {
    try {
      console.log(`  scenario       ${JSON.stringify(await running.stubs.scenario(api, name))}`);
    } catch (error) {
      console.error(`--scenario ${api}:${name}: ${(error as Error).message}`);
      await running.close();
      process.exit(2);
    }
  }
  const report = (message: string, level: 'info' | 'error') => (level === 'error' ? console.error : console.log)(message);
  const watcher = !values.watch
    ? undefined
    : specs.size > 0
      ? (await import('../watch-spec.ts')).watchSpecs(running.stubs, specs, report)
      : (await import('../watch.ts')).watchApis(running.stubs, report);
  if (watcher)
    console.log(
      `  watching       ${specs.size > 0 ? 'the documents and the files they $ref' : 'openapi/, handlers/ and fixtures/'} for changes`,
    );

  // The state is written at once (a second signal, or the SIGKILL `docker stop` sends 10 s
  // later, then loses nothing written before the first); in-flight answers and streams finish
  // (up to CLOSE_GRACE_MS), and the state is written once more with what they changed. A last
  // write that failed (reported as it happened) makes the exit code 1.
  const stop = (signal: string) => {
    console.log(`\n${signal}: closing…`);
    watcher?.close();
    Promise.resolve(persistence?.flush())
      .then(() => running.close())
      .then(() => persistence?.stop() ?? true)
      .then((written) => process.exit(written ? 0 : 1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

async function restoreState(path: string, stubs: Stubs) {
  const loaded = await loadStateFile(path, stubs);
  for (const temp of loaded.removedTemps) console.log(`removed ${temp}, left by a write that was cut off`);
  if (loaded.kind === 'restored') console.log(`state restored from ${path} (${loaded.apis.join(', ') || 'no API'})`);
  if (loaded.kind === 'set-aside') {
    console.warn(`warning: state file ${path} cannot be loaded (${loaded.reason}); moved to ${loaded.movedTo}, starting with fresh state`);
  }
}
