// `npm run test:package`: packs the package, installs the tarball into a fresh project and uses it
// there (test/package/). Kept out of `npm test`, which needs nothing but this checkout: this one
// needs the npm registry (or npm's cache after an `npm install` here) and takes a few minutes.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    exclude: ['test/package/consumer/**'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
  },
});
