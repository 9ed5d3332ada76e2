// The `/__stubs/*` controls over a transport's origin, answered as status and parsed JSON.
import type { Transport } from './transports.ts';

export async function control(
  t: Pick<Transport, 'origin'>,
  method: string,
  path: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: test-side view of a control's JSON answer
): Promise<{ status: number; json: any }> {
  const response = await fetch(`${t.origin}/__stubs${path}`, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, json: await response.json() };
}
