import { describe, expect, it } from 'vitest';
import { indexOperations, type OpenApiDocument } from './document.ts';
import { createRouter, type RouteMatch } from './router.ts';

const ok = { '200': { description: 'ok' } };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

// The templated path is declared before the literal one on purpose: the router must not
// depend on document order to let `/chats/search` win.
const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'router test', version: '1.0.0' },
  paths: {
    '/chats/{id}': {
      parameters: [idParam],
      get: { operationId: 'getChat', responses: ok },
      delete: { operationId: 'deleteChat', responses: ok },
    },
    '/chats/search': {
      get: { operationId: 'searchChats', responses: ok },
    },
    '/chats': {
      get: { operationId: 'listChats', responses: ok },
      post: { operationId: 'createChat', responses: ok },
    },
    '/orgs/{orgId}/members/{memberId}': {
      get: { operationId: 'getMember', responses: ok },
    },
    '/files/{name}.{ext}': {
      get: { operationId: 'getFile', responses: ok },
    },
  },
};

const match = createRouter(indexOperations(document));

function found(result: RouteMatch) {
  if (result.kind !== 'found') throw new Error(`expected a match, got ${JSON.stringify(result)}`);
  return { operationId: result.operation.operationId, params: result.params };
}

describe('createRouter', () => {
  it('matches literal paths and methods', () => {
    expect(found(match('GET', '/chats'))).toEqual({ operationId: 'listChats', params: {} });
    expect(found(match('POST', '/chats'))).toEqual({ operationId: 'createChat', params: {} });
  });

  it('treats the method case-insensitively', () => {
    expect(found(match('get', '/chats')).operationId).toBe('listChats');
    expect(found(match('Delete', '/chats/c1')).operationId).toBe('deleteChat');
  });

  it('lets literal segments win over templated ones regardless of document order', () => {
    expect(found(match('GET', '/chats/search'))).toEqual({ operationId: 'searchChats', params: {} });
    expect(found(match('GET', '/chats/searching'))).toEqual({ operationId: 'getChat', params: { id: 'searching' } });
    expect(found(match('GET', '/chats/c-42'))).toEqual({ operationId: 'getChat', params: { id: 'c-42' } });
  });

  it('decodes path parameters', () => {
    expect(found(match('GET', '/chats/hello%20world')).params).toEqual({ id: 'hello world' });
    expect(found(match('GET', '/chats/caf%C3%A9')).params).toEqual({ id: 'café' });
    expect(found(match('GET', '/chats/a%2Fb')).params).toEqual({ id: 'a/b' });
  });

  it('keeps a malformed percent-encoding as it arrived instead of throwing', () => {
    expect(found(match('GET', '/chats/100%')).params).toEqual({ id: '100%' });
    expect(found(match('GET', '/chats/%E0%A4%A')).params).toEqual({ id: '%E0%A4%A' });
  });

  it('tolerates a trailing slash', () => {
    expect(found(match('GET', '/chats/')).operationId).toBe('listChats');
    expect(found(match('GET', '/chats/search/')).operationId).toBe('searchChats');
    expect(found(match('GET', '/chats/c1/'))).toEqual({ operationId: 'getChat', params: { id: 'c1' } });
  });

  it('extracts several parameters from one path', () => {
    expect(found(match('GET', '/orgs/acme/members/m%207'))).toEqual({
      operationId: 'getMember',
      params: { orgId: 'acme', memberId: 'm 7' },
    });
  });

  it('extracts several parameters from one segment', () => {
    expect(found(match('GET', '/files/report.pdf'))).toEqual({ operationId: 'getFile', params: { name: 'report', ext: 'pdf' } });
  });

  it('answers method-not-allowed with the methods the path does allow', () => {
    const result = match('PUT', '/chats/c1');
    expect(result.kind).toBe('method-not-allowed');
    if (result.kind !== 'method-not-allowed') return;
    expect([...result.allow].sort()).toEqual(['DELETE', 'GET']);

    const list = match('DELETE', '/chats');
    expect(list).toEqual({ kind: 'method-not-allowed', allow: expect.arrayContaining(['GET', 'POST']) });
    if (list.kind === 'method-not-allowed') expect(list.allow).toHaveLength(2);
  });

  it('answers not-found for unknown paths', () => {
    expect(match('GET', '/nope')).toEqual({ kind: 'not-found' });
    expect(match('GET', '/chats/c1/messages')).toEqual({ kind: 'not-found' });
    expect(match('GET', '/orgs/acme/members')).toEqual({ kind: 'not-found' });
    expect(match('GET', '/chatsx')).toEqual({ kind: 'not-found' });
    expect(match('GET', '/chats//')).toEqual({ kind: 'not-found' });
  });

  it('does not treat a literal `.` in the path as a regex wildcard', () => {
    expect(match('GET', '/files/reportXpdf')).toEqual({ kind: 'not-found' });
  });
});

describe('methods across overlapping paths', () => {
  it('lets a templated path take a method the literal path lacks', () => {
    expect(found(match('DELETE', '/chats/search'))).toEqual({ operationId: 'deleteChat', params: { id: 'search' } });
  });

  it('answers HEAD with the GET operation', () => {
    expect(found(match('HEAD', '/chats')).operationId).toBe('listChats');
  });

  it('lists the methods of every matching path in a 405', () => {
    expect(match('PUT', '/chats/search')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'DELETE'] });
  });
});
