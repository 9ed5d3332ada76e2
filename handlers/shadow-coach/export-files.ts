// The files a journal export produces: plain text, JSON (`ExportDocument`) or a real PDF (through
// the core's pdf-lib wrapper), built from the chosen entries as they are when the file is read.
// The same entries give the same bytes (the PDF's dates are the export's).
import { textPdf } from '../../src/core/index.ts';
import type { components } from '../../src/generated/shadow-coach.ts';
import type { CompletedSession, ExportFormat, ExportRecord, UserRecord } from './env.ts';
import { durationMinutes } from './env.ts';

export const MEDIA_TYPES = { pdf: 'application/pdf', text: 'text/plain', json: 'application/json' } as const;
export const EXTENSIONS: Record<ExportFormat, string> = { pdf: 'pdf', text: 'txt', json: 'json' };

function document(owner: UserRecord, record: ExportRecord, sessions: CompletedSession[]): components['schemas']['ExportDocument'] {
  return {
    export_id: record.id,
    user_id: owner.user.user_id,
    generated_at: record.createdAt.toISOString(),
    entries: sessions.map((s) => ({
      session_id: s.id,
      session_type: s.type,
      date: s.startedAt.toISOString(),
      duration_minutes: durationMinutes(s) ?? 0,
      summary: structuredClone(s.summary),
      highlights: record.includeHighlights ? structuredClone(s.highlights) : [],
      ...(record.includeTranscript ? { transcript: structuredClone(s.messages) } : {}),
    })),
  };
}

/** The text of an export, one paragraph per element (shared by the text and PDF files). */
function paragraphs(record: ExportRecord, sessions: CompletedSession[]): string[] {
  const out = [`Exported ${record.createdAt.toISOString()} (${sessions.length} ${sessions.length === 1 ? 'entry' : 'entries'})`];
  for (const s of sessions) {
    out.push('', `== ${s.startedAt.toISOString().slice(0, 10)} - ${s.type} - ${durationMinutes(s) ?? 0} min ==`);
    out.push(`Summary: ${s.summary.text}`);
    if (s.summary.tags.length > 0) out.push(`Tags: ${s.summary.tags.join(', ')}`);
    for (const insight of s.summary.insights) out.push(`Insight: ${insight}`);
    out.push(`Experiment: ${s.summary.experiment}`);
    if (record.includeHighlights) {
      for (const h of s.highlights) out.push(`Highlight: "${h.text}"${h.note ? ` (note: ${h.note})` : ''}`);
    }
    if (record.includeTranscript) {
      out.push('Transcript:');
      for (const m of s.messages) out.push(`[${m.timestamp}] ${m.role === 'user' ? 'You' : 'Coach'}: ${m.text}`);
    }
  }
  return out;
}

const TITLE = 'Shadow Coach journal';

export async function buildExportFile(owner: UserRecord, record: ExportRecord, sessions: CompletedSession[]): Promise<Uint8Array> {
  if (record.format === 'json') return new TextEncoder().encode(JSON.stringify(document(owner, record, sessions)));
  const lines = paragraphs(record, sessions);
  if (record.format === 'text') return new TextEncoder().encode(`${[TITLE, ...lines].join('\n')}\n`);
  return textPdf({ title: TITLE, lines, createdAt: record.createdAt, author: owner.user.email });
}
