// shadow-coach: an account and its bearer token, a session started, a message answered, the
// next reply streamed from `/conversation/stream` and rendered as it arrives, the session ended,
// and a bad registration refused in shadow-coach's own envelope.
import type { components } from '../../src/generated/shadow-coach.ts';
import type { Flow, FlowContext } from '../flow.ts';

type Schemas = components['schemas'];

export const shadowCoach: Flow = {
  api: 'shadow-coach',
  title: 'register → session → message → streamed reply → end',
  async run(ctx: FlowContext) {
    const refused = await ctx.call('POST', '/v1/auth/register', {
      body: { email: 'not-an-email', password: 'secure_password_123' },
      expect: 400,
    });
    const error = (refused.body as Schemas['Error']).error;
    ctx.check(
      error.code === 'VALIDATION_INVALID_FORMAT' && error.details.field === 'body.email',
      'a bad email is refused in the envelope, naming the field',
    );

    // A fresh address each run: an email registers once, and the page may run the flow again.
    const email = `coach-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const account = (await ctx.call('POST', '/v1/auth/register', { body: { email, password: 'secure_password_123' } }))
      .body as Schemas['AuthResponse'];
    const headers = { authorization: `Bearer ${account.token}` };

    const session = (
      await ctx.call('POST', '/v1/session/start', {
        headers,
        body: { session_type: 'gentle_deep', mood_score: 5, initial_message: 'I have been anxious about work.' },
      })
    ).body as Schemas['StartSessionResponse'];
    const id = session.session_id;
    await ctx.call('POST', `/v1/session/${id}/message`, { headers, body: { message_text: 'I keep thinking I am not good enough.' } });

    // The reply is rendered below the stream's exchange, chunk by chunk as it arrives.
    let reply: HTMLElement | undefined;
    let complete: Schemas['StreamComplete'] | undefined;
    await ctx.stream('POST', '/v1/conversation/stream', {
      headers,
      body: { session_id: id, message_text: 'It started at school.' },
      onEvent(event, data) {
        if (event === 'chunk') {
          reply ??= ctx.panel('reply');
          reply.textContent += (data as Schemas['StreamChunk']).text;
        }
        if (event === 'complete') complete = data as Schemas['StreamComplete'];
      },
    });
    ctx.check(complete, 'the stream ends with a complete event');
    ctx.check(reply?.textContent === complete.assistant_message.text, 'the chunks add up to the reply');

    const ended = (await ctx.call('POST', `/v1/session/${id}/end`, { headers, body: { rating: 5 } })).body as Schemas['EndSessionResponse'];
    ctx.check(ended.session_state === 'completed', 'the session is completed');
  },
};
