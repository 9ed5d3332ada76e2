// `contract-stubs lint [--api <id> | --spec <file>...]`: lints every openapi/*.yaml (or the
// user's own documents, YAML or JSON, 3.0 or 3.1, with $refs to other files) with Spectral (the ruleset of
// .spectral.yaml, i.e. spectral:oas) and validates every example against its schema. Exit code
// 1 on any error or warning, so CI fails; 0 when clean. Spectral and openapi-examples-validator
// are optional peer dependencies (optional-tools.ts), loaded only when this command runs.
//
// Who checks which example:
// - media-type `example`/`examples` (requests, responses, parameters): Spectral's
//   oas3-valid-media-example (Ajv, JSON Schema 2020-12 for 3.1 documents) and
//   openapi-examples-validator (which also counts them; it compiles with a draft-04 Ajv and
//   strict: false, so it ignores 2020-only keywords such as `prefixItems` or
//   `unevaluatedProperties`, which Spectral applies);
// - schema `example` and `default`: Spectral's oas3-valid-schema-example (2020-12);
// - schema `examples` (the 3.1 / JSON Schema array keyword), which no Spectral rule reads: here,
//   with the core's own Ajv 2020 compiler, the one that validates requests and answers.
import * as fs from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { ISpectralDiagnostic, Ruleset, Spectral } from '@stoplight/spectral-core';
import { parse } from 'yaml';
import { createSchemaCompiler } from '../../core/ajv.ts';
import { upgradeOpenApi30 } from '../../core/any-document/openapi-30.ts';
import type { JsonSchema, OpenApiDocument } from '../../core/document.ts';
import { requireTool } from '../optional-tools.ts';
import { packageRoot } from '../package-root.ts';
import { loadSpec } from '../spec.ts';
import { parseCommand, usageError } from './args.ts';

const COMMAND = 'lint';
const USAGE = `Usage: contract-stubs lint [--api <id> | --spec <file>...]

Lints every OpenAPI document (openapi/<id>.yaml) with Spectral's spectral:oas ruleset, as
configured in .spectral.yaml, and validates every example against its schema. Exits 1 on
any error or warning.

Options:
  --api <id>     lint only this API's document
  --spec <file>  lint this OpenAPI 3.0/3.1 document instead (YAML or JSON; repeatable), as
                 \`start --spec\` would serve it
  -h, --help   this text
`;

// Spectral's DiagnosticSeverity: 0 error, 1 warning, 2 information, 3 hint.
const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

function fail(message: string): never {
  return usageError(COMMAND, message);
}

