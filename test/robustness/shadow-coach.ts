// shadow-coach: a registered user's bearer JWT. Registering is rate-limited to 5 a minute per
// client address (the prose's authentication limit), so each caller is one register and every
// test asks for at most a few callers per transport. There is no logout and refresh takes the
// access token itself, so there is no revocation or refresh token to test: `bearer` is absent.
import { randomUUID } from 'node:crypto';
import { bearer, type Credentials, type OwnedRequest, type RobustnessFixture, type Send } from './fixture.ts';

async function expect2xx(send: Send, method: string, path: string, headers: Credentials, body?: unknown) {
  const answer = await send(method, path, { headers, body });
  if (answer.status >= 300) throw new Error(`shadow-coach: ${method} ${path} → ${answer.status} ${JSON.stringify(answer.json)}`);
  return answer.json;
}

/** A session with one exchange; its id and the coach's message id. */
async function startSession(send: Send, owner: Credentials) {
  const started = await expect2xx(send, 'POST', '/v1/session/start', owner, { session_type: 'gentle_deep', mood_score: 5 });
  const id: string = started.session_id;
  const said = await expect2xx(send, 'POST', `/v1/session/${id}/message`, owner, { message_text: "I keep thinking I'm not good enough." });
  return { id, messageId: said.assistant_message.message_id as string };
}

/** The last caller registered through each sender: reused when the sign-in limit is spent. */
const lastCaller = new WeakMap<Send, Credentials>();

export const shadowCoachFixture: RobustnessFixture = {
  api: 'shadow-coach',
  async signIn(send) {
    const email = `robust-${randomUUID()}@example.com`;
    const answer = await send('POST', '/v1/auth/register', { body: { email, password: 'robust_pass_1' } });
    // The fuzzer's own register/login requests share the 5-a-minute budget; once it is spent,
    // a long run keeps the caller it already has rather than waiting out the window.
    const previous = lastCaller.get(send);
    if (answer.status === 429 && previous) return previous;
    if (answer.status !== 201) throw new Error(`shadow-coach: register → ${answer.status} ${JSON.stringify(answer.json)}`);
    const credentials = bearer(answer.json.token);
    lastCaller.set(send, credentials);
    return credentials;
  },
  async owned(send, owner) {
    // A live session for the session lifecycle, an ended one for its journal entry, an export.
    const live = await startSession(send, owner);
    const ended = await startSession(send, owner);
    await expect2xx(send, 'POST', `/v1/session/${ended.id}/end`, owner, { rating: 5 });
    const { export_id } = await expect2xx(send, 'POST', '/v1/journal/export', owner, { format: 'json' });
    const session = `/v1/session/${live.id}`;
    const entry = `/v1/journal/entry/${ended.id}`;
    const exported = `/v1/journal/export/${export_id}`;
    const requests: OwnedRequest[] = [
      { method: 'GET', path: entry },
      { method: 'GET', path: exported },
      { method: 'GET', path: `${exported}/download` },
      { method: 'POST', path: `${session}/message`, body: { message_text: 'It started at my new job.' } },
      { method: 'POST', path: `${session}/pause` },
      { method: 'POST', path: `${session}/resume` },
      { method: 'POST', path: `${session}/end`, body: { rating: 4 } },
      { method: 'GET', path: `${session}/summary` },
      { method: 'POST', path: `${entry}/highlight`, body: { message_id: ended.messageId, note: 'This resonated' } },
      { method: 'POST', path: `${entry}/tags`, body: { tags: ['self-worth'] } },
      { method: 'DELETE', path: entry },
    ];
    return requests;
  },
};
