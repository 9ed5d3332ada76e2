// docs/scenario-catalogue.md lists every scenario with its description, word for word, so the
// page cannot drift from the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apis } from '../../handlers/index.ts';

const page = readFileSync(new URL('../../docs/scenario-catalogue.md', import.meta.url), 'utf8');
const rows = new Set(
  page
    .split('\n')
    .filter((line) => line.startsWith('| ') && line.includes('`'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim().replaceAll('`', ''))
        .join(' | '),
    ),
);

describe('docs/scenario-catalogue.md', () => {
  it.each(apis.flatMap((api) => (api.scenarios ?? []).map((s) => [api.id, s.name, s.description] as const)))(
    'lists %s %s',
    (api, name, description) => {
      expect(rows).toContain(`${api} | ${name} | ${description}`);
    },
  );

  it('lists no scenario the code lacks', () => {
    const known = new Set(apis.flatMap((api) => (api.scenarios ?? []).map((s) => `${api.id} | ${s.name}`)));
    const catalogue = [...rows].filter((row) => row.split(' | ').length === 3).map((row) => row.split(' | ').slice(0, 2).join(' | '));
    expect(catalogue.filter((row) => !row.startsWith('api |') && !known.has(row))).toEqual([]);
  });
});
