// Summarises V8 .cpuprofile files (from `node --cpu-prof`) into a markdown table of the top
// functions by self time, and the top files (package or source file) by self time.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
}

/** This checkout's root, whatever its directory is called. */
const ROOT = new URL('..', import.meta.url).href;

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  if (url.startsWith(ROOT)) return url.slice(ROOT.length);
  const root = url.indexOf('/contract-stubs/');
  return root >= 0 ? url.slice(root + 16) : url.replace(/^file:\/\//, '');
}

function fileGroup(url: string): string {
  const short = shortUrl(url);
  if (!short) return '(native / V8)';
  const pkg = /^((?:@[^/]+\/)?[^/]+)\//.exec(short);
  if (url.includes('/node_modules/') && pkg?.[1]) return pkg[1];
  return short;
}

export function summariseProfile(files: string[], top = 25): string {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const file of files.filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      total += hits;
      const { functionName, url, lineNumber } = node.callFrame;
      const key = `${functionName || '(anonymous)'} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`.trim();
      byFunction.set(key, (byFunction.get(key) ?? 0) + hits);
      const group = url ? fileGroup(url) : functionName.startsWith('(') ? functionName : '(native / V8)';
      byFile.set(group, (byFile.get(group) ?? 0) + hits);
    }
  }
  if (total === 0) return '(no profile samples)';
  const pct = (n: number) => `${((n / total) * 100).toFixed(1)} %`;
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    '| self time | function |',
    '| --: | --- |',
    ...rank(byFunction).map(([k, n]) => `| ${pct(n)} | \`${k}\` |`),
    '',
    '| self time | package / file |',
    '| --: | --- |',
    ...rank(byFile).map(([k, n]) => `| ${pct(n)} | \`${k}\` |`),
  ].join('\n');
}

// node scripts/bench-profile.ts <file.cpuprofile>...
if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(`${summariseProfile(process.argv.slice(2), 40)}\n`);
