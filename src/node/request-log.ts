// What the running server prints per request, fed by the journal's `onRequest` hook: one
// readable line (coloured on a terminal) with the validation failures explained beneath it,
// or one JSON object per line for machines. `serve()` itself prints nothing; the CLI asks.
import { styleText } from 'node:util';
import type { JournalEntry } from '../core/journal.ts';
import { describeIssues } from '../core/validation.ts';

export const LOG_FORMATS = ['pretty', 'json', 'off'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

type Style = Parameters<typeof styleText>[0];

function statusStyle(status: number): Style {
  if (status >= 500) return 'red';
  if (status >= 400) return 'yellow';
  if (status >= 300) return 'cyan';
  return 'green';
}

/** What stood in for a network's answer: `no answer` (status 0), the delay, the fault. */
function networkNotes(entry: JournalEntry): string[] {
  const notes = entry.delayMs > 0 ? [`delay=${entry.delayMs}ms`] : [];
  if (entry.fault) notes.push(`fault=${entry.fault.kind}${entry.fault.note ? ` (${entry.fault.note})` : ''}`);
  return notes;
}

/** `12:04:05 POST microsite /api/goal [worker-1] 400 1.3ms` and, when the request was refused, why. */
export function formatEntry(entry: JournalEntry, stream: NodeJS.WriteStream): string {
  // styleText leaves the text plain when the stream is no colour terminal (or NO_COLOR is set).
  const style = (format: Style, text: string) => styleText(format, text, { stream });
  // Wall-clock time of printing: the entry's own time follows --now, which may be fixed.
  const time = new Date().toTimeString().slice(0, 8);
  const line = [
    style('gray', time),
    style('bold', entry.method.padEnd(6)),
    style('magenta', (entry.api ?? '-').padEnd(12)),
    entry.path,
    // Parallel tests each in their own context: whose request this was.
    entry.context === null ? '' : style('cyan', `[${entry.context}]`),
    entry.status === 0 ? style('red', 'no answer') : style(statusStyle(entry.status), String(entry.status)),
    style('gray', `${entry.durationMs}ms`),
    ...networkNotes(entry).map((note) => style('magenta', note)),
    entry.forced && !entry.fault ? style('gray', '(forced by Prefer)') : '',
  ]
    .filter(Boolean)
    .join(' ');
  if (entry.issues.length === 0) return line;
  const why = entry.status >= 500 ? 'answer outside the contract' : 'refused';
  return `${line}\n  ${style(statusStyle(entry.status), `↳ ${why}: ${describeIssues(entry.issues)}`)}`;
}

export function createRequestLogger(
  format: LogFormat,
  stream: NodeJS.WriteStream = process.stdout,
): ((entry: JournalEntry) => void) | undefined {
  if (format === 'off') return undefined;
  if (format === 'json') return (entry) => void stream.write(`${JSON.stringify(entry)}\n`);
  return (entry) => void stream.write(`${formatEntry(entry, stream)}\n`);
}
