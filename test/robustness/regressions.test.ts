// Minimal reproducers of what the fuzzer found, on both transports, each checked against the
// document like any other answer. A finding is fixed in the code or the contract and stays here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOperations } from '../../src/core/index.ts';
import { apis } from '../support/apis.ts';
import { clientFor } from '../support/client.ts';
import { startHttp, startMsw, type Transport } from '../support/transports.ts';
import { fixtures } from './fixtures.ts';
import { sender } from './fuzz.ts';
import { validRequest } from './requests.ts';
import { scorecardFixture } from './scorecard.ts';

interface Finding {
  title: string;
  api: string;
  method: string;
  path: string;
  body?: unknown;
  /** Sent as-is, with `headers`. */
  rawBody?: string;
  headers?: Record<string, string>;
  status: number;
  /** Part of the error message (names the field). */
  message?: string;
}

const LONG_ID = 'a'.repeat(101);

const findings: Finding[] = [
  // ally: GET and DELETE /api/chats/{id} answered a 400 for an over-long id that the document
  // did not list; --strict turned it into a 500. Both now document 400.
  { title: 'ally GET of an over-long chat id is a documented 400', api: 'ally', method: 'GET', path: `/api/chats/${LONG_ID}`, status: 400 },
  {
    title: 'ally DELETE of an over-long chat id is a documented 400',
    api: 'ally',
    method: 'DELETE',
    path: `/api/chats/${LONG_ID}`,
    status: 400,
  },
  // PUT /api/chats/<10,000 characters>?a=<10,000 characters>: Node's 16 KiB cap on URL and
  // headers answered a bare 431 with no body (not JSON, not documented). The server now takes
  // 64 KiB, so the request reaches the validator and gets the API's 400, as it does through MSW.
  {
    title: 'ally PUT with a 10,000-character id and query value gets the documented 400',
    api: 'ally',
    method: 'PUT',
    path: `/api/chats/${'a'.repeat(10_000)}?a=${'a'.repeat(10_000)}`,
    body: {},
    status: 400,
  },
  // A path id that is not valid percent-encoding: Express answered 400 naming `body.chats.%zz`,
  // MSW went on to authentication (401). Both now answer 400 naming the path parameter.
  {
    title: 'ally GET of an undecodable chat id is a 400 naming path.id on both transports',
    api: 'ally',
    method: 'GET',
    path: '/api/chats/%zz',
    status: 400,
    message: 'path.id: is not valid percent-encoded UTF-8',
  },
  // An undeclared +json media type with a malformed body: Express parsed it first (400
  // malformed JSON), MSW refused the media type first (415). Both now answer 415.
  {
    title: 'microsite POST with an undeclared +json media type is a 415 before the body is read',
    api: 'microsite',
    method: 'POST',
    path: '/api/clarify',
    headers: { 'content-type': 'application/vnd.api+json' },
    rawBody: '"text"',
    status: 415,
  },
  // An empty JSON body where one is required: Express's parser made it `{}` and the validator
  // named a missing field; the core named the missing body. Both now say `body: is required`.
  {
    title: 'ally POST with an empty JSON body is a 400 naming the missing body on both transports',
    api: 'ally',
    method: 'POST',
    path: '/api/chats',
    headers: { 'content-type': 'application/json' },
    rawBody: '',
    status: 400,
    message: 'body: is required',
  },
  // An enum refusal: express-openapi-validator named the allowed values, the core did not.
  {
    title: 'ally enum refusals name the allowed values on both transports',
    api: 'ally',
    method: 'POST',
    path: '/api/chats/x/messages',
    body: { role: 'robot', content: 'hi' },
    status: 400,
    message: 'body.role: must be equal to one of the allowed values: user, assistant, system',
  },
  // scorecard (and shadow-coach's id routes): an id that does not decode is the core's 400,
  // which the document did not list; --strict turned it into a 500. Both now document 400.
  {
    title: 'scorecard GET of an undecodable assessment id is a documented 400',
    api: 'scorecard',
    method: 'GET',
    path: '/api/assessment/results/%',
    status: 400,
    message: 'path.assessmentId: is not valid percent-encoded UTF-8',
  },
  {
    title: 'shadow-coach GET of an undecodable export id is a documented 400',
    api: 'shadow-coach',
    method: 'GET',
    path: '/v1/journal/export/%zz',
    status: 400,
  },
  // A query value with a raw reserved character (`+` for a space): express-openapi-validator
  // said "must be url encoded", the core judged the decoded value. Both now judge the value.
  {
    title: 'sage period with a form-encoded space and CRLF is judged by its value on both transports',
    api: 'sage',
    method: 'GET',
    path: '/api/consultation/costs?period=%0D%0ASet-Cookie%3A+injected%3D1',
    status: 400,
    message: 'query.period: must be equal to one of the allowed values: day, week, month, year',
  },
  // A property name holding `~`: express-openapi-validator named it as its JSON pointer escape
  // (`~0`), the core raw. Both now name it raw.
  {
    title: 'scorecard names a property holding ~ as it was sent on both transports',
    api: 'scorecard',
    method: 'POST',
    path: '/api/assessment/submit',
    body: { finalResponses: { '~': {} }, completionTime: 0 },
    status: 400,
    message: 'body.finalResponses.~: must be string',
  },
  // An unknown property named "": express-openapi-validator lost its location ("body: is not
  // allowed"). The core now judges such a body on both transports and names it.
  {
    title: 'shadow-coach names an unknown empty-named property on both transports',
    api: 'shadow-coach',
    method: 'POST',
    path: '/v1/safety/referral',
    body: { preferences: { '': false }, consent_for_contact: true },
    status: 400,
    message: 'body.preferences.: is not allowed',
  },
  // sage's export routes did not list the 400 the core gives for an id that does not decode;
  // --strict turned it into a 500. They list it now (and every document is checked below).
  {
    title: 'sage GET of an undecodable export id is a documented 400',
    api: 'sage',
    method: 'GET',
    path: '/api/user/export/%/download',
    status: 400,
    message: 'path.exportId: is not valid percent-encoded UTF-8',
  },
  // An unknown property whose name holds `/`: express-openapi-validator joined its JSON pointer
  // and the raw name with `/` and so named `x.y`; the core names `x/y`. Such a body is now judged
  // by the core on both transports (scorecard's `details.field`, sage's `details[]`).
  {
    title: 'scorecard names an unknown property holding / as it was sent on both transports',
    api: 'scorecard',
    method: 'POST',
    path: '/api/assessment/submit',
    body: { finalResponses: {}, completionTime: 0, 'x/y': 1 },
    status: 400,
    message: '"field":"x/y"',
  },
  {
    title: 'sage names an unknown property holding / as it was sent on both transports',
    api: 'sage',
    method: 'POST',
    path: '/api/auth/register',
    body: { email: 'slash@example.com', password: 'securePassword123', displayName: 'Slash', 'p/q': 1 },
    status: 400,
    message: '"details":[{"field":"body.p/q","message":"is not allowed"}]',
  },
  // An empty value for an array query parameter: express-openapi-validator said "must be array",
  // the core judged a one-item array. Both now judge the item.
  {
    title: 'shadow-coach judges an empty tags value as one empty tag on both transports',
    api: 'shadow-coach',
    method: 'GET',
    path: '/v1/journal/entries?tags=',
    status: 400,
    message: 'query.tags.0: must match pattern',
  },
  // A property name that ends in (or is) `.`: express-openapi-validator's path is read split
  // at `.`, so the empty part was dropped (`body.` became `body`). Any body holding an empty name
  // or one with `/` or `.` is now judged by the core on both transports.
  {
    title: 'microsite names an unknown property "." as it was sent on both transports',
    api: 'microsite',
    method: 'POST',
    path: '/api/clarify',
    body: { clarification: '!', '.': 0 },
    status: 400,
    message: 'body..: is not allowed',
  },
  // A lone byte-order mark as an integer: Ajv's coercion (`x == +x`) took it for 0, so
  // express-openapi-validator judged `limit` >= 1 (and passed `offset`); the core accepts plain
  // decimal notation only. Loosely numeric values are now judged by the core on both transports.
  {
    title: 'shadow-coach refuses a byte-order mark as limit as not an integer on both transports',
    api: 'shadow-coach',
    method: 'GET',
    path: '/v1/journal/entries?limit=%EF%BB%BF',
    status: 400,
    message: 'query.limit: must be integer',
  },
  {
    title: 'sage refuses a byte-order mark as offset as not an integer on both transports',
    api: 'sage',
    method: 'GET',
    path: '/api/admin/users?offset=%EF%BB%BF',
    status: 400,
    message: 'query.offset: must be integer',
  },
  {
    title: 'shadow-coach refuses a hexadecimal limit on both transports (never a 2xx)',
    api: 'shadow-coach',
    method: 'GET',
    path: '/v1/journal/entries?limit=0x10',
    status: 400,
    message: 'query.limit: must be integer',
  },
];

