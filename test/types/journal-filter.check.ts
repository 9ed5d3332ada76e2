// Compile-time checks, run by `npm run typecheck`: a journal filter typed by an API's `paths`
// takes that API's operations only, so a typo in a test's assertion does not compile.
import type { StubsContext } from '../../src/core/context-view.ts';
import type { Journal } from '../../src/core/journal.ts';
import type { StubsClient } from '../../src/core/stubs-client.ts';
import type { paths } from '../../src/generated/microsite.ts';

export function typedFilters(journal: Journal, client: StubsClient, stubsContext: StubsContext) {
  journal.find<paths>({ api: 'microsite', operation: 'POST /api/goal', status: '2xx', since: 3 });
  journal.count<paths>({ operation: 'GET /api/progress', since: new Date() });
  // @ts-expect-error not an operation of microsite (the path is /api/goal)
  journal.find<paths>({ operation: 'POST /api/goals' });
  // @ts-expect-error microsite has no PUT /api/goal
  journal.waitFor<paths>({ operation: 'PUT /api/goal' });
  // @ts-expect-error a status class is 1xx to 5xx
  journal.count<paths>({ status: '6xx' });
  // Untyped, any operation string goes (the server says 400 for one that does not exist).
  journal.find({ operation: 'POST /anything' });
  void client.journal.find<paths>({ operation: 'POST /api/mission/complete' });
  // @ts-expect-error the client's own context is the filter's: it takes no other
  void client.journal.count<paths>({ context: 'other' });
  // @ts-expect-error not an operation of microsite
  stubsContext.journal.find<paths>({ operation: 'GET /api/chats' });
}
