// User data exports: 202 with `processing`; `completed` at the first status poll or once the
// estimated completion has passed (so a fixed clock still completes); then the JSON file, to
// its owner only, with exactly `fileSize` bytes.
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
    const file: ExportFile = {
      exportId: id,
      generatedAt: now.toISOString(),
      user: { id: user.id, email: user.email, displayName: user.displayName, subscriptionTier: user.tier, createdAt: user.createdAt },
      ...(includeConsultations
        ? { consultations: consultationsOf(ctx.state, user).filter((c) => Date.parse(c.createdAt) >= from && Date.parse(c.createdAt) < to) }
        : {}),
      ...(includeAnalytics ? { analytics: profileOf(ctx.state, user, now).analytics } : {}),
    };
    const text = JSON.stringify(file);
    const record: ExportRecord = {
      id,
      userId: user.id,
      createdAt: now.toISOString(),
      estimatedCompletion: new Date(now.getTime() + PROCESSING_MS).toISOString(),
      completedAt: null,
      file: text,
      fileSize: new TextEncoder().encode(text).byteLength,
    };
    ctx.state.exports.set(id, record);
    return ctx
      .reply(202)
      .json({ success: true, data: { exportId: id, estimatedCompletionTime: record.estimatedCompletion, status: 'processing' } });
  },

  'GET /api/user/export/{exportId}': (ctx) => {
    const record = ownExport(ctx.state, userOf(ctx), ctx.params.exportId, ctx.now(), true);
    const status: ExportStatus = { id: record.id, status: 'processing', format: 'json', createdAt: record.createdAt };
    if (record.completedAt) {
      const url = new URL(ctx.request.url);
      Object.assign(status, {
        status: 'completed',
        downloadUrl: `${url.origin}${url.pathname.replace(/\/$/, '')}/download`,
        expiresAt: new Date(Date.parse(record.completedAt) + EXPORT_LIFETIME_MS).toISOString(),
        fileSize: record.fileSize,
        completedAt: record.completedAt,
      });
    }
    return ctx.reply(200).json({ success: true, data: { export: status } });
  },

  'GET /api/user/export/{exportId}/download': (ctx) => {
    const record = ownExport(ctx.state, userOf(ctx), ctx.params.exportId, ctx.now(), false);
    if (!record.completedAt) {
      return ctx.fail(409, `Export ${record.id} is still processing; poll its status first`, {
        code: 'VALIDATION_ERROR',
        details: { exportId: record.id },
      });
    }
    const bytes = new TextEncoder().encode(record.file);
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
