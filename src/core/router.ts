// Matches a method and a path (relative to the API's mount) to a documented operation.
import type { Operation } from './document.ts';

export type RouteMatch =
  | {
      kind: 'found';
      operation: Operation;
      params: Record<string, string>;
      /** Path parameters whose percent-encoding does not decode (`%zz`, invalid UTF-8), left raw in `params`. */
      undecodable: string[];
    }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

interface CompiledPath {
  path: string;
  pattern: RegExp;
  names: string[];
  literalSegments: number;
  byMethod: Map<string, Operation>;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile(path: string): Omit<CompiledPath, 'byMethod'> {
  const names: string[] = [];
  let literalSegments = 0;
  const source = path
    .split('/')
    .map((segment) => {
      const parts = segment.split(/(\{[^}]+\})/).filter(Boolean);
      if (parts.every((p) => !p.startsWith('{'))) literalSegments++;
      return parts
        .map((part) => {
          if (!part.startsWith('{')) return escapeRegExp(part);
          names.push(part.slice(1, -1));
          return '([^/]+)';
        })
        .join('');
    })
    .join('/');
  return { path, pattern: new RegExp(`^${source}/?$`), names, literalSegments };
}

export function createRouter(operations: Operation[]) {
  const byPath = new Map<string, CompiledPath>();
  for (const operation of operations) {
    let entry = byPath.get(operation.path);
    if (!entry) {
      entry = { ...compile(operation.path), byMethod: new Map() };
      byPath.set(operation.path, entry);
    }
    entry.byMethod.set(operation.method.toUpperCase(), operation);
  }
  // Literal segments win over templated ones: `/chats/search` before `/chats/{id}`.
  const compiled = [...byPath.values()].sort((a, b) => b.literalSegments - a.literalSegments);
  // A path without parameters is found without scanning: no other path can match its exact
  // text before it (a templated one has fewer literal segments, a longer one more segments).
  const literal = new Map(compiled.filter((entry) => entry.names.length === 0).map((entry) => [entry.path, entry]));

  return function match(method: string, pathname: string): RouteMatch {
    const wanted = method.toUpperCase();
    const exact = literal.get(pathname);
    const exactOperation = exact?.byMethod.get(wanted) ?? (wanted === 'HEAD' ? exact?.byMethod.get('GET') : undefined);
    // Otherwise the scan below, which also collects the methods a 405 lists.
    if (exactOperation) return { kind: 'found', operation: exactOperation, params: {}, undecodable: [] };
    const allow = new Set<string>();
    for (const entry of compiled) {
      const found = entry.pattern.exec(pathname);
      if (!found) continue;
      // HEAD is answered as GET where only GET is documented.
      const operation = entry.byMethod.get(wanted) ?? (wanted === 'HEAD' ? entry.byMethod.get('GET') : undefined);
      if (!operation) {
        // A later, templated path may still take this method (`DELETE /chats/{id}`).
        for (const m of entry.byMethod.keys()) allow.add(m);
        continue;
      }
      const params: Record<string, string> = {};
      const undecodable: string[] = [];
      entry.names.forEach((name, i) => {
        const raw = found[i + 1] ?? '';
        try {
          params[name] = decodeURIComponent(raw);
        } catch {
          params[name] = raw;
          undecodable.push(name);
        }
      });
      return { kind: 'found', operation, params, undecodable };
    }
    return allow.size > 0 ? { kind: 'method-not-allowed', allow: [...allow] } : { kind: 'not-found' };
  };
}
