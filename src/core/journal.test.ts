import { describe, expect, it } from 'vitest';
import { Journal, type JournalCapture, type JournalEntry } from './journal.ts';

const entry = (path: string, api = 'a', more: Partial<JournalEntry> = {}): Omit<JournalEntry, 'id'> => ({
  time: '2025-01-01T00:00:00.000Z',
  api,
  method: 'GET',
  path,
  operation: null,
  status: 200,
  durationMs: 1,
  forced: false,
  issues: [],
  delayMs: 0,
  fault: null,
  context: null,
  ...more,
});

const capture = (more: Partial<JournalCapture> = {}): JournalCapture => ({
  requestHeaders: { 'content-type': 'application/json' },
  hasBody: true,
  body: { goal: 'x' },
  responseHeaders: new Headers({ 'content-type': 'application/json' }),
  responseBody: '{"ok":true}',
  ...more,
});

describe('Journal', () => {
  it('keeps only the newest entries up to its capacity', () => {
    const journal = new Journal(3);
    for (let i = 1; i <= 5; i++) journal.record(entry(`/${i}`));
    expect(journal.list().map((e) => e.path)).toEqual(['/3', '/4', '/5']);
    expect(journal.list().map((e) => e.id)).toEqual([3, 4, 5]);
  });

  it('keeps the newest entries within its byte budget, oldest dropped first', () => {
    const journal = new Journal({ capacity: 1000, maxBytes: 1024 * 1024 });
    // 64 KiB paths (the longest URL the HTTP server takes): 1,000 of them were 63 MB.
    for (let i = 0; i < 1000; i++) journal.record(entry(`/${i}/${'x'.repeat(64 * 1024)}`));
    const kept = journal.list();
    expect(journal.bytes).toBeLessThanOrEqual(1024 * 1024);
    // About 64 KiB an entry (a one-byte character a byte): 15 fit in 1 MiB.
    expect(kept.length).toBe(15);
    expect(kept.map((e) => e.id)).toEqual(Array.from({ length: 15 }, (_, i) => 986 + i));
    journal.clear();
    expect(journal.bytes).toBe(0);
  });

  it('filters by api and limits to the newest n', () => {
    const journal = new Journal();
    journal.record(entry('/1', 'a'));
    journal.record(entry('/2', 'b'));
    journal.record(entry('/3', 'a'));
    expect(journal.list({ api: 'a' }).map((e) => e.path)).toEqual(['/1', '/3']);
    expect(journal.list({ limit: 1 }).map((e) => e.path)).toEqual(['/3']);
    journal.clear();
    expect(journal.list()).toEqual([]);
  });

  it('keeps the request headers and body and the answer status, headers and body, JSON parsed', () => {
    const journal = new Journal();
    const headers = new Headers({ 'content-type': 'application/json' });
    headers.append('set-cookie', 'a=1; Path=/');
    headers.append('set-cookie', 'b=2; Path=/');
    journal.record(
      entry('/goal', 'a', { status: 201, context: 'w1' }),
      capture({ requestHeaders: { 'x-page': '2' }, responseHeaders: headers }),
    );
    expect(journal.find()[0]).toMatchObject({
      context: 'w1',
      request: { headers: { 'x-page': '2' }, body: { goal: 'x' } },
      response: {
        status: 201,
        headers: { 'content-type': 'application/json', 'set-cookie': 'a=1; Path=/, b=2; Path=/' },
        body: { ok: true },
      },
    });
    expect(journal.find()[0]?.request).not.toHaveProperty('bodyNote');
  });

  it('keeps the request and the answer as they were when recorded', () => {
    const journal = new Journal();
    const headers = new Headers({ 'access-control-allow-origin': 'http://app.test' });
    const requestHeaders = { 'x-page': '2' };
    journal.record(entry('/x'), capture({ requestHeaders, responseHeaders: headers, responseBody: null, hasBody: false }));
    headers.set('x-later', '1');
    requestHeaders['x-page'] = '3';
    expect(journal.find()[0]?.response).toEqual({ status: 200, headers: { 'access-control-allow-origin': 'http://app.test' }, body: null });
    expect(journal.find()[0]?.request).toEqual({ headers: { 'x-page': '2' }, body: null });
  });

  it('cuts bodies over 64 KiB with a note, says a stream or bytes were not recorded, and keeps non-JSON text', () => {
    const journal = new Journal();
    const big = JSON.stringify({ text: 'é'.repeat(40_000) });
    journal.record(entry('/big'), capture({ body: { text: 'é'.repeat(40_000) }, responseBody: big }));
    const [cut] = journal.find();
    // `{"text":"` is 9 bytes, then two bytes a character: 65,536 falls inside one.
    expect(cut?.request.bodyNote).toBe('cut at 65535 of 80011 bytes');
    expect(cut?.request.body).toBe(big.slice(0, 9 + 32_763));
    expect(cut?.response).toMatchObject({ body: big.slice(0, 9 + 32_763), bodyNote: 'cut at 65535 of 80011 bytes' });
    journal.clear();
    const stream = new ReadableStream();
    journal.record(entry('/sse'), capture({ responseHeaders: new Headers({ 'content-type': 'text/event-stream' }), responseBody: stream }));
    expect(journal.find()[0]?.response).toMatchObject({ body: null, bodyNote: 'streamed (text/event-stream): not recorded' });
    journal.clear();
    journal.record(
      entry('/pdf'),
      capture({ responseHeaders: new Headers({ 'content-type': 'application/pdf' }), responseBody: new Uint8Array(10) }),
    );
    expect(journal.find()[0]?.response).toMatchObject({ body: null, bodyNote: 'binary (application/pdf, 10 bytes): not recorded' });
    journal.clear();
    journal.record(entry('/txt'), capture({ responseHeaders: new Headers({ 'content-type': 'text/plain' }), responseBody: 'hello' }));
    expect(journal.find()[0]?.response.body).toBe('hello');
  });

  it('never cuts a character in two', () => {
    const journal = new Journal();
    // 'é' is two bytes: 64 KiB falls in the middle of one when the text starts with one byte.
    journal.record(
      entry('/x'),
      capture({ responseHeaders: new Headers({ 'content-type': 'text/plain' }), responseBody: `a${'é'.repeat(40_000)}` }),
    );
    const kept = journal.find()[0]?.response;
    expect(kept?.bodyNote).toBe(`cut at ${64 * 1024 - 1} of 80001 bytes`);
    expect(kept?.body).toBe(`a${'é'.repeat(32_767)}`);
  });

  it('bounds the bytes it holds, dropping the oldest entries first, the newest always kept', () => {
    const journal = new Journal({ capacity: 1000, maxBytes: 200_000 });
    const body = 'x'.repeat(60_000);
    for (let i = 1; i <= 5; i++)
      journal.record(entry(`/${i}`), capture({ responseHeaders: new Headers({ 'content-type': 'text/plain' }), responseBody: body }));
    expect(journal.find().map((e) => e.path)).toEqual(['/3', '/4', '/5']);
    const tiny = new Journal({ maxBytes: 10 });
    tiny.record(entry('/1'));
    tiny.record(entry('/2'));
    expect(tiny.find().map((e) => e.path)).toEqual(['/2']);
  });

  it('filters by operation, status or status class, context and since (an entry id, or a time), and counts', () => {
    const journal = new Journal();
    journal.record(entry('/1', 'a', { operation: 'POST /goal', status: 201, context: 'w1', time: '2025-01-01T00:00:01.000Z' }));
    journal.record(entry('/2', 'a', { operation: 'POST /goal', status: 400, context: 'w2', time: '2025-01-01T00:00:02.000Z' }));
    journal.record(entry('/3', 'b', { operation: 'GET /x', status: 404, context: null, time: '2025-01-01T00:00:03.000Z' }));
    const paths = (filter: Parameters<typeof journal.find>[0]) => journal.find(filter).map((e) => e.path);
    expect(paths({ operation: 'POST /goal' })).toEqual(['/1', '/2']);
    expect(paths({ status: 400 })).toEqual(['/2']);
    expect(paths({ status: '4xx' })).toEqual(['/2', '/3']);
    expect(paths({ context: 'w1' })).toEqual(['/1']);
    expect(paths({ since: 1 })).toEqual(['/2', '/3']);
    expect(paths({ since: '2025-01-01T00:00:02Z' })).toEqual(['/2', '/3']);
    expect(paths({ since: new Date('2025-01-01T00:00:03Z') })).toEqual(['/3']);
    expect(journal.count({ api: 'a', status: '4xx' })).toBe(1);
    expect(journal.lastId()).toBe(3);
    journal.clear({ context: 'w2' });
    expect(paths({})).toEqual(['/1', '/3']);
  });

  it('waitFor resolves with a matching entry already there, or with the next one to come', async () => {
    const journal = new Journal();
    journal.record(entry('/1', 'a', { operation: 'POST /goal' }));
    expect((await journal.waitFor({ operation: 'POST /goal' })).path).toBe('/1');
    const next = journal.waitFor({ operation: 'POST /goal', since: journal.lastId() });
    journal.record(entry('/2', 'a', { operation: 'GET /x' }));
    journal.record(entry('/3', 'a', { operation: 'POST /goal' }), capture());
    await expect(next).resolves.toMatchObject({ path: '/3', request: { body: { goal: 'x' } } });
  });

  it('waitFor rejects after its timeout, saying what it waited for and what the journal holds', async () => {
    const journal = new Journal();
    journal.record(entry('/seen', 'a', { status: 404 }));
    await expect(journal.waitFor({ api: 'a', operation: 'POST /goal', context: 'w1' }, { timeoutMs: 10 })).rejects.toThrow(
      'No POST /goal (api a, context w1) in the journal within 10 ms; the newest it holds: GET /seen 404',
    );
  });
});