/**
 * Every operation of every API with a path parameter: its valid request (a body, required
 * headers and query) with every path parameter an undecodable id.
 */
const undecodableIds = apis.flatMap((api) =>
  indexOperations(api.document)
    .filter((op) => op.parameters.some((p) => p.in === 'path'))
    .map((op) => {
      const valid = validRequest(api.document, op);
      const query = valid.url.includes('?') ? valid.url.slice(valid.url.indexOf('?')) : '';
      return { api: api.id, ...valid, url: op.path.replace(/\{[^}]+\}/g, '%zz') + query };
    }),
);

/**
 * Every operation of every API with a JSON body: its valid request, with an unknown property
 * named `a/b`, `a.b` or `` (names express-openapi-validator's paths lose, so the core judges
 * such a body) holding arrays nested 4,500 deep. Re-serialising that value overflowed the stack:
 * a 500 on every such operation. A body nested deeper than 64 levels is now a 400.
 */
const DEEP = `${'['.repeat(4500)}${']'.repeat(4500)}`;
const deepBodies = apis.flatMap((api) =>
  indexOperations(api.document)
    .filter((op) => op.requestBody?.content.has('application/json'))
    .flatMap((op) => {
      const valid = validRequest(api.document, op);
      const rest = valid.body?.startsWith('{') && valid.body !== '{}' ? `,${valid.body.slice(1)}` : '}';
      return ['a/b', 'a.b', ''].map((name) => ({
        api: api.id,
        ...valid,
        headers: { ...valid.headers, 'content-type': 'application/json' },
        body: `{${JSON.stringify(name)}:${DEEP}${rest}`,
      }));
    }),
);

