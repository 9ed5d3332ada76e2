// Which operations of an API its handlers answer and which its document does (an example, or
// data generated from the schema), and which of those keep a collection by convention: what
// `start` prints and `GET /__stubs/apis` lists.
import type { ApiInstance } from './api-instance.ts';
import { findCollections } from './collections/detect.ts';

export interface AnsweredBy {
  handler: string[];
  document: string[];
  /** Of `document`: those that store, read, change or list a collection (when not `--stateless`). */
  collections: string[];
}

export function answeredBy(api: ApiInstance): AnsweredBy {
  const { definition, operations } = api;
  const handled = (key: string) => definition.handlers[key] !== undefined;
  const collections = findCollections(definition.document, operations, handled);
  return {
    handler: operations.filter((op) => handled(op.key)).map((op) => op.key),
    document: operations.filter((op) => !handled(op.key)).map((op) => op.key),
    collections: operations.filter((op) => collections.has(op.key)).map((op) => op.key),
  };
}
