import { describe, expect, it } from 'vitest';
import { isLoopbackOrigin, originPolicy } from './origins.ts';

describe('isLoopbackOrigin', () => {
  it('takes localhost, *.localhost, 127.0.0.0/8 and [::1] on any port, over http or https', () => {
    for (const origin of [
      'http://localhost',
      'http://localhost:5173',
      'https://app.localhost:8443',
      'http://127.0.0.1:4010',
      'http://127.9.8.7',
      'http://[::1]:3000',
      'http://[::ffff:127.0.0.1]:3000',
    ]) {
      expect(isLoopbackOrigin(origin), origin).toBe(true);
    }
  });

  it('refuses null, other schemes and names that only look local', () => {
    for (const origin of [
      'null',
      'file://',
      'chrome-extension://abc',
      'http://127.0.0.1.evil.example',
      'http://localhost.evil.example',
      'http://10.0.0.1',
      'http://0.0.0.0',
      'http://[::2]',
    ]) {
      expect(isLoopbackOrigin(origin), origin).toBe(false);
    }
  });
});

describe('originPolicy', () => {
  it('by default trusts loopback origins for CORS and the controls, and the server its own', () => {
    const policy = originPolicy();
    expect(policy.corsAllows('http://localhost:5173')).toBe(true);
    expect(policy.corsAllows('https://app.example.com')).toBe(false);
    expect(policy.corsAllows('null')).toBe(false);
    expect(policy.controlsAllow('http://stubs.test', 'http://stubs.test')).toBe(true);
    expect(policy.controlsAllow('https://evil.example', 'http://stubs.test')).toBe(false);
    expect(policy.controlsAllow('null', 'http://stubs.test')).toBe(false);
  });

  it('adds the listed origins (normalised), and * opens CORS but never the controls nor null', () => {
    const listed = originPolicy(['https://app.example.com:443/', 'http://intranet.test:8080']);
    expect(listed.corsAllows('https://app.example.com')).toBe(true);
    expect(listed.controlsAllow('http://intranet.test:8080', 'http://stubs.test')).toBe(true);
    expect(listed.corsAllows('http://intranet.test')).toBe(false);
    const any = originPolicy(['*']);
    expect(any.corsAllows('https://anything.example')).toBe(true);
    expect(any.corsAllows('null')).toBe(false);
    expect(any.controlsAllow('https://anything.example', 'http://stubs.test')).toBe(false);
  });

  it('throws on an entry that is not an origin', () => {
    for (const entry of ['app.example.com', 'https://app.example.com/path', 'ftp://x.example', 'null']) {
      expect(() => originPolicy([entry]), entry).toThrow(/is not an origin/);
    }
  });

  it('says what would trust a refused origin, and that null never is', () => {
    const policy = originPolicy();
    expect(policy.refusal('https://evil.example')).toMatch(/--cors-origins https:\/\/evil\.example/);
    expect(policy.refusal('null')).toMatch(/opaque origin \(null\) never is/);
  });
});
