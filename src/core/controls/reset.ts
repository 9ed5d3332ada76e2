// `POST /__stubs/reset[?api=<id>][&context=<name>]`: a clean world for one API or all. Without
// `context`, the default world is reset and every context forgotten; with it, that context alone.
import { prettyJsonReply } from '../reply.ts';
import { contextParam } from './context-param.ts';
import type { Control } from './index.ts';

export const resetApis: Control = (stubs, url, api) => {
  const param = contextParam(url);
  if (!param.ok) return param.reply;
  const { context } = param;
  return prettyJsonReply(200, { reset: stubs.reset(api, { context }), ...(context ? { context } : {}) });
};
