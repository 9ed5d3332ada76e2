// The Express app. By default every API request goes straight to the core, which routes, reads
// and judges it with its compiled validator, as under MSW. With express-openapi-validator
// (`--validator express-openapi-validator`), each API gets a router of its own first
// (eov-router.ts, loaded only then).
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { Stubs } from '../core/stubs.ts';
import { docsRouter } from './docs.ts';
import { answerFailure, forward } from './forward.ts';
import { normalisePath } from './normalise-path.ts';

/**
 * Who judges each API request on the Express transport: the core's own compiled validator (the
 * default), the one MSW runs, so both transports judge with the same code; or
 * express-openapi-validator, the independent second opinion the parity suites compare it with
 * (docs/adr/0004-core-validator-by-default.md), at about twice the CPU per request.
 */
export const REQUEST_VALIDATORS = ['core', 'express-openapi-validator'] as const;
export type RequestValidator = (typeof REQUEST_VALIDATORS)[number];

export function isRequestValidator(name: string): name is RequestValidator {
  return (REQUEST_VALIDATORS as readonly string[]).includes(name);
}

export interface AppOptions {
  validator?: RequestValidator;
}

let eovRouter: typeof import('./eov-router.ts') | undefined;
let eovLoading: Promise<void> | undefined;

/** Loads express-openapi-validator's routers (once); `serve` waits for it before listening. */
export function loadEovRouter(): Promise<void> {
  eovLoading ??= import('./eov-router.ts').then((loaded) => {
    eovRouter = loaded;
  });
  return eovLoading;
}

export function createApp(stubs: Stubs, { validator = 'core' }: AppOptions = {}): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  const direct = forward(stubs, () => undefined);
  app.use(normalisePath);
  // Pages for people (`GET /`, docs, YAML) and the controls come first: an API served at the
  // root would otherwise claim them.
  app.use(docsRouter(stubs));
  app.use('/__stubs', direct);
  // With the core's validator no API router is mounted: every API request goes straight to
  // the core, which routes, reads and judges it as under MSW.
  if (validator === 'express-openapi-validator') {
    const loading = loadEovRouter();
    for (const mounted of stubs.apis) {
      // Rebuilt when the API reloads a new definition (`--watch`): the validator reads the document once.
      let built: { definition: unknown; router: RequestHandler } | undefined;
      const current: RequestHandler = (req, res, next) => {
        if (!eovRouter) return void loading.then(() => current(req, res, next), next);
        if (built?.definition !== mounted.api.definition)
          built = { definition: mounted.api.definition, router: eovRouter.apiRouter(stubs, mounted) };
        built.router(req, res, next);
      };
      if (mounted.prefix) app.use(mounted.prefix, current);
      else app.use(current);
    }
  }
  app.use(direct);
  // Last resort: never an HTML page or a stack trace.
  const fallback: ErrorRequestHandler = (error: unknown, req, res, _next) => answerFailure(stubs, error, req.path, res);
  app.use(fallback);
  return app;
}
