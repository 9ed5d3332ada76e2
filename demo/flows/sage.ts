// sage: a seeded development account signs in, a question too short is refused in sage's
// wisdom envelope, a consultation is cast, another is streamed (hexagram, personality, the
// reading rendered chunk by chunk as it arrives, complete), and the history lists both. Then
// the `/sage/ws` channel in the page: ping/pong, auth, subscribe, today's guidance pushed at
// once and a periodic push after it; a forged token is refused and closed with 4401.
import type { components } from '../../src/generated/sage.ts';
import type { Flow, FlowContext } from '../flow.ts';

type Schemas = components['schemas'];

export const sage: Flow = {
  api: 'sage',
  title: 'login → consultation → streamed reading → history → WebSocket push',
  async run(ctx: FlowContext) {
    // A development account (docs/apis/sage.md): seeded into every fresh state, tier pro.
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

    // The WebSocket channel, answered in the page by MSW's ws.link.
    const daily = (await ctx.call('GET', '/api/guidance/daily', { headers })).body as Schemas['DailyGuidanceResponse'];
    const socket = await ctx.socket('/ws');
    // Closed whatever happens, so a failed check leaves no socket pushing in the page.
    try {
      socket.send({ type: 'ping' });
      await socket.next('pong');
      socket.send({ type: 'auth', token: login.data.session.accessToken });
      const authenticated = await socket.next('authenticated');
      ctx.check(
        (authenticated.data as { userId?: unknown }).userId === login.data.user.id,
        'the socket authenticates as the signed-in user',
      );
      socket.send({ type: 'subscribe', channels: ['guidance'] });
      await socket.next('subscribed');
      const todays = (await socket.next('proactive_guidance')).data as { guidance: { hexagram: number; priority: string } };
      ctx.check(
        todays.guidance.hexagram === daily.data.guidance.hexagram.number && todays.guidance.priority === 'medium',
        "today's guidance is pushed at once on subscribing",
      );
      const periodic = (await socket.next('proactive_guidance')).data as { guidance: { priority: string } };
      ctx.check(periodic.guidance.priority === 'low', 'a periodic guidance push follows');
    } finally {
      socket.close();
    }
    await socket.closed;

    const forged = await ctx.socket('/ws');
    const token = login.data.session.accessToken;
    forged.send({ type: 'auth', token: `${token.slice(0, -4)}AAAA` });
    const refusal = await forged.next('error');
    ctx.check(refusal.code === 'AUTHENTICATION_ERROR', 'a forged token is refused');
    ctx.check((await forged.closed).code === 4401, 'and the socket is closed with 4401');
  },
};
