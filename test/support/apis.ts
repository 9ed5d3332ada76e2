// The APIs the generic suites (parity, Prefer, robustness, docs pages, contract checks) run
// over: the package's five (handlers/index.ts) and a sixth served from its document alone, with
// no handler — added here as one line in handlers/index.ts would add it — so the suites prove
// that a new API needs nothing but its document to pass them.
import { apis as served } from '../../handlers/index.ts';
import { loadSpec, specDefinition } from '../../src/node/spec.ts';

const petstore = specDefinition('petstore', await loadSpec(new URL('../fixtures/petstore/openapi.yaml', import.meta.url).pathname));

export const apis = [...served, petstore];
