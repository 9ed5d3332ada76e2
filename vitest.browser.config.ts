// `npm run test:browser`: the demo page and the docs pages in Debian's Chromium, driven by
// playwright-core. Kept out of `npm test` so the main suite needs nothing but Node; `.ci/run`
// installs Chromium and runs both. Files run one at a time: each drives its own browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
