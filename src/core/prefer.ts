// Client controls, read exactly as Prism reads them: the `Prefer` header
// (`code=404, example=notFound, dynamic=true, seed=42`), or, only when no Prefer header is
// sent, the `__code` / `__example` / `__dynamic` / `__seed` query parameters. `delay=<ms>` and
// `fault=<kind>` (`__delay`, `__fault`) are ours: kept as sent, for the network stage to judge
// (a bad one is refused with a 400, not ignored).

export interface Preferences {
  code?: number;
  example?: string;
  dynamic?: boolean;
  seed?: number;
  delay?: string;
  fault?: string;
}

export const CONTROL_QUERY_PARAMS = ['__code', '__example', '__dynamic', '__seed', '__delay', '__fault'] as const;

export function parsePreferHeader(header: string): Preferences {
  const prefs: Preferences = {};
  for (const part of header.split(/[,;]/)) {
    const [rawKey, ...rest] = part.split('=');
    const key = rawKey?.trim().toLowerCase();
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (!key) continue;
    if (key === 'code' && /^[1-5]\d\d$/.test(value)) prefs.code = Number(value);
    else if (key === 'example' && value) prefs.example = value;
    else if (key === 'dynamic') prefs.dynamic = value === '' || value === 'true';
    else if (key === 'seed' && /^-?\d+$/.test(value)) prefs.seed = Number(value);
    else if (key === 'delay') prefs.delay = value;
    else if (key === 'fault') prefs.fault = value;
  }
  return prefs;
}

export function readPreferences(headers: Headers, query: URLSearchParams): Preferences {
  return preferencesFrom(headers.get('prefer') ?? undefined, query);
}

/** As `readPreferences`, from the `Prefer` header's value (undefined when absent). */
export function preferencesFrom(header: string | undefined, query: URLSearchParams): Preferences {
  if (header !== undefined) return parsePreferHeader(header);
  const prefs: Preferences = {};
  const code = query.get('__code');
  const example = query.get('__example');
  const dynamic = query.get('__dynamic');
  const seed = query.get('__seed');
  if (code && /^[1-5]\d\d$/.test(code)) prefs.code = Number(code);
  if (example) prefs.example = example;
  if (dynamic !== null) prefs.dynamic = dynamic === '' || dynamic === 'true';
  if (seed && /^-?\d+$/.test(seed)) prefs.seed = Number(seed);
  const delay = query.get('__delay');
  const fault = query.get('__fault');
  if (delay !== null) prefs.delay = delay;
  if (fault !== null) prefs.fault = fault;
  return prefs;
}

/** True when the client asked for a document-driven answer instead of the stateful handler. */
export function isForced(prefs: Preferences): boolean {
  return prefs.code !== undefined || prefs.example !== undefined || prefs.dynamic === true;
}
