// openapi/sage.yaml must stand on its own: whoever installs the package has no copy of the
// prose it was written from, so no description may send a reader to files or sections of it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { documentPath } from '../../src/node/package-root.ts';

describe('openapi/sage.yaml', () => {
  it('points at no file outside the repository and no section of the prose', async () => {
    const text = await readFile(documentPath('sage'), 'utf8');
    expect(text.match(/api-docs|\.\.\/shared|DESIGN\.md|[\w-]+\.md\b|§\s*\d|\(\d{1,2}\.\d\)/g) ?? []).toEqual([]);
  });
});
