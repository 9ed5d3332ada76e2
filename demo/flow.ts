// What a demo flow is, and the context it runs in: every request it sends is shown on the
// page with its answer, and a status other than the one the flow expects fails the flow.
import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface Exchange {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when the answer is not JSON. */
  body: unknown;
}

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** The status the flow expects (default 2xx). */
  expect?: number;
}

export interface StreamResult extends Exchange {
  events: Array<{ event: string; data: unknown }>;
  /** How many pieces the body arrived in: more than one means it really streamed. */
  chunks: number;
}

/** A socket message as the page shows it: parsed JSON (every channel speaks JSON objects). */
export type SocketMessage = Record<string, unknown>;

/** An open WebSocket of this API; every frame either way and the close are shown on the page. */
export interface SocketSession {
  send(message: SocketMessage): void;
  /** The next message whose `type` is `type`; messages of other types wait for their own `next`. */
  next(type: string): Promise<SocketMessage>;
  /** Resolves when the socket closes, by either side. */
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export interface FlowContext {
  /** Sends a request to this API (`/api/...`, under the API's mount prefix) and shows both sides. */
  call(method: string, path: string, options?: CallOptions): Promise<Exchange>;
  /** A streamed (SSE) answer, shown as it arrives; `onEvent` sees each event at once. */
  stream(method: string, path: string, options: CallOptions & { onEvent?: (event: string, data: unknown) => void }): Promise<StreamResult>;
  /**
   * Opens this API's WebSocket (`/ws`, under the API's mount prefix) on the page's origin, with
   * the browser's own `WebSocket`: MSW's `ws.link` answers it in the page.
   */
  socket(path: string): Promise<SocketSession>;
  /** An element in the flow's panel for what the flow renders itself (a streamed reply). */
  panel(className: string): HTMLElement;
  check(condition: unknown, message: string): asserts condition;
}

/** One API's walk-through; `demo/flows/index.ts` lists them. */
export interface Flow {
  /** The API id, as in `handlers/index.ts`. */
  api: string;
  title: string;
  run(ctx: FlowContext): Promise<void>;
}

const pretty = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

export function createFlowContext(api: string, log: HTMLElement): FlowContext {
  const base = `/${api}`;

  function show(method: string, path: string, options: CallOptions) {
    const exchange = element('div', 'exchange');
    exchange.append(element('div', 'line', `→ ${method} ${base}${path}`));
    if (options.body !== undefined) exchange.append(element('pre', 'request', pretty(options.body)));
    log.append(exchange);
    return exchange;
  }

  function showStatus(exchange: HTMLElement, response: Response) {
    const line = element(
      'div',
      `line status-${String(response.status)[0]}`,
      `← ${response.status} ${response.headers.get('content-type') ?? ''}`,
    );
    exchange.append(line);
  }

  function expectStatus(method: string, path: string, status: number, options: CallOptions, body: unknown) {
    const ok = options.expect === undefined ? status >= 200 && status < 300 : status === options.expect;
    if (!ok) throw new Error(`${method} ${path}: expected ${options.expect ?? '2xx'}, got ${status} ${pretty(body)}`);
  }

  function send(method: string, path: string, options: CallOptions) {
    return fetch(`${base}${path}`, {
      method,
      credentials: 'include',
      headers: { ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}), ...options.headers },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  }

  return {
    async call(method, path, options = {}) {
      const exchange = show(method, path, options);
      const response = await send(method, path, options);
      showStatus(exchange, response);
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: keep the text.
      }
      if (body !== undefined) exchange.append(element('pre', 'response', pretty(body)));
      expectStatus(method, path, response.status, options, body);
      return { status: response.status, headers: response.headers, body };
    },

    async stream(method, path, options) {
      const exchange = show(method, path, options);
      const response = await send(method, path, options);
      showStatus(exchange, response);
      const raw = element('pre', 'response stream');
      exchange.append(raw);
      const events: StreamResult['events'] = [];
      const parser = createParser({
        onEvent: ({ event, data }: EventSourceMessage) => {
          const parsed = JSON.parse(data) as unknown;
          events.push({ event: event ?? 'message', data: parsed });
          options.onEvent?.(event ?? 'message', parsed);
        },
      });
      let chunks = 0;
      const decoder = new TextDecoder();
      const reader = response.body?.getReader();
      for (;;) {
        const piece = await reader?.read();
        if (!piece || piece.done) break;
        chunks++;
        const text = decoder.decode(piece.value, { stream: true });
        raw.textContent += text;
        parser.feed(text);
      }
      raw.dataset.chunks = String(chunks);
      expectStatus(method, path, response.status, options, raw.textContent);
      return { status: response.status, headers: response.headers, body: raw.textContent, events, chunks };
    },

    async socket(path) {
      const url = new URL(`${base}${path}`, location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      const exchange = element('div', 'exchange socket');
      exchange.append(element('div', 'line', `⇄ WebSocket ${url.pathname}`));
      log.append(exchange);
      const frame = (direction: 'out' | 'in', text: string) => {
        const node = element('pre', direction === 'out' ? 'request frame' : 'response frame', `${direction === 'out' ? '→' : '←'} ${text}`);
        node.dataset.frame = direction;
        exchange.append(node);
      };

      const socket = new WebSocket(url);
      const queue: SocketMessage[] = [];
      const waiting: Array<{ type: string; resolve: (message: SocketMessage) => void }> = [];
      socket.addEventListener('message', (event) => {
        const text = String(event.data);
        frame('in', text);
        const message = JSON.parse(text) as SocketMessage;
        const index = waiting.findIndex((w) => w.type === message.type);
        if (index >= 0) waiting.splice(index, 1)[0]?.resolve(message);
        else queue.push(message);
      });
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        socket.addEventListener('close', ({ code, reason }) => {
          const line = element('div', `line ${code === 1000 ? 'status-2' : 'status-4'}`, `✕ closed ${code} ${reason}`);
          line.dataset.closeCode = String(code);
          exchange.append(line);
          resolve({ code, reason });
        }),
      );
      await new Promise<void>((resolve, reject) => {
        socket.addEventListener('open', () => resolve(), { once: true });
        socket.addEventListener('error', () => reject(new Error(`WebSocket ${url.pathname}: could not open`)), { once: true });
      });
      return {
        send(message) {
          const text = JSON.stringify(message);
          frame('out', text);
          socket.send(text);
        },
        next(type) {
          const index = queue.findIndex((m) => m.type === type);
          if (index >= 0) return Promise.resolve(queue.splice(index, 1)[0] as SocketMessage);
          return new Promise((resolve, reject) => {
            waiting.push({ type, resolve });
            closed.then(({ code }) => reject(new Error(`WebSocket ${url.pathname}: closed (${code}) before a "${type}" message`)));
          });
        },
        closed,
        close: () => socket.close(1000, 'done'),
      };
    },

    panel(className) {
      const node = element('div', className);
      log.append(node);
      return node;
    },

    check(condition, message) {
      if (!condition) throw new Error(message);
    },
  };
}
