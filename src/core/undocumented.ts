// Whether an operation documents a status (exactly, as `4XX`, or through `default`). A request
// the core refuses with a status its operation does not document — a 415 or a 401 a document
// never mentions — still gets that status, in the API's error shape, marked with the control
// header as outside the contract: the client broke it, so `--strict` leaves it alone.
import type { CompiledApi } from './compiled-api.ts';
import type { Operation } from './document.ts';

const byKey = new WeakMap<CompiledApi, Map<string, Operation>>();

export function documentsStatus(compiled: CompiledApi, operation: string, status: number): boolean {
  let index = byKey.get(compiled);
  if (!index) {
    index = new Map(compiled.operations.map((op) => [op.key, op]));
    byKey.set(compiled, index);
  }
  const op = index.get(operation);
  if (!op) return true;
  return op.responses.has(String(status)) || op.responses.has(`${String(status)[0]}XX`) || op.responses.has('default');
}
