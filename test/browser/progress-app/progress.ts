// The screen both pages render: microsite progress (points, the call's lock) and a goal form,
// calling the API as an app does, with its session's bearer token.
import type { components } from '../../../src/generated/microsite.ts';

type Schemas = components['schemas'];

function part(root: HTMLElement, id: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  if (!found) throw new Error(`no [data-testid="${id}"] in the page`);
  return found;
}

export async function renderProgress(root: HTMLElement, token: string, api = '/microsite/api'): Promise<void> {
  const auth = { authorization: `Bearer ${token}` };
  const response = await fetch(`${api}/progress`, { headers: auth });
  const progress = (await response.json()) as Schemas['Progress'];
  part(root, 'points').textContent = `${progress.pointsTotal} points`;
  part(root, 'call').textContent = progress.callUnlocked ? 'Call unlocked' : 'Call locked';
  const form = root.querySelector('form');
  form?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = String(new FormData(form).get('goal') ?? '');
    const saved = await fetch(`${api}/goal`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ input }),
    });
    const goal = (await saved.json()) as Schemas['GoalResponse'];
    part(root, 'goal').textContent = saved.ok ? `Goal: ${goal.goal.raw}` : `Refused (${saved.status})`;
  });
  root.dataset.state = 'ready';
}
