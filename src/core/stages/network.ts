// Decides a request's network conditions: how long to wait before answering, and the fault, if
// any, that replaces the answer. The client's own controls come first (`Prefer: delay=, fault=`,
// or `__delay` / `__fault` where no Prefer is sent); else the settings in force, drawn from the
// world's seeded generator (a fault by the rate, its kind, then a delay from a range), so the
// same seed and the same requests get the same delays and faults.
import type { ApiRuntime } from '../api-runtime.ts';
import type { Operation } from '../document.ts';
import type { Exchange } from '../exchange.ts';
import { FAULT_KINDS, type FaultKind, isFaultKind, MAX_DELAY_MS, parseDelay } from '../network-settings.ts';
import { preferencesFrom } from '../prefer.ts';
import type { StubReply } from '../reply.ts';
import { CONTROL_HEADER } from './forced-answer.ts';

export function networkConditions(api: ApiRuntime, x: Exchange, op: Operation): StubReply | undefined {
  // A scenario being loaded is the stub talking to itself: no network between.
  if (x.internal) return undefined;
  const { request, url, world } = x;
  // As forcedAnswer: most requests carry no control (`%5F` is `_`), and most runs set nothing.
  const controlled = request.headers.prefer !== undefined || /_|%5f/i.test(url.search);
  if (!controlled && !api.network.active) return undefined;
  let delay: number | undefined;
  let fault: FaultKind | undefined;
  if (controlled) {
    const prefs = preferencesFrom(request.headers.prefer, url.searchParams);
    const control = request.headers.prefer !== undefined ? 'Prefer ' : '__';
    if (prefs.delay !== undefined) {
      delay = parseDelay(prefs.delay);
      if (delay === undefined)
        return refuse(api, x, `${control}delay=${prefs.delay}: the delay must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}`);
    }
    if (prefs.fault !== undefined) {
      if (!isFaultKind(prefs.fault)) return refuse(api, x, `${control}fault=${prefs.fault}: the kinds are ${FAULT_KINDS.join(', ')}`);
      fault = prefs.fault;
    }
  }
  if (api.network.active) {
    const conditions = api.network.for(api.definition.id, op.key);
    if (fault === undefined && conditions.faultRate > 0 && world.random.next() < conditions.faultRate) {
      const kinds = conditions.faultKinds;
      fault = kinds.length === 1 ? kinds[0] : kinds[Math.floor(world.random.next() * kinds.length)];
    }
    const { min, max } = conditions.latency;
    delay ??= min === max ? min : world.random.between(min, max);
  }
  if (fault !== undefined) {
    x.fault = { kind: fault };
    // Not the handler's answer: contract coverage must not count it as exercised.
    x.forced = true;
  }
  // A hanging request never answers: nothing to wait for.
  x.delayMs = fault === 'hang' ? 0 : (delay ?? 0);
  return undefined;
}

/** A delay or fault the client got wrong: the control's refusal, outside the operation's contract. */
function refuse(api: ApiRuntime, x: Exchange, message: string): StubReply {
  x.operation = null;
  return api.errorReply(x.world, 400, message, { code: 'INVALID_CONTROL', headers: { [CONTROL_HEADER]: 'prefer-refused' } });
}
