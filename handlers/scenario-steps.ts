// What every API's scenarios do with `send`: insist on the status each step needs (a scenario
// that half-builds its state must fail loudly, naming the step, not hand back a broken user),
// and read the session cookie an answer sets.
import type { ApiEnv, ScenarioAnswer, ScenarioContext } from '../src/core/index.ts';

type Send = ScenarioContext<ApiEnv>['send'];
type Request = Parameters<Send>[2];

/**
 * Sends one request and returns its answer with the JSON body typed as the step expects
 * (`T` is the generated schema of that operation's answer); any other status throws.
 */
export async function step<T>(
  send: Send,
  method: string,
  path: string,
  request: Request,
  status: number,
): Promise<ScenarioAnswer & { json: T }> {
  const answer = await send(method, path, request);
  if (answer.status !== status) {
    throw new Error(`scenario step ${method} ${path} answered ${answer.status}, not ${status}: ${JSON.stringify(answer.json)}`);
  }
  return { ...answer, json: answer.json as T };
}

/** The value of the cookie `name` an answer sets, as `name=value` for a `cookie` header. */
export function cookieSet(answer: ScenarioAnswer, name: string): string {
  for (const value of answer.headers.getSetCookie()) {
    const [pair = ''] = value.split(';');
    if (pair.startsWith(`${name}=`)) return pair.trim();
  }
  throw new Error(`scenario: the answer set no ${name} cookie`);
}
