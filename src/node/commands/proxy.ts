// `contract-stubs proxy --api <id> --upstream <url> [--port <n>] [--fail-on-violation]`: puts
// Prism's validating proxy (`prism proxy openapi/<id>.yaml <upstream>`) in front of a real
// backend, behind a small pass-through that prints every violation Prism reports in the
// `sl-violations` header of each answer. With --fail-on-violation the first response
// violation ends the command with exit code 1 (for CI).
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requireTool } from '../optional-tools.ts';
import { documentedApis, documentPath } from '../package-root.ts';
import {
  DEFAULT_PROXY_PORT,
  describeViolation,
  freePort,
  HOST,
  isResponseViolation,
  type PrismProcess,
  parseViolations,
  startPrism,
  VIOLATIONS_HEADER,
  type Violation,
} from '../prism.ts';
import { parseCommand, usageError } from './args.ts';

const COMMAND = 'proxy';
const USAGE = `Usage: contract-stubs proxy --api <id> --upstream <url> [options]

Validates a real backend's traffic against openapi/<id>.yaml: requests sent to
http://${HOST}:<port>/api/... go through Prism's proxy to <upstream>/api/..., and every
request or response violation Prism finds is printed.

Options:
  --api <id>            the API whose document judges the traffic   (required)
  --upstream <url>      the backend, e.g. http://127.0.0.1:8080       (required)
  --port <n>            port to listen on (default ${DEFAULT_PROXY_PORT}; 0 picks a free one)
  --fail-on-violation   exit 1 after the first response violation (for CI)
  -h, --help            this text
`;

function fail(message: string): never {
  return usageError(COMMAND, message);
}

function parseCli(argv: string[]) {
  return parseCommand(argv, COMMAND, USAGE, {
    api: { type: 'string' },
    upstream: { type: 'string' },
    port: { type: 'string' },
    'fail-on-violation': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
}

// Hop-by-hop headers are the two connections' own business.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

function forwardableHeaders(headers: IncomingMessage['headers']): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}

export async function run(argv: string[]): Promise<void> {
  const values = parseCli(argv);
  if (!values.api) fail('--api is required');
  if (!values.upstream) fail('--upstream is required');
  const document = documentPath(values.api);
  if (!existsSync(document)) fail(`unknown API "${values.api}" (documented: ${documentedApis().join(', ') || 'none'})`);
  let upstream: URL;
  try {
    upstream = new URL(values.upstream);
  } catch {
    return fail(`--upstream must be a URL, got "${values.upstream}"`);
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') fail(`--upstream must be an http(s) URL, got "${values.upstream}"`);
  const rawPort = values.port ?? String(DEFAULT_PROXY_PORT);
  if (!/^\d+$/.test(rawPort) || Number(rawPort) > 65535) fail(`--port must be an integer from 0 to 65535, got "${rawPort}"`);
  const failOnViolation = values['fail-on-violation'] ?? false;
  requireTool(COMMAND);

  let prism: PrismProcess;
  try {
    prism = await startPrism({ document, upstream: upstream.href.replace(/\/$/, ''), port: await freePort() });
  } catch (error) {
    console.error(`contract-stubs: ${(error as Error).message}`);
    process.exit(1);
  }
  const target = new URL(prism.origin);

  let stopping = false;
  const server = createServer();
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    await prism.close();
    process.exit(code);
  };
  prism.child.once('exit', () => {
    if (stopping) return;
    console.error(`contract-stubs: Prism stopped unexpectedly:\n${prism.output()}`);
    void stop(1);
  });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const label = `${req.method} ${req.url}`;
    const outgoing = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...forwardableHeaders(req.headers), host: target.host },
      },
      (answer) => {
        let violations: Violation[] = [];
        try {
          violations = parseViolations(answer.headers[VIOLATIONS_HEADER] as string | undefined);
        } catch (error) {
          console.error(`${label} → ${answer.statusCode}  ${(error as Error).message}`);
        }
        for (const violation of violations) console.log(`${label} → ${answer.statusCode}  ${describeViolation(violation)}`);
        res.writeHead(answer.statusCode ?? 502, forwardableHeaders(answer.headers));
        answer.pipe(res);
        if (failOnViolation && violations.some(isResponseViolation)) {
          res.once('close', () => {
            console.error('contract-stubs: response violation; stopping (--fail-on-violation)');
            void stop(1);
          });
        }
      },
    );
    outgoing.on('error', (error) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 502, message: `Prism proxy unreachable: ${error.message}` } }));
    });
    req.pipe(outgoing);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(rawPort), HOST, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (error: NodeJS.ErrnoException) => {
    await prism.close();
    console.error(`contract-stubs: cannot listen on ${HOST}:${rawPort} (${error.code ?? error.message})`);
    process.exit(1);
  });
  const { port } = server.address() as AddressInfo;
  console.log(`contract-stubs proxy listening on http://${HOST}:${port}`);
  console.log(`  ${values.api} traffic → Prism (${document}) → ${upstream.href.replace(/\/$/, '')}`);
  console.log(`  violations are printed as they happen${failOnViolation ? '; the first response violation exits 1' : ''}`);

  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
}
