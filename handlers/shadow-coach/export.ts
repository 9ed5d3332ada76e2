// Journal exports: 202 with `processing`; `completed` at the first status poll or once the
// estimated completion has passed (so a fixed clock still completes); then the file, to its
// owner only, with exactly `file_size_bytes` bytes. An export keeps what was asked for, not a
// copy of the file: the file is built from the chosen sessions whenever it is read, so a
// thousand exports cost a thousand small records, not a thousand copies of the journal.
import { byteSize, entryBytes, StubError } from '../../src/core/index.ts';
import type { CoachHandlers, CoachState, CompletedSession, ExportRecord, UserRecord } from './env.ts';
import { capMap, EXPORT_LIFETIME_MS, fitUser, isCompleted, MAX_EXPORTS_PER_USER, newId, userOf } from './env.ts';
import { buildExportFile, EXTENSIONS, MEDIA_TYPES } from './export-files.ts';

const PROCESSING_MS = 2_000;

/** The caller's export, completing it when due; a missing or expired one is 404. */
function ownExport(state: CoachState, owner: UserRecord, id: string, now: Date, polled: boolean): ExportRecord {
  const record = owner.exports.get(id);
  if (record?.completedAt && now.getTime() - record.completedAt.getTime() > EXPORT_LIFETIME_MS) {
    owner.exports.delete(id);
    fitUser(state, owner, -entryBytes(id, record));
  }
  const live = owner.exports.get(id);
  if (!live) throw new StubError(404, `Export ${id} not found`, { code: 'EXPORT_NOT_FOUND', details: { export_id: id } });
  if (!live.completedAt && (polled || now.getTime() >= live.estimatedCompletion.getTime())) {
    live.completedAt = now;
    fitUser(state, owner, byteSize(now) - byteSize(null));
  }
  return live;
}

/** The file as it reads now: the chosen sessions the user still has (deleted ones are left out). */
function fileOf(owner: UserRecord, record: ExportRecord): Promise<Uint8Array> {
  const sessions = record.sessionIds.map((id) => owner.sessions.get(id)).filter((s): s is CompletedSession => !!s && isCompleted(s));
  return buildExportFile(owner, record, sessions);
}

export const exportHandlers = {
  'POST /v1/journal/export': (ctx) => {
    const owner = userOf(ctx);
    const { format, session_ids, date_range, include_transcript, include_highlights } = ctx.body;
    const completed = [...owner.sessions.values()].filter(isCompleted);
    for (const id of session_ids ?? []) {
      if (!completed.some((s) => s.id === id)) {
        return ctx.fail(404, `Session ${id} not found among your completed sessions`, {
          code: 'SESSION_NOT_FOUND',
          details: { session_id: id },
        });
      }
    }
    const start = date_range ? Date.parse(date_range.start) : Number.NEGATIVE_INFINITY;
    const end = date_range ? Date.parse(date_range.end) : Number.POSITIVE_INFINITY;
    if (start > end) {
      return ctx.fail(400, 'body.date_range.start: must not be after date_range.end', {
        code: 'VALIDATION_OUT_OF_RANGE',
        details: { field: 'body.date_range.start' },
      });
    }
    const chosen = completed
      .filter((s) => session_ids === undefined || session_ids.includes(s.id))
      .filter((s) => s.startedAt.getTime() >= start && s.startedAt.getTime() <= end)
      .sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const now = ctx.now();
    const record: ExportRecord = {
      id: newId('exp', ctx.faker),
      format,
      createdAt: now,
      estimatedCompletion: new Date(now.getTime() + PROCESSING_MS),
      completedAt: null,
      includeTranscript: include_transcript ?? false,
      includeHighlights: include_highlights ?? true,
      sessionIds: chosen.map((s) => s.id),
    };
    owner.exports.set(record.id, record);
    fitUser(ctx.state, owner, entryBytes(record.id, record) - capMap(owner.exports, MAX_EXPORTS_PER_USER));
    return ctx
      .reply(202)
      .json({ export_id: record.id, status: 'processing', estimated_completion: record.estimatedCompletion.toISOString() });
  },

  'GET /v1/journal/export/{export_id}': async (ctx) => {
    const owner = userOf(ctx);
    const record = ownExport(ctx.state, owner, ctx.params.export_id, ctx.now(), true);
    const base = { export_id: record.id, format: record.format };
    if (!record.completedAt) {
      return ctx.reply(200).json({ ...base, status: 'processing', estimated_completion: record.estimatedCompletion.toISOString() });
    }
    const url = new URL(ctx.request.url);
    return ctx.reply(200).json({
      ...base,
      status: 'completed',
      download_url: `${url.origin}${url.pathname.replace(/\/$/, '')}/download`,
      expires_at: new Date(record.completedAt.getTime() + EXPORT_LIFETIME_MS).toISOString(),
      file_size_bytes: (await fileOf(owner, record)).byteLength,
    });
  },

  'GET /v1/journal/export/{export_id}/download': async (ctx) => {
    const owner = userOf(ctx);
    const record = ownExport(ctx.state, owner, ctx.params.export_id, ctx.now(), false);
    if (!record.completedAt) {
      return ctx.fail(409, `Export ${record.id} is still processing; poll its status first`, {
        code: 'EXPORT_NOT_READY',
        details: { export_id: record.id },
      });
    }
    const bytes = await fileOf(owner, record);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    return ctx.reply(200).stream(body, MEDIA_TYPES[record.format], {
      headers: {
        'content-disposition': `attachment; filename="shadow-coach-journal-${record.id}.${EXTENSIONS[record.format]}"`,
        'content-length': String(bytes.byteLength),
      },
    });
  },
} satisfies Partial<CoachHandlers>;
