// A deliberately wrong handler (test/fixtures/planted-api.ts) is caught twice: by the stubs'
// own response validation (--strict, as in every test) and by Prism's proxy, the oracle.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { serve } from '../src/node/index.ts';
import { plantedApi, plantedDocument } from './fixtures/planted-api.ts';
import { isResponseViolation, parseViolations, startPrismProxy, VIOLATIONS_HEADER } from './support/prism.ts';

it('strict response validation turns the off-contract answer into a 500 naming the field', async () => {
  const running = await serve([plantedApi], { port: 0, strict: true });
  try {
    const res = await fetch(`${running.origin}/planted/api/things`);
    expect(res.status).toBe(500);
    expect((await res.json()).message).toMatch(/outside the contract \(200\): body\.count: must be integer/);
  } finally {
    await running.close();
  }
});

it('Prism reports the off-contract answer as a response violation', { timeout: 45_000 }, async () => {
  const running = await serve([plantedApi], { port: 0, strict: false });
  const document = join(tmpdir(), `planted-${process.pid}.json`);
  writeFileSync(document, JSON.stringify(plantedDocument));
  const proxy = await startPrismProxy(document, `${running.origin}/planted`);
  try {
    const res = await fetch(`${proxy.origin}/api/things`);
    expect(await res.json()).toEqual({ count: 'three' });
    const violations = parseViolations(res.headers.get(VIOLATIONS_HEADER)).filter(isResponseViolation);
    expect(violations).toContainEqual(expect.objectContaining({ location: ['response', 'body', 'count'] }));
  } finally {
    await proxy.close();
    await running.close();
  }
});
