// Server-Sent Events over a Fetch `ReadableStream`: one event per read, paced by `delayMs`.
// Pull-based (high-water mark 0), so nothing is produced ahead of the reader; `cancel` (a
// client that left) clears the pending timer, so a disconnect leaves nothing running.

export interface SseEvent {
  event: string;
  data: unknown;
}

export function encodeSse({ event, data }: SseEvent): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function sseStream(events: readonly SseEvent[], delayMs: number): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (index > 0 && delayMs > 0) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, delayMs);
          });
          timer = undefined;
          wake = undefined;
        }
        if (cancelled) return;
        const next = events[index++];
        if (next) controller.enqueue(encoder.encode(encodeSse(next)));
        if (index >= events.length) controller.close();
      },
      cancel() {
        cancelled = true;
        if (timer !== undefined) clearTimeout(timer);
        timer = undefined;
        wake?.();
      },
    },
    { highWaterMark: 0 },
  );
}
