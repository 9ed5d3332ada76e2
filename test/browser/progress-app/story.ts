// The Storybook-style page (docs/testing.md): no server, the MSW worker answers in the page,
// and the "story" (`?scenario=<api>:<name>`) is loaded into it before the screen renders.
import { setupWorker } from 'msw/browser';
import { apis } from '../../../handlers/index.ts';
import { createMswStubs } from '../../../src/msw/index.ts';
import { renderProgress } from './progress.ts';

const { handlers, stubs } = createMswStubs(apis);
await setupWorker(...handlers).start({ quiet: true, onUnhandledFrame: 'bypass' });
// What a story's loader does: a clean world, then the story's scenario.
stubs.reset();
const [api = '', name = ''] = (new URLSearchParams(location.search).get('scenario') ?? 'microsite:call-unlocked').split(':');
const user = await stubs.scenario(api, name);
const root = document.querySelector<HTMLElement>('#progress');
// The page's interaction tests read the journal of the worker's stubs.
Object.assign(window, { stubs });
if (root) await renderProgress(root, String(user.accessToken));
