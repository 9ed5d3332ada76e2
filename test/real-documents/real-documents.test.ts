// Documents nobody here wrote (documents.ts), each served as `start --spec` serves it, on both
// transports: every GET without parameters answers a declared 2xx valid against its schema, and
// every collection round-trips what is POSTed. GitHub's description has its own file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specDefinition } from '../../src/node/spec.ts';
import { type RealDocument, type Served, served } from './documents.ts';
import { crudRoundTrips, parameterFreeGets } from './round-trips.ts';
import { type SpecTransport, specTransports } from './transports.ts';

/** At least this many collections round-trip in each (0: the document has none). */
const DOCUMENTS: Array<[RealDocument, number]> = [
  ['blockfrost', 0],
  ['petstore-30', 1],
  ['petstore-31', 1],
  ['train-travel', 1],
  ['star-trek', 0],
];

describe.each(DOCUMENTS)('%s', (name, collections) => {
  let judge: Served;
  let transports: SpecTransport[];
  beforeAll(async () => {
    const loaded = await served(name);
    judge = loaded.judge;
    transports = await specTransports(specDefinition(name, loaded.spec));
  });
  afterAll(async () => {
    await Promise.all(transports.map((t) => t.close()));
  });

  it('answers every GET without parameters with a declared 2xx valid against its schema, on both transports', async () => {
    for (const transport of transports) expect(await parameterFreeGets(judge, transport.base)).toBeGreaterThan(0);
  });

  it('round-trips what is POSTed to each collection (read, change, list, delete), on both transports', async () => {
    for (const transport of transports) expect(await crudRoundTrips(judge, transport.base)).toBeGreaterThanOrEqual(collections);
  });
});
