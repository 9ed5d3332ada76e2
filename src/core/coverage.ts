// Contract coverage: which documented status of which operation the traffic exercised.
// Forced answers (Prefer) are counted apart: they show the contract, not the behaviour.
import { indexOperations, type OpenApiDocument } from './document.ts';

export interface CoverageHit {
  api: string;
  /** `POST /api/goal` */
  operation: string;
  status: number;
  forced: boolean;
}

export interface OperationCoverage {
  api: string;
  operation: string;
  statuses: Array<{ status: string; exercised: boolean; forced: boolean }>;
  /** At least one answer came from the handler, not from Prefer. */
  exercised: boolean;
}

export function coverageOf(documents: Array<{ id: string; document: OpenApiDocument }>, hits: Iterable<CoverageHit>): OperationCoverage[] {
  const seen = new Map<string, { exercised: boolean; forced: boolean }>();
  for (const hit of hits) {
    const key = `${hit.api} ${hit.operation} ${hit.status}`;
    const mark = seen.get(key) ?? { exercised: false, forced: false };
    if (hit.forced) mark.forced = true;
    else mark.exercised = true;
    seen.set(key, mark);
  }
  return documents.flatMap(({ id, document }) =>
    indexOperations(document).map((op) => {
      const statuses = [...op.responses.keys()].map((status) => ({
        status,
        exercised: seen.get(`${id} ${op.key} ${status}`)?.exercised ?? false,
        forced: seen.get(`${id} ${op.key} ${status}`)?.forced ?? false,
      }));
      return { api: id, operation: op.key, statuses, exercised: statuses.some((s) => s.exercised) };
    }),
  );
}

/** A markdown table: one row per operation, `✔` exercised, `◐` only forced, `·` never. */
export function coverageTable(rows: OperationCoverage[]): string {
  const lines = ['| api | operation | statuses (✔ exercised, ◐ forced only, · missing) |', '|---|---|---|'];
  for (const row of rows) {
    const cells = row.statuses.map((s) => `${s.status}${s.exercised ? '✔' : s.forced ? '◐' : '·'}`).join(' ');
    lines.push(`| ${row.api} | ${row.exercised ? '' : '**never** '}${row.operation} | ${cells} |`);
  }
  const total = rows.reduce((n, r) => n + r.statuses.length, 0);
  const done = rows.reduce((n, r) => n + r.statuses.filter((s) => s.exercised).length, 0);
  lines.push(
    '',
    `${rows.filter((r) => r.exercised).length}/${rows.length} operations exercised; ${done}/${total} documented statuses answered by handlers.`,
  );
  return lines.join('\n');
}
