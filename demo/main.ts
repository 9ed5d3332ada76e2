// The demo page: starts the MSW worker with every mounted API (the same handlers and documents
// as the server), then shows one panel per flow in demo/flows/, each runnable on its own.
import { setupWorker } from 'msw/browser';
import { apis } from '../handlers/index.ts';
import { createMswStubs } from '../src/msw/index.ts';
import { createFlowContext, type Flow } from './flow.ts';
import { flows } from './flows/index.ts';

// No `origin`: the worker answers `/<api>/...` on this page's own origin, and `ws.link`
// answers `/sage/ws` on any origin. Streams are paced as `npm start` paces them, so they
// visibly arrive in pieces; sage's periodic WebSocket push comes every second rather than
// every minute (`?socketPushMs=<ms>` changes it; the browser tests make it shorter).
const requestedPushMs = Number(new URLSearchParams(location.search).get('socketPushMs'));
const socketPushMs = Number.isFinite(requestedPushMs) && requestedPushMs > 0 ? requestedPushMs : 1000;
const { handlers } = createMswStubs(apis, { streamDelayMs: 30, socketPushMs });
const worker = setupWorker(...handlers);

const status = document.querySelector<HTMLElement>('#worker');
const runAll = document.querySelector<HTMLButtonElement>('#run-all');
const container = document.querySelector<HTMLElement>('#flows');

function panelFor(flow: Flow): () => Promise<void> {
  const section = document.createElement('section');
  section.dataset.flow = flow.api;
  section.dataset.state = 'idle';
  const heading = document.createElement('h2');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Run';
  const state = document.createElement('span');
  state.className = 'state';
  heading.append(`${flow.api}: ${flow.title}`, button, state);
  const log = document.createElement('div');
  log.className = 'log';
  section.append(heading, log);
  container?.append(section);

  const run = async () => {
    log.replaceChildren();
    section.dataset.state = 'running';
    state.textContent = 'running…';
    button.disabled = true;
    try {
      await flow.run(createFlowContext(flow.api, log));
      section.dataset.state = 'passed';
      state.textContent = 'passed';
    } catch (error) {
      section.dataset.state = 'failed';
      state.textContent = 'failed';
      const message = document.createElement('p');
      message.className = 'error';
      message.textContent = error instanceof Error ? error.message : String(error);
      log.append(message);
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', run);
  return run;
}

const runners = flows.map(panelFor);
runAll?.addEventListener('click', async () => {
  for (const run of runners) await run();
});

try {
  await worker.start({ quiet: true, onUnhandledFrame: 'bypass' });
  if (status) {
    status.dataset.state = 'active';
    status.textContent = `MSW worker active: ${apis.map((a) => a.id).join(', ')}`;
  }
  if (runAll) runAll.disabled = false;
} catch (error) {
  if (status) {
    status.dataset.state = 'failed';
    status.textContent = `The MSW worker did not start: ${error instanceof Error ? error.message : String(error)} (run \`npm run demo\`, which writes public/mockServiceWorker.js)`;
  }
}
