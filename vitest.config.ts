import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Browser tests need Chromium: `npm run test:browser` (vitest.browser.config.ts) runs them;
    // the installed-package tests need the registry: `npm run test:package` (vitest.package.config.ts).
    exclude: [...configDefaults.exclude, 'test/browser/**', 'test/package/**'],
    testTimeout: 20_000,
    globalSetup: ['test/global-setup.ts'],
  },
});
