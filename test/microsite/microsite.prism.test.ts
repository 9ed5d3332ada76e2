import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, vi } from 'vitest';
import { documentPath } from '../../src/node/package-root.ts';
import { clientFor } from '../support/client.ts';
import { startPrismProxy } from '../support/prism.ts';
import { startPrismProxied } from '../support/transports.ts';
import { micrositeScenarios } from './scenarios.ts';

// Starting Prism takes a few seconds on a busy machine (it bounds itself at 30 s).
vi.setConfig({ hookTimeout: 45_000 });

describe('microsite through a Prism proxy (Prism judges every answer)', () =>
  micrositeScenarios(() => startPrismProxied({}, ['microsite'])));

// The oracle must not pass by being deaf: an off-contract upstream fails the call on Prism's word.
it('fails a call when Prism reports a response violation', { timeout: 45_000 }, async () => {
  const upstream = createServer((req, res) => {
    req.resume();
    res.setHeader('content-type', 'application/json');
    res.end('{"accessToken":5}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const proxy = await startPrismProxy(documentPath('microsite'), `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`);
  try {
    const call = clientFor(
      {
        name: 'prism',
        origin: 'http://127.0.0.1:9',
        base: () => proxy.origin,
        prism: new Map([['microsite', proxy]]),
        close: async () => {},
      },
      'microsite',
    );
    await expect(call('POST', '/api/auth/session')).rejects.toThrow(
      /Prism reports response violations:[\s\S]*response\.body\.accessToken: must be string/,
    );
    expect(proxy.violations).toContainEqual(expect.objectContaining({ location: ['response', 'body', 'accessToken'], code: 'type' }));
  } finally {
    await proxy.close();
    upstream.close();
  }
});
