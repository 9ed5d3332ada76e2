// Express request → Fetch Request, and Fetch Response → Express response, so the core
// never sees Express.
import { Readable } from 'node:stream';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';

export function originOf(req: ExpressRequest): string {
  return `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`;
}

/** `streamBody`: pass the body through for the core to read (unread, or as the JSON already parsed); otherwise no body. */
export function toFetchRequest(req: ExpressRequest, streamBody: boolean): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const mayHaveBody = req.method !== 'GET' && req.method !== 'HEAD';
  const hasStream = streamBody && mayHaveBody && !req.readableEnded;
  if (!hasStream) headers.delete('content-length');
  // A body the JSON parser already read goes on as its JSON text, for the core to validate.
  const parsed = streamBody && mayHaveBody && !hasStream && req.body !== undefined ? JSON.stringify(req.body) : undefined;
  return new Request(`${originOf(req)}${req.originalUrl}`, {
    method: req.method,
    headers,
    ...(hasStream ? { body: Readable.toWeb(req) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
    ...(parsed !== undefined ? { body: parsed } : {}),
  });
}

export async function sendFetchResponse(response: Response, res: ExpressResponse): Promise<void> {
  res.status(response.status);
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value);
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  // Whole bodies go out in one write with a length, not chunked.
  if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
    const body = Buffer.from(await response.arrayBuffer());
    res.setHeader('content-length', body.byteLength);
    res.end(body);
    return;
  }
  // Streamed bodies (SSE) are written as they arrive; a client that leaves cancels the stream.
  const reader = response.body.getReader();
  res.on('close', () => {
    reader.cancel().catch(() => {});
  });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    res.write(value);
  }
  res.end();
}
