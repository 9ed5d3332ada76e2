// ally: the session cookie set by the first chat, a reply streamed and rendered as it arrives,
// the reply saved and read back with the same cookie, and a 400 in ally's own envelope.
import type { components } from '../../src/generated/ally.ts';
import type { Flow, FlowContext } from '../flow.ts';

type Schemas = components['schemas'];

export const ally: Flow = {
  api: 'ally',
  title: 'chat → streamed reply → saved → read back',
  async run(ctx: FlowContext) {
    await ctx.call('GET', '/api/ping');
    // The browser keeps the HTTP-only session cookie; every later call sends it.
    const chat = (await ctx.call('POST', '/api/chats', { body: { prompt: 'Create Phishing Awareness Training' } }))
      .body as Schemas['ChatWithMessages'];

    // The reply is rendered below the stream's exchange, piece by piece as it arrives.
    let reply: HTMLElement | undefined;
    let replyId = '';
    const streamed = await ctx.stream('POST', `/api/chats/${chat.id}`, {
      body: { model: 'gpt-oss-120b', messages: [{ role: 'user', content: 'How do I spot phishing?' }] },
      onEvent(event, data) {
        const { id, delta } = data as { id: string; delta?: string };
        if (event === 'text-start') {
          replyId = id;
          reply = ctx.panel('reply');
        }
        if (event === 'text-delta' && reply) reply.textContent += delta ?? '';
      },
    });
    ctx.check(streamed.headers.get('content-type')?.startsWith('text/event-stream'), 'the reply is an event stream');
    const text = reply?.textContent ?? '';
    ctx.check(text, 'the reply has text');

    await ctx.call('POST', `/api/chats/${chat.id}/messages`, { body: { id: replyId, role: 'assistant', content: text } });
    const saved = (await ctx.call('GET', `/api/chats/${chat.id}`)).body as Schemas['ChatWithMessages'];
    ctx.check(
      saved.messages.some((m) => m.id === replyId && m.content === text),
      'the saved reply is read back with the session cookie',
    );
    const list = (await ctx.call('GET', '/api/chats')).body as Schemas['Chat'][];
    ctx.check(
      list.some((c) => c.id === chat.id),
      'the session lists its chat',
    );

    const refused = await ctx.call('POST', '/api/chats', { body: {}, expect: 400 });
    ctx.check(
      JSON.stringify(refused.body) === JSON.stringify({ statusCode: 400, statusMessage: 'body.prompt: is required' }),
      'a chat without a prompt is refused in the envelope, naming the field',
    );
  },
};
