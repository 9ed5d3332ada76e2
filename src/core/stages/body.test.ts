import { describe, expect, it } from 'vitest';
import { exchangeFor, stageRuntime } from '../../../test/support/stage-fixture.ts';
import type { Operation } from '../document.ts';
import { readBody } from './body.ts';

async function run(body: string | undefined, contentType?: string) {
  const api = stageRuntime();
  const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
  const x = exchangeFor(api, new Request('http://stub/things', { method: 'POST', headers, ...(body === undefined ? {} : { body }) }));
  return { x, reply: await readBody(api, x, api.operationFor('POST', '/things') as Operation) };
}

describe('readBody', () => {
  it('parses a JSON body', async () => {
    const { x, reply } = await run('{"name":"a"}', 'application/json');
    expect(reply).toBeUndefined();
    expect(x.body).toEqual({ name: 'a' });
    expect(x.hasBody).toBe(true);
  });

  it('refuses malformed JSON with 400, an undeclared media type with 415, a missing required body with 400', async () => {
    const malformed = await run('{"name":', 'application/json');
    expect(malformed.reply?.status).toBe(400);
    expect(malformed.reply?.json).toMatchObject({ error: { code: 'MALFORMED_JSON', message: 'body: is not valid JSON' } });
    expect(malformed.x.issues).toEqual([{ in: 'body', field: '', message: 'is not valid JSON' }]);
    expect((await run('name=a', 'application/x-www-form-urlencoded')).reply?.status).toBe(415);
    expect((await run(undefined)).reply?.json).toMatchObject({ error: { code: 'VALIDATION_ERROR', message: 'body: is required' } });
  });
});
