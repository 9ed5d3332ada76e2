// Regenerates src/generated/<api>.ts (openapi-typescript) and src/generated/<api>.document.ts
// (the document as a module, so browsers and handlers load it without a file system) from
// every openapi/*.yaml. With --check, writes nothing and fails if either has drifted.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');
const header = (source: string) => `// Generated from ${source} by \`npm run types\`. Do not edit; CI fails when it drifts.\n`;

async function outputsFor(file: string): Promise<Array<[string, string]>> {
  const id = basename(file, '.yaml');
  const source = `openapi/${id}.yaml`;
  const text = await readFile(join(root, source), 'utf8');
  const document = parse(text) as Record<string, unknown>;
  const ast = await openapiTS(text, { exportType: false });
  const types = header(source) + astToString(ast);
  const documentModule =
    header(source) +
    "import type { OpenApiDocument } from '../core/document.ts';\n\n" +
    `export const document: OpenApiDocument = ${JSON.stringify(document, null, 2)};\n`;
  return [
    [`src/generated/${id}.ts`, types],
    [`src/generated/${id}.document.ts`, documentModule],
  ];
}

const sources = (await readdir(join(root, 'openapi'))).filter((f) => f.endsWith('.yaml')).sort();
const drifted: string[] = [];
for (const file of sources) {
  for (const [target, content] of await outputsFor(file)) {
    const current = await readFile(join(root, target), 'utf8').catch(() => null);
    if (current === content) continue;
    if (check) drifted.push(target);
    else {
      await writeFile(join(root, target), content);
      console.log(`wrote ${target}`);
    }
  }
}
if (drifted.length > 0) {
  console.error(`Generated files are out of date with openapi/*.yaml: ${drifted.join(', ')}\nRun \`npm run types\` and commit the result.`);
  process.exit(1);
}
if (check) console.log(`generated types are current for ${sources.length} document(s)`);
