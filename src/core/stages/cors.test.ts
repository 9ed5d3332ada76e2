import { describe, expect, it } from 'vitest';
import { exchangeFor, stageDefinition, stageRuntime } from '../../../test/support/stage-fixture.ts';
import { jsonReply } from '../reply.ts';
import { allowOrigin, preflight } from './cors.ts';
import { CONTROL_HEADER } from './forced-answer.ts';

const preflightRequest = (headers: Record<string, string>) => new Request('http://stub/things', { method: 'OPTIONS', headers });

describe('preflight', () => {
  it('answers a CORS preflight with 204 and the allowed methods and headers', () => {
    const api = stageRuntime();
    const reply = preflight(
      api,
      exchangeFor(api, preflightRequest({ origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST' })),
    );
    expect(reply?.status).toBe(204);
    expect(reply?.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(reply?.headers.get('access-control-allow-headers')).toBe('content-type, contract-stubs-context');
    expect(reply?.headers.get('access-control-max-age')).toBe('600');
  });

  it('leaves an OPTIONS without Origin or Access-Control-Request-Method to routing, and an API without CORS alone', () => {
    const api = stageRuntime();
    expect(preflight(api, exchangeFor(api, preflightRequest({ 'access-control-request-method': 'POST' })))).toBeUndefined();
    expect(preflight(api, exchangeFor(api, preflightRequest({ origin: 'http://127.0.0.1:5173' })))).toBeUndefined();
    const closed = stageRuntime({ definition: { ...stageDefinition, cors: undefined } });
    expect(
      preflight(
        closed,
        exchangeFor(closed, preflightRequest({ origin: 'http://127.0.0.1:5173', 'access-control-request-method': 'POST' })),
      ),
    ).toBeUndefined();
  });
});

describe('allowOrigin', () => {
  it('echoes the origin with credentials and Vary: Origin', () => {
    const api = stageRuntime();
    const reply = allowOrigin(
      api,
      exchangeFor(api, new Request('http://stub/things', { headers: { origin: 'http://127.0.0.1:5173' } })),
      jsonReply(200, []),
    );
    expect(reply.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(reply.headers.get('access-control-allow-credentials')).toBe('true');
    expect(reply.headers.get('vary')).toBe('Origin');
  });

  it('adds nothing to a same-origin request', () => {
    const api = stageRuntime();
    const reply = allowOrigin(api, exchangeFor(api, new Request('http://stub/things')), jsonReply(200, []));
    expect(reply.headers.has('access-control-allow-origin')).toBe(false);
  });

  it('adds nothing for an origin the stubs do not trust (loopback pages, by default)', () => {
    const api = stageRuntime();
    const reply = allowOrigin(
      api,
      exchangeFor(api, new Request('http://stub/things', { headers: { origin: 'https://evil.test' } })),
      jsonReply(200, []),
    );
    expect(reply.headers.has('access-control-allow-origin')).toBe(false);
  });
});

describe('preflight from an untrusted origin', () => {
  it('is refused with 403 in the envelope, marked as a control', () => {
    const api = stageRuntime();
    for (const origin of ['https://evil.test', 'null']) {
      const reply = preflight(api, exchangeFor(api, preflightRequest({ origin, 'access-control-request-method': 'POST' })));
      expect(reply?.status).toBe(403);
      expect(reply?.headers.get(CONTROL_HEADER)).toBe('cors-refused');
      expect(reply?.headers.has('access-control-allow-origin')).toBe(false);
    }
  });
});
