// Compile-time checks, run by `npm run typecheck`: a handler is optional (an operation without
// one is answered from the document), typed where present, and never for an operation the
// document lacks.
import { type DocumentEnv, documentApi, type Handlers } from '../../src/core/index.ts';
import { document } from '../../src/generated/microsite.document.ts';
import type { paths } from '../../src/generated/microsite.ts';

export const oneHandler = documentApi<paths>({
  id: 'microsite-partial',
  document,
  handlers: {
    'GET /api/unlock-status': (ctx) => ctx.reply(200).json({ callUnlocked: true }),
  },
});

export const noHandler = documentApi<paths>({ id: 'microsite-document-only', document });

export const typed = {
  // @ts-expect-error callUnlocked is a boolean in the document
  'GET /api/unlock-status': (ctx) => ctx.reply(200).json({ callUnlocked: 'yes' }),
  // @ts-expect-error the document has no such operation
  'GET /api/nowhere': (ctx) => ctx.reply(200).json({}),
} satisfies Handlers<paths, DocumentEnv>;
