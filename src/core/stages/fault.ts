// The answer an injected fault gives instead of the operation's (the network stage chose it):
//   error      an error status the operation declares (503, else 500, else its first 5xx; an
//              undeclared 503 where it declares none, noted in the journal), in the API's envelope
//   malformed  the declared success status and content type, the body cut short (not valid JSON)
//   reset, empty, hang  no answer: a reply the transport acts out (src/node/fetch-bridge.ts, stubs.fetch)
import type { ApiRuntime } from '../api-runtime.ts';
import type { Operation } from '../document.ts';
import { STATUS_TEXT } from '../envelope.ts';
import type { Exchange } from '../exchange.ts';
import { forcedReply } from '../forced.ts';
import type { InjectedFault } from '../network-settings.ts';
import { StubReply } from '../reply.ts';
import { createFaker } from '../seeded-faker.ts';

export function faultAnswer(api: ApiRuntime, x: Exchange, op: Operation): StubReply | undefined {
  const { fault } = x;
  if (fault === undefined) return undefined;
  if (fault.kind === 'error') return errorFault(api, x, op, fault);
  if (fault.kind === 'malformed') return malformedFault(api, x, op);
  return new StubReply(0, new Headers(), null, undefined, fault.kind);
}

function errorFault(api: ApiRuntime, x: Exchange, op: Operation, fault: InjectedFault): StubReply {
  const declared = [...op.responses.keys()].filter((status) => /^5\d\d$/.test(status)).map(Number);
  let status = [503, 500].find((s) => declared.includes(s)) ?? declared.sort((a, b) => a - b)[0];
  if (status === undefined) {
    status = 503;
    fault.note = `${op.key} declares no 5xx status: 503 in the API's envelope`;
  }
  return api.errorReply(x.world, status, `${STATUS_TEXT[status] ?? 'Server Error'} (injected fault)`);
}

/** Statuses whose answers carry no body: a malformed one is sent as 200. */
const BODILESS = new Set([204, 205, 304]);

function malformedFault(api: ApiRuntime, x: Exchange, op: Operation): StubReply {
  // The document's first example, else data generated from the schema by a faker of its own
  // (the world's would move every id and text generated after it).
  const whole = forcedReply(
    op,
    {},
    {
      document: api.definition.document,
      faker: () => createFaker(api.seeding.fakerSeed()),
      errorReply: (status, message) => api.errorReply(x.world, status, message),
    },
  );
  const contentType = whole.headers.get('content-type') ?? 'application/json';
  const status = BODILESS.has(whole.status) ? 200 : whole.status;
  return new StubReply(status, new Headers({ 'content-type': contentType }), cutShort(typeof whole.body === 'string' ? whole.body : ''));
}

/** The first half of the text; never valid JSON (a bare number's half may be: it gets a stray brace). */
export function cutShort(text: string): string {
  if (text === '') return '{';
  const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  try {
    JSON.parse(cut);
    return `${cut}{`;
  } catch {
    return cut;
  }
}
