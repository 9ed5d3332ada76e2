// What a page that mocks with contract-stubs ships: Vite's production build of an app entry
// starting MSW's worker (scripts/bench-bundle.ts, whose sizes `npm run bench` reports). One API
// imported alone bundles that API only; no bundle holds Node-only code.
import { expect, it } from 'vitest';
import { type BundleReport, measureBundle } from '../scripts/bench-bundle.ts';

let one: BundleReport;

it('a page mocking one API (contract-stubs/handlers/<api>) bundles only that API, and nothing Node-only', {
  timeout: 120_000,
}, async () => {
  one = await measureBundle('shadow-coach', ['shadow-coach']);
  expect(one.apis).toEqual(['shadow-coach']);
  expect(one.nodeOnly).toEqual([]);
});

it('a page mocking every API (contract-stubs/handlers) bundles all five, and nothing Node-only', { timeout: 120_000 }, async () => {
  const all = await measureBundle('all', 'all');
  expect(all.apis).toEqual(['ally', 'microsite', 'sage', 'scorecard', 'shadow-coach']);
  expect(all.nodeOnly).toEqual([]);
  expect(one.minifiedBytes).toBeLessThan(all.minifiedBytes);
});
