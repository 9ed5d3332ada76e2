// `POST /__stubs/reset[?api=<id>]`: a clean world for one API or all.
import { prettyJsonReply } from '../reply.ts';
import type { Control } from './index.ts';

export const resetApis: Control = (stubs, _url, api) => prettyJsonReply(200, { reset: stubs.reset(api) });
