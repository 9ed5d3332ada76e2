// Documents and docs stand on their own: whoever installs or clones the project has only what
// is in it, so no OpenAPI description, README or docs page points at a file outside the
// repository (the prose API descriptions and design notes the documents were written from).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
// Also a section number of the prose (`§ 13.2`), which no reader has.
const OUTSIDE = /\.\.\/shared|api-docs\/|\bDESIGN\.md\b|§\s*\d/;
const DOCUMENTS = ['microsite', 'ally', 'scorecard', 'shadow-coach', 'sage'].map((api) => `openapi/${api}.yaml`);
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'dist', 'test-output']);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_FOLDERS.has(entry.name) ? [] : markdownFiles(join(dir, entry.name));
    return entry.name.endsWith('.md') ? [relative(ROOT, join(dir, entry.name))] : [];
  });
}

it.each([...DOCUMENTS, ...markdownFiles(ROOT)])('%s names no file outside the repository', (file) => {
  const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
  const offending = lines.map((line, i) => `${i + 1}: ${line.trim()}`).filter((line) => OUTSIDE.test(line));
  expect(offending).toEqual([]);
});
