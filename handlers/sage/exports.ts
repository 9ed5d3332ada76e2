// User data exports: 202 with `processing`; `completed` at the first status poll or once the
// estimated completion has passed (so a fixed clock still completes); then the JSON file, to
// its owner only, with exactly `fileSize` bytes. An export keeps what was asked for, not the
// file: the file is built from the user's data as it is whenever it is read, so a thousand
// exports cost a thousand small records, not a thousand copies of the user's data.
import { StubError } from '../../src/core/index.ts';
import type { components } from '../../src/generated/sage.ts';
import type { ExportRecord, SageHandlers, SageState, UserRecord } from './env.ts';
import { consultationsOf, EXPORT_LIFETIME_MS, hex32, userOf } from './env.ts';
import { profileOf } from './user.ts';

type ExportFile = components['schemas']['ExportFile'];
type ExportStatus = components['schemas']['ExportStatus'];

const PROCESSING_MS = 2_000;
const DAY_MS = 24 * 3600 * 1000;

/** The caller's export, completing it when due; another user's, a missing or an expired one is 404. */
function ownExport(state: SageState, owner: UserRecord, id: string, now: Date, polled: boolean): ExportRecord {
  const record = state.exports.get(id);
  const expired = record?.completedAt && now.getTime() - Date.parse(record.completedAt) > EXPORT_LIFETIME_MS;
  if (!record || record.userId !== owner.id || expired) {
    throw new StubError(404, `Export ${id} not found`, { code: 'NOT_FOUND', details: { exportId: id } });
  }
  if (!record.completedAt && (polled || now.getTime() >= Date.parse(record.estimatedCompletion))) record.completedAt = now.toISOString();
  return record;
}

/** The file as it reads at `now`: the consultations stored then, within the range, and the analytics of then. */
function fileOf(state: SageState, user: UserRecord, record: ExportRecord, now: Date): Uint8Array {
  const from = record.dateRange ? Date.parse(`${record.dateRange.startDate}T00:00:00Z`) : Number.NEGATIVE_INFINITY;
  const to = record.dateRange ? Date.parse(`${record.dateRange.endDate}T00:00:00Z`) + DAY_MS : Number.POSITIVE_INFINITY;
  const file: ExportFile = {
    exportId: record.id,
    generatedAt: record.createdAt,
    user: { id: user.id, email: user.email, displayName: user.displayName, subscriptionTier: user.tier, createdAt: user.createdAt },
    ...(record.includeConsultations
      ? { consultations: consultationsOf(state, user).filter((c) => Date.parse(c.createdAt) >= from && Date.parse(c.createdAt) < to) }
      : {}),
    ...(record.includeAnalytics ? { analytics: profileOf(state, user, now).analytics } : {}),
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

export const exportHandlers = {
  'POST /api/user/export': (ctx) => {
    const user = userOf(ctx);
    const { includeConsultations = true, includeAnalytics = true, dateRange } = ctx.body;
    const from = dateRange ? Date.parse(`${dateRange.startDate}T00:00:00Z`) : Number.NEGATIVE_INFINITY;
    const to = dateRange ? Date.parse(`${dateRange.endDate}T00:00:00Z`) + DAY_MS : Number.POSITIVE_INFINITY;
    if (from >= to) {
      return ctx.fail(400, 'body.dateRange.startDate: must not be after dateRange.endDate', {
        code: 'VALIDATION_ERROR',
        details: { field: 'body.dateRange.startDate', message: 'must not be after dateRange.endDate' },
      });
    }
    const now = ctx.now();
    const id = `export_${hex32(ctx.faker)}`;
    const record: ExportRecord = {
      id,
      userId: user.id,
      createdAt: now.toISOString(),
      estimatedCompletion: new Date(now.getTime() + PROCESSING_MS).toISOString(),
      completedAt: null,
      includeConsultations,
      includeAnalytics,
      dateRange: dateRange ? { startDate: dateRange.startDate, endDate: dateRange.endDate } : null,
    };
    ctx.state.exports.set(id, record);
    return ctx
      .reply(202)
      .json({ success: true, data: { exportId: id, estimatedCompletionTime: record.estimatedCompletion, status: 'processing' } });
  },

  'GET /api/user/export/{exportId}': (ctx) => {
    const user = userOf(ctx);
    const record = ownExport(ctx.state, user, ctx.params.exportId, ctx.now(), true);
    const status: ExportStatus = { id: record.id, status: 'processing', format: 'json', createdAt: record.createdAt };
    if (record.completedAt) {
      const url = new URL(ctx.request.url);
      Object.assign(status, {
        status: 'completed',
        downloadUrl: `${url.origin}${url.pathname.replace(/\/$/, '')}/download`,
        expiresAt: new Date(Date.parse(record.completedAt) + EXPORT_LIFETIME_MS).toISOString(),
        fileSize: fileOf(ctx.state, user, record, ctx.now()).byteLength,
        completedAt: record.completedAt,
      });
    }
    return ctx.reply(200).json({ success: true, data: { export: status } });
  },

  'GET /api/user/export/{exportId}/download': (ctx) => {
    const user = userOf(ctx);
    const record = ownExport(ctx.state, user, ctx.params.exportId, ctx.now(), false);
    if (!record.completedAt) {
      return ctx.fail(409, `Export ${record.id} is still processing; poll its status first`, {
        code: 'VALIDATION_ERROR',
        details: { exportId: record.id },
      });
    }
    const bytes = fileOf(ctx.state, user, record, ctx.now());
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
    return ctx.reply(200).stream(body, 'application/json', {
      headers: {
        'content-disposition': `attachment; filename="sage-export-${record.id}.json"`,
        'content-length': String(bytes.byteLength),
      },
    });
  },
} satisfies Partial<SageHandlers>;
