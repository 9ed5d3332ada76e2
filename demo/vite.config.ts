// `npm run demo`: the demo page on http://127.0.0.1:5173, its worker script in public/
// (written by `msw init`, see demo/README.md).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173 },
  // Pre-bundle up front: a dependency discovered mid-run would make Vite reload the page.
  optimizeDeps: { include: ['msw', 'msw/browser', '@faker-js/faker', 'ajv', 'ajv-formats', 'jose', 'cookie', 'eventsource-parser'] },
  build: { target: 'es2023' },
});
