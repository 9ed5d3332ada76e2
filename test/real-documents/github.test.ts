// GitHub's REST description (@octokit/openapi: OpenAPI 3.0.3, 13 MB, ≈1,200 operations), served
// as `start --spec` serves it: every GET it declares is answered without a 5xx, a documented
// answer valid against its schema; every GET without parameters with a declared 2xx; and its
// collections (issues, labels, milestones, hooks…) round-trip what is POSTed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specDefinition } from '../../src/node/spec.ts';
import { requestFor, type Served, served } from './documents.ts';
import { crudRoundTrips, parameterFreeGets } from './round-trips.ts';
import { type SpecTransport, send, specTransports } from './transports.ts';

let judge: Served;
let transports: SpecTransport[];
beforeAll(async () => {
  const loaded = await served('github');
  judge = loaded.judge;
  transports = await specTransports(specDefinition('github', loaded.spec));
}, 120_000);
afterAll(async () => {
  await Promise.all(transports.map((t) => t.close()));
});

describe('GitHub REST description', () => {
  it('answers every GET it declares without a 5xx, each answer documented and valid (HTTP)', { timeout: 300_000 }, async () => {
    const [http] = transports;
    if (!http) throw new Error('no HTTP transport');
    const gets = judge.operations.filter((op) => op.method === 'get');
    expect(gets.length).toBeGreaterThan(600);
    let successes = 0;
    for (const op of gets) {
      const request = requestFor(judge.spec.document, op);
      const answer = await send(http.base, request);
      const where = `GET ${request.url} → ${answer.status}: ${answer.text.slice(0, 300)}`;
      expect(answer.status, where).toBeLessThan(500);
      if (answer.status < 300) successes++;
      if (answer.control === null) expect(judge.check(op, answer.status, answer.contentType, answer.body), where).toEqual([]);
    }
    // Path parameters are generated from their schemas; a few are refused (a pattern), most are answered.
    expect(successes / gets.length).toBeGreaterThan(0.9);
  });

  it('answers every GET without parameters with a declared 2xx valid against its schema, on both transports', {
    timeout: 120_000,
  }, async () => {
    for (const transport of transports) expect(await parameterFreeGets(judge, transport.base)).toBeGreaterThan(50);
  });

  it('round-trips what is POSTed to its collections, on both transports', { timeout: 120_000 }, async () => {
    for (const transport of transports) expect(await crudRoundTrips(judge, transport.base)).toBeGreaterThan(5);
  });
});
