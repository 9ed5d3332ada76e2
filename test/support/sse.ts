// Reading Server-Sent Events the way a browser client does: a real SSE parser
// (`eventsource-parser`) fed from the response body's stream reader, chunk by chunk, with the
// time each event arrived.
import { createParser } from 'eventsource-parser';

export interface SseMessage {
  event: string;
  /** The `data:` field, parsed as JSON. */
  data: unknown;
  /** `performance.now()` when the event was parsed. */
  at: number;
}

function collector() {
  const events: SseMessage[] = [];
  const parser = createParser({
    onEvent: (message) => {
      events.push({ event: message.event ?? 'message', data: JSON.parse(message.data), at: performance.now() });
    },
    onError: (error) => {
      throw error;
    },
  });
  return { events, parser };
}

/** Parses a whole SSE body that was already read. */
export function parseSse(text: string): SseMessage[] {
  const { events, parser } = collector();
  parser.feed(text);
  return events;
}

/**
 * Reads an SSE response as it streams. With `stopAfter`, cancels the body once that many
 * events arrived (a client that leaves mid-stream).
 */
export async function readSse(response: Response, options: { stopAfter?: number } = {}): Promise<SseMessage[]> {
  if (!response.body) throw new Error('response has no body');
  const { events, parser } = collector();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parser.feed(decoder.decode(value, { stream: true }));
    if (options.stopAfter !== undefined && events.length >= options.stopAfter) {
      await reader.cancel();
      break;
    }
  }
  return events;
}
