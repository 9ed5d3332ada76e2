// sage: a seeded development account signs in, a question too short is refused in sage's
// wisdom envelope, a consultation is cast, another is streamed (hexagram, personality, the
// reading rendered chunk by chunk as it arrives, complete), and the history lists both.
import type { components } from '../../src/generated/sage.ts';
import type { Flow, FlowContext } from '../flow.ts';

type Schemas = components['schemas'];

export const sage: Flow = {
  api: 'sage',
  title: 'login → consultation → streamed reading → history',
  async run(ctx: FlowContext) {
    // A development account (README): seeded into every fresh state, tier pro.
    const login = (await ctx.call('POST', '/api/auth/login', { body: { email: 'pro@sage.test', password: 'SageDev2025!' } }))
      .body as Schemas['AuthResponse'];
    const headers = { authorization: `Bearer ${login.data.session.accessToken}` };

    const refused = await ctx.call('POST', '/api/consultation/create', {
      headers,
      body: { question: 'Why?', category: 'career' },
      expect: 400,
    });
    const error = (refused.body as Schemas['Error']).error;
    ctx.check(
      error.code === 'VALIDATION_ERROR' && Array.isArray(error.details) && error.details[0]?.field === 'body.question' && error.wisdom,
      'a question too short is refused in the wisdom envelope, naming the field',
    );

    const created = (
      await ctx.call('POST', '/api/consultation/create', {
        headers,
        body: { question: 'Should I make a career change right now?', category: 'career' },
      })
    ).body as Schemas['ConsultationResponse'];

    // The reading is rendered below the stream's exchange, chunk by chunk as it arrives.
    let reply: HTMLElement | undefined;
    let complete: Schemas['SseComplete'] | undefined;
    const kinds: string[] = [];
    await ctx.stream('POST', '/api/consultation/create-stream', {
      headers,
      body: { question: 'How should I prepare for the move abroad?', category: 'career' },
      onEvent(event, data) {
        kinds.push(event);
        if (event === 'ai-chunk') {
          reply ??= ctx.panel('reply');
          reply.textContent += (data as Schemas['SseAiChunk']).chunk;
        }
        if (event === 'complete') complete = data as Schemas['SseComplete'];
      },
    });
    ctx.check(kinds[0] === 'hexagram' && kinds[1] === 'personality', 'the stream opens with the cast and the personality');
    ctx.check(complete && reply?.textContent, 'the reading streams and completes');

    const history = (await ctx.call('GET', '/api/consultation/history?category=career', { headers })).body as Schemas['HistoryResponse'];
    const ids = history.data.consultations.map((c) => c.id);
    ctx.check(
      ids.includes(created.data.consultation.id) && ids.includes(complete.consultation.id),
      'the history lists the cast and the streamed consultation',
    );
  },
};
