// The page the Playwright example drives (docs/testing.md): it calls /microsite/api/... on its
// own origin, which the dev server proxies to the stubs, and keeps its session as an app does:
// the access token in sessionStorage, or a new session when there is none.
import type { components } from '../../../src/generated/microsite.ts';
import { renderProgress } from './progress.ts';

const TOKEN_KEY = 'microsite.accessToken';

async function accessToken(): Promise<string> {
  const kept = sessionStorage.getItem(TOKEN_KEY);
  if (kept) return kept;
  const tokens = (await (await fetch('/microsite/api/auth/session', { method: 'POST' })).json()) as components['schemas']['TokenPair'];
  sessionStorage.setItem(TOKEN_KEY, tokens.accessToken);
  return tokens.accessToken;
}

const root = document.querySelector<HTMLElement>('#progress');
if (root) await renderProgress(root, await accessToken());
