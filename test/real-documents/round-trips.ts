// What every real document must give a client, whatever it is: each GET without parameters
// answers a declared 2xx valid against its schema, and each collection (`/things` +
// `/things/{id}`) keeps what is POSTed: read back, replaced, patched, listed, deleted.
import { expect } from 'vitest';
import type { Operation } from '../../src/core/document.ts';
import { collectionsOf, parameterValue, requestFor, type Served } from './documents.ts';
import { type Answer, send } from './transports.ts';

function checked(judge: Served, op: Operation, answer: Answer, where: string): void {
  // A status the document does not declare (a POST that lists only errors) is marked as such.
  if (answer.control === 'undocumented-status') return;
  const problems = judge.check(op, answer.status, answer.contentType, answer.body);
  expect(problems, `${where} → ${answer.status} breaks the contract: ${answer.text.slice(0, 300)}`).toEqual([]);
}

export async function parameterFreeGets(judge: Served, base: string): Promise<number> {
  const document = judge.spec.document;
  const gets = judge.operations.filter((op) => op.method === 'get' && !op.path.includes('{') && !op.parameters.some((p) => p.required));
  for (const op of gets) {
    const request = requestFor(document, op);
    const answer = await send(base, request);
    expect(answer.status, `GET ${request.url}: ${answer.text.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
    expect(answer.status, `GET ${request.url}: ${answer.text.slice(0, 300)}`).toBeLessThan(300);
    const declared = [String(answer.status), '2XX', 'default'].some((s) => op.responses.has(s));
    expect(declared, `GET ${request.url} → ${answer.status} is declared`).toBe(true);
    checked(judge, op, answer, `GET ${request.url}`);
  }
  return gets.length;
}

const is2xx = (status: number) => status >= 200 && status < 300;

/** Round-trips every collection whose creation answers the new item's id; returns how many did. */
export async function crudRoundTrips(judge: Served, base: string): Promise<number> {
  const document = judge.spec.document;
  const byKey = new Map(judge.operations.map((op) => [op.key, op]));
  const collections = new Map(
    [...collectionsOf(document, judge.operations).values()].map(({ collection }) => [collection.path, collection]),
  );
  let done = 0;
  for (const collection of collections.values()) {
    const op = (method: string, path: string) => byKey.get(`${method} ${path}`);
    const create = op('POST', collection.path);
    const read = op('GET', collection.itemPath);
    if (!create || !read) continue;
    // The parents' parameters (`/repos/{owner}/{repo}/issues`) are the same on every call.
    const parents = Object.fromEntries(
      [...collection.path.matchAll(/\{([^}]+)\}/g)].map((m) => {
        const name = m[1] ?? '';
        return [name, parameterValue(document, create.parameters.find((p) => p.in === 'path' && p.name === name)?.schema, 1)];
      }),
    );
    let created: Answer | undefined;
    for (let seed = 1; seed <= 8 && !(created && is2xx(created.status)); seed++) {
      created = await send(base, requestFor(document, create, seed, parents));
    }
    const where = `POST ${collection.path}`;
    if (!created) continue;
    expect(created.status, `${where}: ${created.text.slice(0, 300)}`).toBeLessThan(500);
    // A body the generator cannot make valid (a `oneOf` of `required` lists over optional
    // properties it always fills) is refused as it should be: nothing to round-trip.
    if (created.status === 400 || created.status === 422) continue;
    expect(is2xx(created.status), `${where}: ${created.text.slice(0, 300)}`).toBe(true);
    checked(judge, create, created, where);
    const id = (created.body as Record<string, unknown> | null)?.[collection.idField];
    if (id === undefined || id === null) continue; // this creation answers without the id
    const item = { ...parents, [collection.idParam]: String(id) };
    const got = await send(base, requestFor(document, read, 1, item));
    expect(got.status, `GET ${collection.itemPath} (${String(id)}): ${got.text.slice(0, 300)}`).toBe(200);
    expect((got.body as Record<string, unknown>)[collection.idField]).toEqual(id);
    checked(judge, read, got, `GET ${collection.itemPath}`);
    for (const method of ['PUT', 'PATCH']) {
      const change = op(method, collection.itemPath);
      if (!change) continue;
      let changed: Answer | undefined;
      for (let seed = 1; seed <= 8 && !(changed && is2xx(changed.status)); seed++)
        changed = await send(base, requestFor(document, change, seed, item));
      expect(changed && is2xx(changed.status), `${method} ${collection.itemPath}: ${changed?.text.slice(0, 300)}`).toBe(true);
      if (changed) checked(judge, change, changed, `${method} ${collection.itemPath}`);
    }
    const list = op('GET', collection.path);
    if (list) {
      const listed = await send(base, requestFor(document, list, 1, parents));
      expect(is2xx(listed.status), `GET ${collection.path}: ${listed.text.slice(0, 300)}`).toBe(true);
      checked(judge, list, listed, `GET ${collection.path}`);
      expect(listed.text).toContain(JSON.stringify(id));
    }
    const remove = op('DELETE', collection.itemPath);
    if (remove) {
      const removed = await send(base, requestFor(document, remove, 1, item));
      expect(is2xx(removed.status), `DELETE ${collection.itemPath}: ${removed.text.slice(0, 300)}`).toBe(true);
      const gone = await send(base, requestFor(document, read, 1, item));
      expect(gone.status, `GET ${collection.itemPath} after DELETE`).toBe(404);
    }
    done++;
  }
  return done;
}
