// The context header is in no document, yet every operation takes it: on every operation of
// every API, a request the document accepts gets the same answer in a fresh context as in a
// fresh default world (same seed, same clock), whoever judges it: the core's validator over
// HTTP, express-openapi-validator, or the core under MSW.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import { indexOperations } from '../src/core/document.ts';
import { withoutMeasured } from './robustness/fixtures.ts';
import { validRequest } from './robustness/requests.ts';
import { control } from './support/controls.ts';
import { startHttp, startMsw, type Transport } from './support/transports.ts';

const NOW = new Date('2025-08-05T10:00:00Z');

/**
 * scorecard's ids carry the generation of the state that made them (a new one per world), by design;
 * measured fields (scorecard's uptime in whole seconds) may tick between the two requests.
 */
const normalise = (api: string, operation: string, text: string) =>
  withoutMeasured(api, operation, text).replace(/\b(sess|assess)_[a-z0-9]+/g, '$1_…');

describe.each([
  ['HTTP, the core validator', () => startHttp({ now: NOW })],
  ['HTTP, express-openapi-validator', () => startHttp({ now: NOW, validator: 'express-openapi-validator' })],
  ['MSW', () => startMsw({ now: NOW })],
])('the context header on every operation over %s', (_name, start) => {
  let t: Transport;
  beforeAll(async () => {
    t = await start();
  });
  afterAll(() => t.close());

  for (const api of apis) {
    it(`${api.id}: a valid request answers the same in a fresh context as in the fresh default world`, async () => {
      for (const [i, op] of indexOperations(api.document).entries()) {
        const request = validRequest(api.document, op);
        const send = async (headers: Record<string, string>) => {
          const response = await fetch(`${t.base(api.id)}${request.url}`, {
            method: request.method,
            headers: { ...request.headers, ...headers },
            ...(request.body === undefined ? {} : { body: request.body }),
          });
          return { status: response.status, text: normalise(api.id, op.key, await response.text()) };
        };
        await control(t, 'POST', '/reset');
        const plain = await send({});
        const context = `${api.id}-op-${i}`;
        const inContext = await send({ 'contract-stubs-context': context });
        expect(inContext, op.key).toEqual(plain);
        const [withHeader] = (await control(t, 'GET', `/requests?context=${context}`)).json.requests;
        expect(withHeader.issues, op.key).toEqual([]);
      }
    });
  }
});
