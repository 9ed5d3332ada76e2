// openapi-fetch keeps the `fetch` it was created with. Created before `server.listen()`, a client
// holds the unpatched one and its requests leave the process, past MSW's handlers. What
// docs/frontend.md advises reaches MSW: handing the client a `fetch` that looks the global up at
// call time, or creating it after `listen()`. A real server on loopback plays "the network".
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { microsite } from '../handlers/microsite/index.ts';
import type { paths } from '../src/generated/microsite.ts';
import { createMswStubs } from '../src/msw/index.ts';

let network: Server;
let origin: string;
let server: ReturnType<typeof setupServer>;
let early: ReturnType<typeof createClient<paths>>;
let earlyWithLookup: ReturnType<typeof createClient<paths>>;

beforeAll(async () => {
  // `connection: close`: a kept-alive real socket in undici's pool could carry the next requests
  // to this origin past MSW as well, whoever made them.
  network = createServer((_req, res) => {
    res.writeHead(418, { 'content-type': 'application/json', connection: 'close' }).end('{"from":"the network"}');
  });
  await new Promise<void>((resolve) => network.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(network.address() as AddressInfo).port}`;
  early = createClient<paths>({ baseUrl: `${origin}/microsite` });
  earlyWithLookup = createClient<paths>({ baseUrl: `${origin}/microsite`, fetch: (...args) => fetch(...args) });
  server = setupServer(...createMswStubs([microsite], { origin }).handlers);
  server.listen({ onUnhandledFrame: 'error' });
});

afterAll(async () => {
  server.close();
  await new Promise((resolve) => network.close(resolve));
});

it('a client created before listen() with the default fetch bypasses MSW', async () => {
  const { response } = await early.POST('/api/auth/session');
  expect(response.status).toBe(418);
});

it('a client created before listen() with `fetch: (...args) => fetch(...args)` reaches MSW', async () => {
  const { response, data } = await earlyWithLookup.POST('/api/auth/session');
  expect(response.status).toBe(200);
  expect(data?.accessToken).toMatch(/^ey/);
});

it('a client created after listen() reaches MSW', async () => {
  const late = createClient<paths>({ baseUrl: `${origin}/microsite` });
  const { response, data } = await late.POST('/api/auth/session');
  expect(response.status).toBe(200);
  expect(data?.accessToken).toMatch(/^ey/);
});
