// Several documents in one Express process: schemas with the same names in different documents
// never resolve against each other, whoever judges: the core (a compiler per document) or
// express-openapi-validator (its own instances per API: its issues 881, 900, 876 are about exactly that).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import { defineApi } from '../src/core/definition.ts';
import type { OpenApiDocument } from '../src/core/document.ts';
import { REQUEST_VALIDATORS } from '../src/node/app.ts';
import { type RunningServer, serve } from '../src/node/index.ts';

// Same path and same component name as microsite's `POST /api/goal`, different schema.
const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Other', version: '1.0.0' },
  paths: {
    '/api/goal': {
      post: {
        operationId: 'otherGoal',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/GoalRequest' } } } },
        responses: {
          '201': { description: 'created', content: { 'application/json': { schema: { $ref: '#/components/schemas/GoalRequest' } } } },
          '400': { description: 'bad', content: { 'application/json': { schema: { type: 'object' } } } },
        },
      },
    },
  },
  components: {
    schemas: {
      GoalRequest: { type: 'object', additionalProperties: false, required: ['title'], properties: { title: { type: 'string' } } },
    },
  },
};

const other = defineApi<Record<string, never>, { state: null; principal: null; services: null }>({
  id: 'other',
  document,
  envelope: ({ message }) => ({ problem: message }),
  createServices: () => null,
  createState: () => null,
  authenticate: {},
  handlers: {},
});
other.handlers['POST /api/goal'] = (ctx) => ctx.reply(201).json(ctx.body);

for (const validator of REQUEST_VALIDATORS) {
  describe(`--validator ${validator}`, () => {
    let running: RunningServer;
    beforeAll(async () => {
      running = await serve([...apis, other], { port: 0, strict: true, validator });
    });
    afterAll(() => running.close());

    const post = (path: string, body: unknown) =>
      fetch(`${running.origin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    it('validates each API against its own document', async () => {
      const otherOk = await post('/other/api/goal', { title: 'mine' });
      expect(otherOk.status).toBe(201);
      expect(await otherOk.json()).toEqual({ title: 'mine' });
      expect(await (await post('/other/api/goal', { input: 'x' })).json()).toEqual({ problem: 'body.title: is required' });
      expect(await (await post('/microsite/api/goal', { title: 'x' })).json()).toEqual({
        error: { code: 400, message: 'body.input: is required' },
      });
    });
  });
}
