// Compile-time checks, run by `npm run typecheck`: each `@ts-expect-error` must stay an
// error, so an answer outside the contract keeps failing to compile.
import type { MicrositeHandlers } from '../../handlers/microsite/env.ts';

export const offContract = {
  'GET /api/progress': (ctx) =>
    // @ts-expect-error pointsTotal is an integer in the document, not a string
    ctx.reply(200).json({ pointsTotal: '15', missions: [], callUnlocked: false }),
  'GET /api/session': (ctx) =>
    // @ts-expect-error 418 is not a status GET /api/session documents
    ctx.reply(418).json({}),
  'GET /api/unlock-status': (ctx) =>
    // @ts-expect-error an unknown property is not in the closed UnlockStatus schema
    ctx.reply(200).json({ callUnlocked: true, extra: 1 }),
  'POST /api/goal': (ctx) => {
    // @ts-expect-error the request body's input is a string
    const input: number = ctx.body.input;
    // @ts-expect-error 403 is not an error POST /api/goal documents
    return ctx.fail(403, String(input));
  },
} satisfies Partial<MicrositeHandlers>;
