import { describe, expect, it } from 'vitest';
import { hostPolicy, routedPath } from './host-check.ts';

describe('hostPolicy', () => {
  const loopback = hostPolicy({ boundAddress: '127.0.0.1', host: '127.0.0.1' });

  it('bound to loopback: serves IP addresses and localhost names on every path, refuses other names', () => {
    for (const host of ['127.0.0.1:4010', 'localhost:4010', 'LOCALHOST', 'app.localhost:4010', '[::1]:4010', '10.1.2.3', '2130706433']) {
      expect(loopback.allows(host, '/ally/api/health'), host).toBe(true);
    }
    for (const host of ['evil.example:4010', 'localhost.evil.example', '127.0.0.1.nip.io', 'stubs', '']) {
      expect(loopback.allows(host, '/ally/api/health'), host).toBe(false);
      expect(loopback.allows(host, '/__stubs/reset'), host).toBe(false);
    }
  });

  it('a request without Host (HTTP/1.0) is not a browser’s and passes', () => {
    expect(loopback.allows(undefined, '/__stubs/reset')).toBe(true);
  });

  it('bound elsewhere: only the controls are checked', () => {
    const open = hostPolicy({ boundAddress: '0.0.0.0', host: '0.0.0.0' });
    expect(open.allows('stubs:4010', '/ally/api/health')).toBe(true);
    expect(open.allows('stubs:4010', '/__stubs/requests')).toBe(false);
    expect(open.allows('stubs:4010', '/__stubs')).toBe(false);
    expect(open.allows('192.168.1.20:4010', '/__stubs/requests')).toBe(true);
  });

  it('serves --host and the --allowed-hosts names (.name for it and its subdomains); all turns the check off', () => {
    const named = hostPolicy({ boundAddress: '127.0.0.1', host: 'stubs.lan', allowedHosts: ['mock.example.com', '.corp.example'] });
    for (const host of ['stubs.lan:4010', 'mock.example.com', 'corp.example', 'a.b.corp.example:4010'])
      expect(named.allows(host, '/'), host).toBe(true);
    for (const host of ['example.com', 'xcorp.example', 'mock.example.com.evil.example']) expect(named.allows(host, '/'), host).toBe(false);
    expect(
      hostPolicy({ boundAddress: '127.0.0.1', host: '127.0.0.1', allowedHosts: ['all'] }).allows('anything.example', '/__stubs/reset'),
    ).toBe(true);
  });

  it('throws on a list entry that is not a host name', () => {
    for (const entry of ['http://x.example', 'x.example:80', '*.example.com', '']) {
      expect(() => hostPolicy({ boundAddress: '127.0.0.1', host: '127.0.0.1', allowedHosts: [entry] }), entry).toThrow(
        /is not a host name/,
      );
    }
  });
});

describe('routedPath', () => {
  it('resolves dot segments before the controls are told apart, and drops the query', () => {
    expect(routedPath('/ally/../__stubs/reset?x=1')).toBe('/__stubs/reset');
    expect(routedPath('/%2e%2e/__stubs/requests')).toBe('/__stubs/requests');
    expect(routedPath('/ally/api/health')).toBe('/ally/api/health');
  });
});
