// `contract-stubs lint` as CI runs it: a real process, its output and its exit code.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../support/cli.ts';

const OPENAPI = new URL('../../openapi/', import.meta.url).pathname;
const temps: string[] = [];

afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

const lint = (args: string[]) => runCli(['lint', ...args]);

// Linting every document is a few seconds of CPU per document (Spectral and every example);
// on a loaded CI machine the whole run can take half a minute or more as APIs are added.
const ALL_DOCUMENTS_TIMEOUT_MS = 90_000;

describe('contract-stubs lint', () => {
  it(
    'passes the real documents with a summary line per document',
    async () => {
      const ids = (await readdir(OPENAPI)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
      const { code, output } = await lint([]);
      expect(output).not.toMatch(/^ {2}(error|warning|example) /m);
      expect(code).toBe(0);
      for (const id of ids) {
        expect(output).toMatch(new RegExp(`openapi/${id}\\.yaml: spectral 0 errors, 0 warnings; \\d+ examples valid`));
      }
    },
    ALL_DOCUMENTS_TIMEOUT_MS,
  );

  it('fails with exit 1 and names every problem of a broken document', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'contract-stubs-lint-'));
    temps.push(dir);
    const [first] = (await readdir(OPENAPI)).filter((f) => f.endsWith('.yaml')).sort();
    if (!first) throw new Error('no document in openapi/');
    const document = parse(await readFile(join(OPENAPI, first), 'utf8'));
    // A path whose {id} no operation declares, two operations sharing one operationId, a
    // response example that contradicts its schema, and schema `example`/`examples` that
    // contradict their own schema.
    const broken = (method: string) => ({
      operationId: 'lintTestDuplicate',
      summary: 'Broken on purpose',
      description: 'Broken on purpose.',
      tags: document.tags?.[0]?.name ? [document.tags[0].name] : undefined,
      responses: {
        '200': {
          description: 'Broken on purpose.',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['count'],
                properties: {
                  count: { type: 'integer', examples: [7, 'not-a-schema-examples-number'] },
                  label: { type: 'string', example: 42 },
                },
              },
              examples: { brokenExample: { value: { count: `not-a-number-${method}` } } },
            },
          },
        },
      },
    });
    document.paths['/lint-test/{id}'] = { get: broken('get'), put: broken('put') };
    await writeFile(join(dir, 'broken.yaml'), stringify(document));

    const { code, output } = await lint(['--dir', dir]);
    expect(code).toBe(1);
    expect(output).toMatch(/broken\.yaml: spectral [1-9]\d* errors?, \d+ warnings?; \d+ examples, 4 problem/);
    // Spectral: the duplicated operationId, the undeclared path parameter, the media example,
    // the schema `example`.
    const op = (method: string) => `paths\\./lint-test/\\{id\\}\\.${method}`;
    expect(output).toMatch(new RegExp(`^  error  operation-operationId-unique  ${op('put')}\\.operationId  `, 'm'));
    expect(output).toMatch(new RegExp(`^  error  path-params  ${op('get')}  `, 'm'));
    expect(output).toMatch(new RegExp(`^  error  oas3-valid-media-example  ${op('get')}\\..*brokenExample\\.value\\.count  `, 'm'));
    expect(output).toMatch(new RegExp(`^  error  oas3-valid-schema-example  ${op('get')}\\..*properties\\.label\\.example  `, 'm'));
    // openapi-examples-validator: the response example; lint itself: the schema `examples` array.
    for (const method of ['get', 'put']) {
      const at = `/paths/~1lint-test~1\\{id\\}/${method}/responses/200/content/application~1json`;
      expect(output).toMatch(new RegExp(`^  example  ${at}/examples/brokenExample/value  /count: must be integer$`, 'm'));
      expect(output).toMatch(new RegExp(`^  example  ${at}/schema/properties/count/examples/1  must be integer$`, 'm'));
    }
    expect(output).not.toMatch(/count\/examples\/0/);
    expect(output).toContain('lint failed:');
  });

  it('passes a clean 3.1 document whose schemas draft-04 tools reject (numeric exclusiveMinimum)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'contract-stubs-lint-'));
    temps.push(dir);
    const schema = {
      type: 'object',
      additionalProperties: false,
      required: ['n'],
      properties: { n: { type: 'integer', exclusiveMinimum: 0 } },
    };
    const document = {
      openapi: '3.1.0',
      info: { title: 'Counts', version: '1.0.0', description: 'Counts.', contact: { name: 'contract-stubs maintainers' } },
      servers: [{ url: 'https://example.com' }],
      tags: [{ name: 'counts', description: 'Counts.' }],
      paths: {
        '/count': {
          get: {
            operationId: 'getCount',
            description: 'The count.',
            tags: ['counts'],
            responses: {
              '200': {
                description: 'The count.',
                content: { 'application/json': { schema: { ...schema, examples: [{ n: 2 }] }, examples: { one: { value: { n: 1 } } } } },
              },
            },
          },
        },
      },
    };
    await writeFile(join(dir, 'counts.yaml'), stringify(document));
    await writeFile(join(dir, 'other.yaml'), 'not: an OpenAPI document\n');

    const { code, output } = await lint(['--dir', dir, '--api', 'counts']);
    expect(output).toMatch(/counts\.yaml: spectral 0 errors, 0 warnings; 2 examples valid/);
    expect(output).toContain('note  openapi-examples-validator (draft-04) skipped 1 example(s)');
    expect(output).not.toContain('other.yaml');
    expect(code).toBe(0);
  });

  it('refuses an unknown API with exit code 2', async () => {
    const { code, output } = await lint(['--api', 'nope']);
    expect(code).toBe(2);
    expect(output).toContain('unknown API "nope"');
    expect(output).toContain('See `contract-stubs lint --help` for its options.');
    expect(output).not.toContain('Usage:');
  });
});
