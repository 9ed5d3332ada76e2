import { describe, expect, it } from 'vitest';
import { formatLatency, NetworkSettings, parseDelay, parseFaultKinds, parseFaultRate, parseLatency } from './network-settings.ts';

describe('parseLatency', () => {
  it('reads a fixed delay or a range, as text or a number', () => {
    expect(parseLatency('300')).toEqual({ min: 300, max: 300 });
    expect(parseLatency(300)).toEqual({ min: 300, max: 300 });
    expect(parseLatency('100-600')).toEqual({ min: 100, max: 600 });
    expect(parseLatency(' 0 - 60000 ')).toEqual({ min: 0, max: 60000 });
    expect(formatLatency({ min: 100, max: 600 })).toBe('100-600');
    expect(formatLatency({ min: 300, max: 300 })).toBe('300');
  });

  it('says what is wrong with anything else', () => {
    for (const bad of ['', 'soon', '-5', '1.5', '100-', '60001', '0-60001', 1.5, -1, null, ['300']]) {
      expect(parseLatency(bad), String(bad)).toMatch(
        /^latency must be "<ms>" or "<min>-<max>" in whole milliseconds from 0 to 60000, got /,
      );
    }
    expect(parseLatency('600-100')).toBe('latency "600-100" has its minimum above its maximum');
  });
});

describe('parseDelay', () => {
  it('takes whole milliseconds from 0 to 60000 only', () => {
    expect(parseDelay('0')).toBe(0);
    expect(parseDelay('150')).toBe(150);
    expect(parseDelay('60000')).toBe(60000);
    for (const bad of ['', '-1', '1.5', '60001', '1e3', 'abc', '999999999999']) expect(parseDelay(bad), bad).toBeUndefined();
  });
});

describe('parseFaultRate and parseFaultKinds', () => {
  it('take a share from 0 to 1 and a non-empty list of known kinds', () => {
    expect(parseFaultRate(0.1)).toBe(0.1);
    expect(parseFaultRate(1.5)).toBe('faultRate must be a number from 0 to 1, got 1.5');
    expect(parseFaultRate('0.1')).toBe('faultRate must be a number from 0 to 1, got "0.1"');
    expect(parseFaultKinds(['error', 'reset', 'error'])).toEqual(['error', 'reset']);
    expect(parseFaultKinds([])).toBe('faultKinds must be a non-empty list of error, reset, empty, malformed, hang, got []');
    expect(parseFaultKinds(['error', 'boom'])).toBe(
      'faultKinds must be a non-empty list of error, reset, empty, malformed, hang; "boom" is none of them',
    );
  });
});

describe('NetworkSettings', () => {
  it('is inactive with nothing set, and with only fault kinds set', () => {
    expect(new NetworkSettings().active).toBe(false);
    expect(new NetworkSettings({ faultKinds: ['reset'] }).active).toBe(false);
    expect(new NetworkSettings({ latency: { min: 0, max: 0 }, faultRate: 0 }).active).toBe(false);
    expect(new NetworkSettings({ latency: { min: 0, max: 5 } }).active).toBe(true);
  });

  it('lets the narrowest setting of each field win: operation, API, every API, start-up', () => {
    const settings = new NetworkSettings({ latency: { min: 10, max: 10 }, faultRate: 0.5 });
    settings.set({}, { faultKinds: ['reset'] });
    settings.set({ api: 'a' }, { latency: { min: 20, max: 30 } });
    settings.set({ api: 'a', operation: 'GET /x' }, { faultRate: 1 });
    expect(settings.for('a', 'GET /x')).toEqual({ latency: { min: 20, max: 30 }, faultRate: 1, faultKinds: ['reset'] });
    expect(settings.for('a', 'GET /y')).toEqual({ latency: { min: 20, max: 30 }, faultRate: 0.5, faultKinds: ['reset'] });
    expect(settings.for('b', 'GET /x')).toEqual({ latency: { min: 10, max: 10 }, faultRate: 0.5, faultKinds: ['reset'] });
    expect(settings.view()).toEqual({
      latency: '10',
      faultRate: 0.5,
      faultKinds: ['reset'],
      overrides: [
        { api: 'a', latency: '20-30' },
        { api: 'a', operation: 'GET /x', faultRate: 1 },
      ],
    });
  });

  it('drops a scope’s own value on null, and every change on reset', () => {
    const settings = new NetworkSettings({ faultRate: 0.2 });
    settings.set({}, { faultRate: 0 });
    settings.set({ api: 'a' }, { latency: { min: 5, max: 5 } });
    expect(settings.for('b', 'GET /x').faultRate).toBe(0);
    settings.set({ api: 'a' }, { latency: null });
    settings.set({}, { faultRate: null });
    expect(settings.view()).toEqual({ latency: '0', faultRate: 0.2, faultKinds: ['error'], overrides: [] });
    settings.set({ api: 'a', operation: 'GET /x' }, { latency: { min: 1, max: 1 } });
    expect(settings.active).toBe(true);
    settings.reset();
    expect(settings.view().overrides).toEqual([]);
    expect(settings.for('a', 'GET /x').latency).toEqual({ min: 0, max: 0 });
  });

  it('turns active on and off as settings change', () => {
    const settings = new NetworkSettings();
    settings.set({ api: 'a', operation: 'GET /x' }, { faultRate: 0.1 });
    expect(settings.active).toBe(true);
    settings.set({ api: 'a', operation: 'GET /x' }, { faultRate: 0 });
    expect(settings.active).toBe(false);
    settings.set({}, { latency: { min: 0, max: 100 } });
    expect(settings.active).toBe(true);
    settings.reset();
    expect(settings.active).toBe(false);
  });
});
