// `GET /__stubs/state[?api=<id>][&context=<name>]` answers the state as the state file keeps it
// (`--state-file`: state-codec.ts), for one API or all; `PUT` with such a body restores it
// exactly. A body that is not a valid snapshot is a 400 saying why, and nothing changes.
import { readBody } from '../read-body.ts';
import { prettyJsonReply, StubReply } from '../reply.ts';
import { stateJson } from '../state-codec.ts';
import { contextParam } from './context-param.ts';
import type { Control } from './index.ts';

/** States are larger than API bodies: a few thousand users with their histories. */
export const MAX_STATE_BYTES = 64 * 1024 * 1024;

export const getState: Control = (stubs, url, api) => {
  const param = contextParam(url);
  if (!param.ok) return param.reply;
  // Encoded as the state file is written: the live state holds Maps, BoundedMaps and Dates.
  const text = stateJson(stubs.snapshot({ api, context: param.context }));
  return new StubReply(200, new Headers({ 'content-type': 'application/json' }), text);
};

export const putState: Control = async (stubs, url, api, request) => {
  const param = contextParam(url);
  if (!param.ok) return param.reply;
  const read = request.readBytes ? await request.readBytes(MAX_STATE_BYTES) : await readBody(request.toRequest(), MAX_STATE_BYTES);
  if (!read.ok) return prettyJsonReply(413, { error: `a state snapshot may be at most ${MAX_STATE_BYTES} bytes` });
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    return prettyJsonReply(400, { error: 'the body is not JSON: send what GET /__stubs/state answered' });
  }
  try {
    return prettyJsonReply(200, {
      restored: stubs.restore(snapshot, { api, context: param.context }),
      ...(param.context ? { context: param.context } : {}),
    });
  } catch (error) {
    return prettyJsonReply(400, { error: `not a state snapshot: ${(error as Error).message}` });
  }
};
