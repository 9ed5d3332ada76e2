import { describe, expect, it } from 'vitest';
import { stageDefinition, stageRuntime } from '../../test/support/stage-fixture.ts';
import { NetworkSettings } from './network-settings.ts';
import { createStubsSettings, SettingsError, startupSettings } from './settings-change.ts';

function fixture() {
  const apis = [stageRuntime(), stageRuntime({ definition: { ...stageDefinition, id: 'other' } })];
  const network = new NetworkSettings({ latency: { min: 50, max: 50 } });
  return { network, settings: createStubsSettings(network, apis) };
}

function refusal(change: unknown): string {
  try {
    // What a PUT body may hold: anything.
    fixture().settings.set(change as never);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error('accepted');
}

describe('stubs.settings', () => {
  it('changes every API, one API, or one operation named by its documented path or a concrete one', () => {
    const { network, settings } = fixture();
    expect(settings.set({ latency: '100-600' }).latency).toBe('100-600');
    settings.set({ faultRate: 0.1, faultKinds: ['error', 'reset'] });
    settings.set({ api: 'other', latency: 300 });
    settings.set({ api: 'stage', operation: 'get /things/{id}', faultRate: 1 });
    const view = settings.set({ api: 'stage', operation: 'POST /things', faultKinds: ['hang'] });
    expect(view).toEqual({
      latency: '100-600',
      faultRate: 0.1,
      faultKinds: ['error', 'reset'],
      overrides: [
        { api: 'other', latency: '300' },
        { api: 'stage', operation: 'GET /things/{id}', faultRate: 1 },
        { api: 'stage', operation: 'POST /things', faultKinds: ['hang'] },
      ],
    });
    settings.set({ api: 'stage', operation: 'GET /things/42', latency: '0' });
    expect(network.for('stage', 'GET /things/{id}')).toEqual({ latency: { min: 0, max: 0 }, faultRate: 1, faultKinds: ['error', 'reset'] });
    expect(settings.reset()).toEqual({ latency: '50', faultRate: 0, faultKinds: ['error'], overrides: [] });
  });

  it('narrows to every API that documents an operation when no api is given', () => {
    const { settings } = fixture();
    expect(settings.set({ operation: 'GET /things', faultRate: 1 }).overrides).toEqual([
      { api: 'stage', operation: 'GET /things', faultRate: 1 },
      { api: 'other', operation: 'GET /things', faultRate: 1 },
    ]);
  });

  it('refuses a change that makes no sense, saying why, and changes nothing', () => {
    expect(refusal([])).toMatch(/^the settings must be a JSON object/);
    expect(refusal('300')).toMatch(/^the settings must be a JSON object/);
    expect(refusal(null)).toMatch(/^the settings must be a JSON object/);
    expect(refusal({ latncy: '300' })).toBe(
      'unknown setting "latncy"; the settings are latency, faultRate, faultKinds, narrowed by api and operation',
    );
    expect(refusal({ api: 'stage' })).toBe('nothing to change: give latency, faultRate, faultKinds or several');
    expect(refusal({ latency: 'slow' })).toMatch(/^latency must be "<ms>" or "<min>-<max>"/);
    expect(refusal({ latency: '600-100' })).toBe('latency "600-100" has its minimum above its maximum');
    expect(refusal({ faultRate: 2 })).toBe('faultRate must be a number from 0 to 1, got 2');
    expect(refusal({ faultKinds: ['boom'] })).toMatch(/"boom" is none of them/);
    expect(refusal({ api: 'nope', latency: '1' })).toBe('api must be one of stage, other, got "nope"');
    expect(refusal({ operation: 'things', latency: '1' })).toBe(
      'operation must be "<METHOD> <path>" such as "GET /api/health", got "things"',
    );
    expect(refusal({ api: 'stage', operation: 'DELETE /things', latency: '1' })).toBe('stage documents no operation DELETE /things');
    expect(refusal({ operation: 'GET /nothing', latency: '1' })).toBe('no API documents GET /nothing');

    const { settings: untouched } = fixture();
    expect(() => untouched.set({ latency: '300', faultRate: 5 })).toThrow(SettingsError);
    expect(untouched.get().latency).toBe('50');
  });
});

describe('startupSettings', () => {
  it('reads createStubs’ options, and throws on nonsense', () => {
    expect(startupSettings({ latency: '100-600', faultRate: 0.5, faultKinds: ['reset'] })).toEqual({
      latency: { min: 100, max: 600 },
      faultRate: 0.5,
      faultKinds: ['reset'],
    });
    expect(startupSettings({})).toEqual({});
    expect(() => startupSettings({ faultRate: -1 })).toThrow('contract-stubs: faultRate must be a number from 0 to 1, got -1');
  });
});
