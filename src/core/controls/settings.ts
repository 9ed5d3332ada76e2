// `GET /__stubs/settings` shows the latency and faults in force, `PUT` changes them (a JSON body
// as `stubs.settings.set` takes it: settings-change.ts), `DELETE` restores the start-up settings.
import { readBody } from '../read-body.ts';
import { prettyJsonReply } from '../reply.ts';
import { type SettingsChange, SettingsError } from '../settings-change.ts';
import type { Control } from './index.ts';

/** A settings body is a few fields; anything longer is not one. */
const MAX_SETTINGS_BYTES = 64 * 1024;

export const showSettings: Control = (stubs) => prettyJsonReply(200, stubs.settings.get());

export const changeSettings: Control = async (stubs, _url, _api, request) => {
  const read = await (request.readBytes?.(MAX_SETTINGS_BYTES) ?? readBody(request.toRequest(), MAX_SETTINGS_BYTES));
  if (!read.ok) return prettyJsonReply(413, { error: `the settings body is over ${MAX_SETTINGS_BYTES} bytes` });
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    return prettyJsonReply(400, { error: 'the settings body is not JSON, such as {"latency": "100-600"}' });
  }
  try {
    // `set` checks every field of what it is given.
    return prettyJsonReply(200, stubs.settings.set(body as SettingsChange));
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    return prettyJsonReply(400, { error: error.message });
  }
};

export const resetSettings: Control = (stubs) => prettyJsonReply(200, stubs.settings.reset());
