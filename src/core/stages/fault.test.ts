import { describe, expect, it } from 'vitest';
import { exchangeFor, stageDefinition, stageDocument, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import type { FaultKind } from '../network-settings.ts';
import { fakerDraws } from '../seeded-faker.ts';
import { cutShort, faultAnswer } from './fault.ts';

/** The fixture API with `GET /things/{id}` declaring these error statuses instead of its own. */
function declaring(statuses: string[]) {
  const error = { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  const get = {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
    responses: { '200': { description: 'ok' }, ...Object.fromEntries(statuses.map((status) => [status, error])) },
  };
  const document = { ...stageDocument, paths: { ...stageDocument.paths, '/things/{id}': { get } } };
  return stageRuntime({ definition: { ...stageDefinition, document } });
}

function answer(kind: FaultKind, method = 'GET', path = '/things/1', api = stageRuntime()) {
  const x = exchangeFor(api, new Request(`http://stub${path}`, { method }));
  x.fault = { kind };
  const reply = faultAnswer(api, x, api.operationFor(method, path) as Operation);
  return { x, reply, api };
}

describe('faultAnswer', () => {
  it('lets a request without a fault through', () => {
    const api = stageRuntime();
    const x = exchangeFor(api, new Request('http://stub/things'));
    expect(faultAnswer(api, x, api.operationFor('GET', '/things') as Operation)).toBeUndefined();
  });

  it('answers error with a declared 5xx (503, else 500, else the first) in the envelope', () => {
    expect(answer('error').reply?.json).toMatchObject({ error: { status: 500, message: 'Internal Server Error (injected fault)' } });
    expect(answer('error', 'GET', '/things/1', declaring(['500', '503'])).reply?.status).toBe(503);
    expect(answer('error', 'GET', '/things/1', declaring(['504', '502'])).reply?.status).toBe(502);
    expect(answer('error').x.fault).toEqual({ kind: 'error' });
  });

  it('answers error with an undeclared 503 where no 5xx is declared, and says so', () => {
    const { x, reply } = answer('error', 'GET', '/things/1', declaring(['404']));
    expect(reply?.status).toBe(503);
    expect(reply?.json).toMatchObject({ error: { status: 503, message: 'Service Unavailable (injected fault)' } });
    expect(x.fault).toEqual({ kind: 'error', note: "GET /things/{id} declares no 5xx status: 503 in the API's envelope" });
  });

  it('answers malformed with the declared success status and type, the body cut short', () => {
    const { reply } = answer('malformed', 'POST', '/things');
    expect(reply?.status).toBe(201);
    expect(reply?.headers.get('content-type')).toBe('application/json');
    expect(reply?.body).toBe('{"id":1,"na');
    expect(() => JSON.parse(String(reply?.body))).toThrow(SyntaxError);
  });

  it('generates the body it cuts from the schema without moving the world’s faker', () => {
    const { reply, api } = answer('malformed');
    expect(reply?.status).toBe(200);
    expect(String(reply?.body)).toMatch(/^\{"id":/);
    expect(() => JSON.parse(String(reply?.body))).toThrow(SyntaxError);
    expect(fakerDraws(api.world.faker)).toBe(0);
  });

  it('answers reset, empty and hang with no answer for the transport to act out', () => {
    for (const kind of ['reset', 'empty', 'hang'] as const) {
      const { reply } = answer(kind);
      expect(reply?.status).toBe(0);
      expect(reply?.fault).toBe(kind);
      expect(reply?.toResponse().type).toBe('error');
    }
  });
});

describe('cutShort', () => {
  it('never leaves valid JSON', () => {
    for (const text of ['{"a":1}', '[1,2,3]', '"text"', 'true', 'null', '12345', '7', '']) {
      expect(() => JSON.parse(cutShort(text)), text).toThrow(SyntaxError);
    }
  });
});
