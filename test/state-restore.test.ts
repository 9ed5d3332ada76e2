// What `--state-file` hands back to the stubs (`stubs.restore`), checked before anything is
// installed: the shape of each API's state, the faker's position within bounds, the seed it was
// written with — and, without a seed, the random signing secret that keeps tokens valid.
import { describe, expect, it } from 'vitest';
import { apis } from '../handlers/index.ts';
import { MAX_REPLAYED_DRAWS } from '../src/core/seeded-faker.ts';
import { stateJson } from '../src/core/state-codec.ts';
import { createStubs, type Stubs } from '../src/core/stubs.ts';

/** The state file's JSON, parsed, as `--state-file` writes and reads it. */
const fileOf = (stubs: Stubs) => JSON.parse(stateJson(stubs.snapshot()));

async function sageLogin(stubs: Stubs): Promise<{ status: number; token?: string }> {
  const res = await stubs.fetch(
    new Request('http://stubs.test/sage/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'free@sage.test', password: 'SageDev2025!' }),
    }),
  );
  const body = (await res.json()) as { data?: { session?: { accessToken?: string } } };
  const token = body.data?.session?.accessToken;
  return { status: res.status, ...(token ? { token } : {}) };
}

async function sageProfileStatus(stubs: Stubs, token: string): Promise<number> {
  const res = await stubs.fetch(new Request('http://stubs.test/sage/api/user/profile', { headers: { authorization: `Bearer ${token}` } }));
  await res.text();
  return res.status;
}

describe('restoring a state file', () => {
  it('refuses a file whose API state has the wrong shape, and changes nothing', async () => {
    const stubs = createStubs(apis, { seed: 3 });
    const file = fileOf(stubs);
    for (const [api, state, reason] of [
      ['sage', 'x', 'sage: string ≠ object'],
      ['sage', { ...file.apis.sage.state, users: [] }, 'sage.users: array ≠ BoundedMap'],
      ['ally', { ...file.apis.ally.state, seq: 'one' }, 'ally.seq: string ≠ number'],
      ['microsite', {}, 'microsite: new sessions'],
    ] as const) {
      const edited = structuredClone(file);
      edited.apis[api].state = state;
      expect(() => stubs.restore(edited)).toThrow(`${reason} (not the state this version keeps)`);
    }
    expect((await sageLogin(stubs)).status).toBe(200);
  });

  it('refuses a faker position that is not a count, and restores a huge one without replaying it', () => {
    const stubs = createStubs(apis, { seed: 3 });
    for (const draws of [-1, 1.5, '7', 2 ** 53]) {
      const edited = fileOf(stubs);
      edited.apis.ally.fakerDraws = draws;
      expect(() => stubs.restore(edited)).toThrow('ally: fakerDraws is missing or invalid');
    }
    // 1e9 draws replayed took 7.5 s; past MAX_REPLAYED_DRAWS the faker starts a stream derived
    // from the seed and the count (this test would time out replaying them).
    const huge = fileOf(stubs);
    huge.apis.ally.fakerDraws = 1e9;
    stubs.restore(huge);
    expect(MAX_REPLAYED_DRAWS).toBeLessThan(1e9);
    expect(stubs.apis.find((m) => m.api.id === 'ally')?.api.snapshot().fakerDraws).toBe(1e9);
  });

  it('without a seed, carries each API’s random secret: tokens survive a restart, and a seeded run refuses the file', async () => {
    const first = createStubs(apis);
    const { token } = await sageLogin(first);
    if (!token) throw new Error('no token');
    const file = fileOf(first);
    expect(file.seed).toBeNull();
    expect(file.apis.sage.secret).toMatch(/^[0-9a-f]{64}$/);

    const second = createStubs(apis);
    expect(await sageProfileStatus(second, token)).toBe(401);
    expect(second.restore(file)).toEqual(apis.map((api) => api.id));
    expect(await sageProfileStatus(second, token)).toBe(200);

    const seeded = createStubs(apis, { seed: 1 });
    expect(() => seeded.restore(file)).toThrow(
      'written without --seed, now with --seed 1: its tokens and ids would not match; start without --seed to restore it',
    );
    expect(() => first.restore(fileOf(seeded))).toThrow('written with --seed 1, now without --seed');
    const broken = structuredClone(file);
    broken.apis.sage.secret = 'short';
    expect(() => second.restore(broken)).toThrow('sage: secret is missing or not 64 hex digits');
  });
});
