// The `/__stubs/*` control endpoints (outside every contract): one file per group of controls,
// listed here. The MSW adapter reaches the same controls through `stubs.fetch`.
import type { IncomingRequest } from '../incoming.ts';
import { prettyJsonReply, type StubReply } from '../reply.ts';
import type { Stubs } from '../stubs.ts';
import { listApis } from './apis.ts';
import { clearRequests, listRequests } from './requests.ts';
import { resetApis } from './reset.ts';
import { changeSettings, resetSettings, showSettings } from './settings.ts';

/** A control, given the request's URL and the `api` it names (already checked to exist). */
export type Control = (stubs: Stubs, url: URL, api: string | undefined, request: IncomingRequest) => StubReply | Promise<StubReply>;

const CONTROLS: Record<string, Control> = {
  'POST /__stubs/reset': resetApis,
  'GET /__stubs/requests': listRequests,
  'DELETE /__stubs/requests': clearRequests,
  'GET /__stubs/apis': listApis,
  'GET /__stubs/settings': showSettings,
  'PUT /__stubs/settings': changeSettings,
  'DELETE /__stubs/settings': resetSettings,
};

export function isControlPath(pathname: string): boolean {
  return pathname === '/__stubs' || pathname.startsWith('/__stubs/');
}

export function answerControl(stubs: Stubs, request: IncomingRequest, url: URL): StubReply | Promise<StubReply> {
  const route = `${request.method} ${url.pathname.replace(/\/$/, '')}`;
  const api = url.searchParams.get('api') ?? undefined;
  if (api !== undefined && !stubs.apis.some((m) => m.api.id === api)) {
    return prettyJsonReply(404, { error: `Unknown api "${api}"`, apis: stubs.apis.map((m) => m.api.id) });
  }
  const control = CONTROLS[route];
  if (!control) return prettyJsonReply(404, { error: `No control ${route}`, controls: Object.keys(CONTROLS) });
  return control(stubs, url, api, request);
}