for (const start of [startHttp, startMsw, () => startHttp({ validator: 'express-openapi-validator' })]) {
  describe(`fuzz regressions (${start.name || 'startHttp, --validator express-openapi-validator'})`, () => {
    let transport: Transport;
    beforeAll(async () => {
      transport = await start();
    });
    afterAll(() => transport.close());

    for (const finding of findings) {
      it(finding.title, async () => {
        const answer = await clientFor(transport, finding.api)(finding.method, finding.path, {
          ...(finding.body !== undefined ? { body: finding.body } : {}),
          ...(finding.rawBody !== undefined ? { rawBody: finding.rawBody } : {}),
          ...(finding.headers ? { headers: finding.headers } : {}),
        });
        expect(answer.status).toBe(finding.status);
        if (finding.message) expect(answer.text).toContain(finding.message);
      });
    }

    // The core refuses an id that is not percent-encoded UTF-8 with a 400 before anything else;
    // every operation with a path parameter must list it (clientFor checks status and body).
    it(`every operation with a path parameter documents the 400 for an undecodable id (${undecodableIds.length})`, async () => {
      expect(undecodableIds.length).toBeGreaterThan(0);
      for (const { api, method, url, headers, body } of undecodableIds) {
        const answer = await clientFor(transport, api)(method, url, { headers, ...(body !== undefined ? { rawBody: body } : {}) });
        expect(answer.status, `${api} ${method} ${url}`).toBe(400);
        expect(answer.text, `${api} ${method} ${url}`).toContain('is not valid percent-encoded UTF-8');
      }
    });

    it(`every operation with a JSON body refuses a body nested 4,500 deep under an odd name with its 400 (${deepBodies.length / 3} operations)`, async () => {
      expect(deepBodies.length).toBeGreaterThan(0);
      for (const { api, method, url, headers, body } of deepBodies) {
        const answer = await clientFor(transport, api)(method, url, { headers, rawBody: body });
        expect(answer.status, `${api} ${method} ${url}`).toBe(400);
        expect(answer.text, `${api} ${method} ${url}`).toContain('nests arrays and objects more than 64 levels deep');
      }
    });
  });
}

// The harness: validRequest left out required header parameters, so no request for sage's
// Stripe webhook (a required Stripe-Signature) passed validation and the injection test threw.
describe('harness regressions', () => {
  it('validRequest fills required headers (sage POST /api/webhooks/stripe)', () => {
    const sage = apis.find((a) => a.id === 'sage');
    const op = sage && indexOperations(sage.document).find((o) => o.key === 'POST /api/webhooks/stripe');
    if (!sage || !op) throw new Error('sage webhook operation not registered');
    expect(validRequest(sage.document, op).headers['stripe-signature']).toEqual(expect.any(String));
  });

  // Sessions are limited to 100 a minute per address (microsite, ally, sage): a long fuzz run's
  // sign-ins (one every 50 requests, besides the sessions its own requests create) meet it. The
  // fixtures then keep their last caller, as scorecard's does with its start limit.
  for (const api of ['microsite', 'ally', 'sage']) {
    it(`${api} sign-in keeps its caller once the session creation limit is spent`, async () => {
      const transport = await startMsw();
      try {
        const send = sender(transport, api);
        const fixture = fixtures.get(api);
        if (!fixture) throw new Error(`no fixture for ${api}`);
        const callers = [];
        for (let i = 0; i < 101; i++) callers.push(await fixture.signIn(send));
        expect(new Set(callers.slice(0, 100).map((c) => JSON.stringify(c))).size).toBe(100);
        expect(callers[100]).toEqual(callers[99]);
      } finally {
        await transport.close();
      }
    });
  }

  // The fuzzer signs in every 50 requests; scorecard's start is limited to 10 an hour per
  // address, so the eleventh sign-in of a long run threw. It now keeps the caller it has.
  it('scorecard sign-in keeps its caller once the start limit is spent', async () => {
    const transport = await startMsw();
    try {
      const send = sender(transport, 'scorecard');
      const callers = [];
      for (let i = 0; i < 11; i++) callers.push(await scorecardFixture.signIn(send));
      expect(new Set(callers.slice(0, 10).map((c) => c.cookie)).size).toBe(10);
      expect(callers[10]).toEqual(callers[9]);
      const refused = await send('POST', '/api/assessment/start', { body: {} });
      expect(refused.status).toBe(429);
    } finally {
      await transport.close();
    }
  });
});
