import { describe, expect, it } from 'vitest';
import { defineApi } from './definition.ts';
import type { OpenApiDocument } from './document.ts';
import { type IncomingRequest, incomingFromRequest } from './incoming.ts';
import { createStubs } from './stubs.ts';

const object = { type: 'object' };
const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Parts', version: '1.0.0' },
  paths: {
    '/api/echo': {
      post: {
        operationId: 'echo',
        requestBody: { required: true, content: { 'application/json': { schema: object } } },
        responses: { '201': { description: 'echoed', content: { 'application/json': { schema: object } } } },
      },
    },
    '/api/where': {
      get: { operationId: 'where', responses: { '200': { description: 'url', content: { 'application/json': { schema: object } } } } },
    },
  },
};

const partsApi = defineApi<Record<string, never>, { state: null; principal: null; services: null }>({
  id: 'parts',
  document,
  envelope: ({ status, message }) => ({ status, message }),
  createServices: () => null,
  createState: () => null,
  authenticate: {},
  handlers: {},
});
partsApi.handlers['POST /api/echo'] = ({ body, headers, reply }) => reply(201).json({ body, header: headers['x-tag'] });
partsApi.handlers['GET /api/where'] = (ctx) => ctx.reply(200).json({ url: ctx.request.url });

/** The request as parts, counting how often its WHATWG form is asked for. */
function counted(request: Request): { incoming: IncomingRequest; built: () => number } {
  const incoming = incomingFromRequest(request);
  let calls = 0;
  return {
    incoming: {
      ...incoming,
      toRequest: () => {
        calls++;
        return incoming.toRequest();
      },
    },
    built: () => calls,
  };
}

const now = new Date('2025-01-01T00:00:00Z');
const echo = () =>
  new Request('http://x/parts/api/echo', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Tag': 'a' },
    body: JSON.stringify({ n: 1 }),
  });

describe('stubs.answer (the request as parts)', () => {
  it('answers as stubs.fetch does, header for header and byte for byte', async () => {
    const viaFetch = await createStubs([partsApi], { now }).fetch(echo());
    const reply = await createStubs([partsApi], { now }).answer(incomingFromRequest(echo()));
    const viaParts = reply.toResponse();
    expect(viaParts.status).toBe(201);
    expect([...viaParts.headers]).toEqual([...viaFetch.headers]);
    expect(await viaParts.text()).toBe(await viaFetch.text());
    expect(reply.json).toEqual({ body: { n: 1 }, header: 'a' });
  });

  it('builds the WHATWG Request only for what needs it: a body to read, or a handler reading ctx.request', async () => {
    const stubs = createStubs([partsApi], { now });
    const post = counted(echo());
    await stubs.answer(post.incoming);
    expect(post.built()).toBe(1);
    // A body the transport already parsed: nothing to read.
    const parsed = counted(echo());
    await stubs.answer(parsed.incoming, { verdict: { kind: 'valid', body: { n: 2 }, hasBody: true } });
    expect(parsed.built()).toBe(0);
    const where = counted(new Request('http://x/parts/api/where?q=1'));
    expect((await stubs.answer(where.incoming)).json).toEqual({ url: 'http://x/parts/api/where?q=1' });
    expect(where.built()).toBe(1);
  });

  it('reads the `__` query controls however their underscores are encoded', async () => {
    for (const query of ['__code=200', '%5F%5Fcode=200', '_%5fcode=200']) {
      const stubs = createStubs([partsApi], { now });
      await stubs.answer(incomingFromRequest(new Request(`http://x/parts/api/where?${query}`)));
      expect(stubs.journal.list()[0]?.forced, query).toBe(true);
    }
  });
});
