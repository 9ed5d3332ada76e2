// The `/__stubs/*` control endpoints (outside every contract): one file per group of controls,
// listed here. The MSW adapter reaches the same controls through `stubs.fetch`.
import { refuseForeignOrigin } from '../control-origin.ts';
import type { IncomingRequest } from '../incoming.ts';
import type { OriginPolicy } from '../origins.ts';
import { prettyJsonReply, type StubReply } from '../reply.ts';
import type { Stubs } from '../stubs.ts';
import { listApis } from './apis.ts';
import { clearRequests, countRequests, listRequests } from './requests.ts';
import { resetApis } from './reset.ts';
import { listScenarios, loadScenario } from './scenarios.ts';
import { changeSettings, resetSettings, showSettings } from './settings.ts';
import { getState, putState } from './state.ts';

/**
 * A control, given the request's URL, the `api` query parameter (already checked to name a
 * mounted API) and the `{name}` segments of its route, decoded.
 */
export type Control = (
  stubs: Stubs,
  url: URL,
  api: string | undefined,
  request: IncomingRequest,
  params: Record<string, string>,
) => StubReply | Promise<StubReply>;

const CONTROLS: Record<string, Control> = {
  'POST /__stubs/reset': resetApis,
  'GET /__stubs/requests': listRequests,
  'GET /__stubs/requests/count': countRequests,
  'DELETE /__stubs/requests': clearRequests,
  'GET /__stubs/apis': listApis,
  'GET /__stubs/scenarios': listScenarios,
  'POST /__stubs/scenarios/{api}/{name}': loadScenario,
  'GET /__stubs/settings': showSettings,
  'PUT /__stubs/settings': changeSettings,
  'DELETE /__stubs/settings': resetSettings,
  'GET /__stubs/state': getState,
  'PUT /__stubs/state': putState,
};

/** Routes with `{name}` segments, as patterns. */
const TEMPLATED = Object.entries(CONTROLS)
  .filter(([route]) => route.includes('{'))
  .map(([route, control]) => {
    const names = [...route.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
    const pattern = new RegExp(`^${route.replace(/\{\w+\}/g, '([^/]+)')}$`);
    return { pattern, names, control };
  });

function find(route: string): { control: Control; params: Record<string, string> } | undefined {
  const exact = CONTROLS[route];
  if (exact) return { control: exact, params: {} };
  for (const { pattern, names, control } of TEMPLATED) {
    const found = pattern.exec(route);
    if (!found) continue;
    try {
      return { control, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')])) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function isControlPath(pathname: string): boolean {
  return pathname === '/__stubs' || pathname.startsWith('/__stubs/');
}

/** `origins`: which pages may call the controls (a cross-site page must not wipe the stub). */
export async function answerControl(stubs: Stubs, request: IncomingRequest, url: URL, origins: OriginPolicy): Promise<StubReply> {
  const foreign = refuseForeignOrigin(request.headers.origin, url.origin, origins);
  if (foreign) return foreign;
  const route = `${request.method} ${url.pathname.replace(/\/$/, '')}`;
  const api = url.searchParams.get('api') ?? undefined;
  if (api !== undefined && !stubs.apis.some((m) => m.api.id === api)) {
    return prettyJsonReply(404, { error: `Unknown api "${api}"`, apis: stubs.apis.map((m) => m.api.id) });
  }
  const found = find(route);
  if (!found) return prettyJsonReply(404, { error: `No control ${route}`, controls: Object.keys(CONTROLS) });
  try {
    return await found.control(stubs, url, api, request, found.params);
  } catch (error) {
    // A control that fails (a scenario whose build throws) is the stub's fault: say so, without
    // a stack trace on the wire (MSW would put one in its own 500); the operator sees it on stderr.
    console.error(`[contract-stubs] ${route}:`, error);
    return prettyJsonReply(500, { error: `${route} failed: ${error instanceof Error ? error.message : String(error)}` });
  }
}