function parseCli(argv: string[]) {
  return parseCommand(argv, COMMAND, USAGE, {
    api: { type: 'string' },
    spec: { type: 'string', multiple: true },
    // Not in the usage: lets the tests lint documents outside the package.
    dir: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
}

// Paths as the user reads them: relative to the working directory when below it.
function display(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith(`..${sep}`) || rel === '..' ? file : rel;
}

// ['paths', '/api/x', 'get'] → paths./api/x.get (Spectral's own notation).
function jsonPath(path: ReadonlyArray<string | number>): string {
  return path.length === 0 ? '$' : path.join('.');
}

// openapi-examples-validator's errors are JSON-Schema errors plus a few of its own (parse
// errors, missing files); all carry at least a message.
interface ExampleError {
  type?: string;
  message?: string;
  examplePath?: string;
  instancePath?: string;
  params?: Record<string, unknown>;
}

function exampleLine(error: ExampleError): string {
  const where = error.examplePath || '$';
  const field = error.instancePath ? `${error.instancePath}: ` : '';
  const extra = error.params && 'additionalProperty' in error.params ? ` ("${String(error.params.additionalProperty)}")` : '';
  const message = (error.message ?? error.type ?? 'invalid').split('\n')[0]; // YAML errors quote the source below
  return `  example  ${where}  ${field}${message}${extra}`;
}

// --- schema `examples` -----------------------------------------------------------------------

// The keywords whose values are schemas (JSON Schema 2020-12), by shape.
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_SINGLES = [
  'items',
  'additionalProperties',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

type Path = Array<string | number>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pointer(path: Path): string {
  return path.map((p) => `/${String(p).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** Every schema object in and below `node`, which is a schema. */
function collectSchemas(node: unknown, path: Path, out: Array<{ schema: JsonSchema; path: Path }>): void {
  if (!isObject(node)) return;
  out.push({ schema: node, path });
  for (const key of SCHEMA_MAPS) {
    const map = node[key];
    if (isObject(map)) for (const [name, sub] of Object.entries(map)) collectSchemas(sub, [...path, key, name], out);
  }
  for (const key of SCHEMA_SINGLES) collectSchemas(node[key], [...path, key], out);
  for (const key of SCHEMA_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) for (const [i, sub] of list.entries()) collectSchemas(sub, [...path, key, i], out);
  }
}

/** Every schema of an OpenAPI document: components.schemas and each `schema` of a parameter, header or media type. */
function findSchemas(node: unknown, path: Path, out: Array<{ schema: JsonSchema; path: Path }>): void {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) findSchemas(item, [...path, i], out);
    return;
  }
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    // Example values and extensions are free-form: a `schema` key inside them is data.
    if (key === 'example' || key === 'examples' || key.startsWith('x-')) continue;
    if (key === 'schema') collectSchemas(value, [...path, key], out);
    else if (key === 'schemas' && path.length === 1 && path[0] === 'components' && isObject(value)) {
      for (const [name, schema] of Object.entries(value)) collectSchemas(schema, [...path, key, name], out);
    } else findSchemas(value, [...path, key], out);
  }
}

/** Validates each schema's `examples` array against that schema: how many were checked, and the problems. */
function checkSchemaExamples(text: string, loaded?: OpenApiDocument): { total: number; problems: ExampleError[] } {
  let document: OpenApiDocument;
  try {
    document = loaded ?? (parse(text) as OpenApiDocument);
  } catch {
    return { total: 0, problems: [] }; // Spectral reports the syntax error.
  }
  if (!isObject(document)) return { total: 0, problems: [] };
  // A 3.0 document's schemas are judged as the core reads them (nullable, boolean bounds).
  upgradeOpenApi30(document);
  const schemas: Array<{ schema: JsonSchema; path: Path }> = [];
  findSchemas(document, [], schemas);
  const compiler = createSchemaCompiler(document);
  let total = 0;
  const problems: ExampleError[] = [];
  for (const { schema, path } of schemas) {
    if (!Array.isArray(schema.examples)) continue;
    total += schema.examples.length;
    let validate: ReturnType<typeof compiler.compile>;
    try {
      validate = compiler.compile(schema);
    } catch (error) {
      problems.push({ examplePath: pointer([...path, 'examples']), message: `cannot compile the schema: ${(error as Error).message}` });
      continue;
    }
    schema.examples.forEach((example, i) => {
      if (validate(example)) return;
      for (const e of validate.errors ?? []) {
        problems.push({
          examplePath: pointer([...path, 'examples', i]),
          instancePath: e.instancePath,
          message: e.message,
          params: e.params,
        });
      }
    });
  }
  return { total, problems };
}

// --- per document ------------------------------------------------------------------------------

interface Outcome {
  errors: number;
  warnings: number;
  invalidExamples: number;
}

/** The optional tools, imported once `requireTool` found them. */
async function loadTools() {
  const [core, parsers, bundler, examples] = await Promise.all([
    import('@stoplight/spectral-core'),
    import('@stoplight/spectral-parsers'),
    import('@stoplight/spectral-ruleset-bundler/with-loader'),
    import('openapi-examples-validator'),
  ]);
  return { ...core, parsers: parsers.default, bundleAndLoadRuleset: bundler.bundleAndLoadRuleset, validateFile: examples.validateFile };
}
type Tools = Awaited<ReturnType<typeof loadTools>>;

async function lintDocument(
  file: string,
  spectral: Spectral,
  { Document, parsers, validateFile }: Tools,
  loaded?: OpenApiDocument,
): Promise<Outcome> {
  const text = await readFile(file, 'utf8');
  const diagnostics: ISpectralDiagnostic[] = await spectral.run(new Document(text, parsers.Yaml, file));
  diagnostics.sort((a, b) => a.severity - b.severity || a.range.start.line - b.range.start.line);
  const examples = await validateFile(file);
  const inSchemas = checkSchemaExamples(text, loaded);
  // openapi-examples-validator compiles with a JSON Schema draft-04 Ajv, whose meta-schema
  // rejects valid 3.1 schemas (a numeric `exclusiveMinimum`, say): it then reports "schema is
  // invalid" for each of their examples. Those examples are still validated by Spectral's
  // oas3-valid-media-example (2020-12) and the schema itself by oas3-schema, so such reports are
  // notes, not failures.
  const validatorErrors = examples.errors as unknown as ExampleError[];
  const draft4Only = (e: ExampleError) => e.type === 'Validation' && !e.instancePath && /^schema is invalid: /.test(e.message ?? '');
  const skipped = validatorErrors.filter(draft4Only);
  const exampleErrors = [...validatorErrors.filter((e) => !draft4Only(e)), ...inSchemas.problems];

  const count = (severity: number) => diagnostics.filter((d) => d.severity === severity).length;
  const outcome = { errors: count(0), warnings: count(1), invalidExamples: exampleErrors.length };
  const total = (examples.statistics?.examplesTotal ?? 0) + inSchemas.total;
  const others = diagnostics.length - outcome.errors - outcome.warnings;
  const summary = [
    `spectral ${outcome.errors} error${outcome.errors === 1 ? '' : 's'}, ${outcome.warnings} warning${outcome.warnings === 1 ? '' : 's'}`,
    ...(others > 0 ? [`${others} info/hint${others === 1 ? '' : 's'}`] : []),
  ].join(', ');
  const exampleSummary =
    exampleErrors.length === 0 ? `${total} examples valid` : `${total} examples, ${exampleErrors.length} problem(s) with examples`;
  console.log(`${display(file)}: ${summary}; ${exampleSummary}`);

  for (const d of diagnostics) {
    const severity = SEVERITY[d.severity] ?? 'error';
    console.log(`  ${severity}  ${d.code}  ${jsonPath(d.path)}  ${d.message}  (line ${d.range.start.line + 1})`);
  }
  for (const error of exampleErrors) console.log(exampleLine(error));
  const skippedByMessage = new Map<string, number>();
  for (const e of skipped) skippedByMessage.set(e.message ?? '', (skippedByMessage.get(e.message ?? '') ?? 0) + 1);
  for (const [message, n] of skippedByMessage) {
    console.log(
      `  note  openapi-examples-validator (draft-04) skipped ${n} example(s), ${message}; Spectral's oas3-valid-media-example checked them`,
    );
  }
  const withoutSchema = examples.statistics?.examplesWithoutSchema ?? 0;
  if (withoutSchema > 0) {
    // Not a failure: the validator has nothing to check them against, which Spectral reports if it matters.
    console.log(`  note  ${withoutSchema} example(s) without a schema to validate them against`);
  }
  return outcome;
}

// The rules that validate examples: without them this command would pass broken examples.
const REQUIRED_RULES = ['oas3-valid-media-example', 'oas3-valid-schema-example'];

async function loadRuleset(root: string, { bundleAndLoadRuleset }: Tools): Promise<Ruleset> {
  const file = join(root, '.spectral.yaml');
  if (!fs.existsSync(file)) throw new Error(`no Spectral ruleset at ${file}`);
  const ruleset = await bundleAndLoadRuleset(file, { fs, fetch });
  const off = REQUIRED_RULES.filter((name) => !ruleset.rules[name]?.enabled);
  if (off.length > 0) throw new Error(`${display(file)} turns off ${off.join(', ')}, which lint relies on to validate examples`);
  return ruleset;
}

export async function run(argv: string[]): Promise<void> {
  const values = parseCli(argv);

  const root = packageRoot();
  const dir = values.dir === undefined ? join(root, 'openapi') : resolve(values.dir);
  const names = (await readdir(dir).catch(() => fail(`cannot read the documents folder ${display(dir)}`)))
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  const ids = names.map((f) => basename(f, '.yaml'));
  if (values.api !== undefined && !ids.includes(values.api)) fail(`unknown API "${values.api}" (known: ${ids.join(', ') || 'none'})`);
  const files = (values.api === undefined ? names : [`${values.api}.yaml`]).map((f) => join(dir, f));
  if (files.length === 0) fail(`no OpenAPI documents (*.yaml) in ${display(dir)}`);

  requireTool(COMMAND);
  const tools = await loadTools();
  if (values.spec) return lintSpecs(values.spec, await loadRuleset(root, tools), tools);
  const spectral = new tools.Spectral();
  spectral.setRuleset(await loadRuleset(root, tools));

  let errors = 0;
  let warnings = 0;
  let invalidExamples = 0;
  for (const file of files) {
    const outcome = await lintDocument(file, spectral, tools);
    errors += outcome.errors;
    warnings += outcome.warnings;
    invalidExamples += outcome.invalidExamples;
  }
  if (errors + warnings + invalidExamples > 0) {
    console.error(
      `\nlint failed: ${errors} error(s), ${warnings} warning(s), ${invalidExamples} example problem(s) in ${files.length} document(s)`,
    );
    process.exit(1);
  }
}

/** `--spec`: the user's own documents, each loaded (and bundled) as `start --spec` loads it. */
async function lintSpecs(files: string[], ruleset: Ruleset, tools: Tools): Promise<void> {
  const spectral = new tools.Spectral();
  spectral.setRuleset(ruleset);
  let failures = 0;
  for (const file of files) {
    let loaded: Awaited<ReturnType<typeof loadSpec>>;
    try {
      loaded = await loadSpec(file);
    } catch (error) {
      console.log(`${display(resolve(file))}: ${(error as Error).message}`);
      failures++;
      continue;
    }
    const outcome = await lintDocument(loaded.file, spectral, tools, loaded.document);
    failures += outcome.errors + outcome.warnings + outcome.invalidExamples;
  }
  if (failures > 0) {
    console.error(`\nlint failed: ${failures} problem(s) in ${files.length} document(s)`);
    process.exit(1);
  }
}
