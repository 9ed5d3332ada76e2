// Where an API instance's randomness comes from. Byte-identical runs only when asked for: with
// a seed (`--seed`, `--now`, the `seed` option) every id, cookie and signing key follows from
// it, as it always did. Without one, each start and each reset seeds the faker with 128 fresh
// random bits, and signing keys (JWT) are 256 random bits: no two runs share a session cookie
// or id, and nobody can mint a token from a well-known seed. WebCrypto's `getRandomValues`
// exists in Node and in browsers alike.
import { seedFor } from './seeded-faker.ts';

export interface InstanceSeeding {
  /** True when the instance follows a seed. */
  readonly deterministic: boolean;
  /** The faker seed for a fresh world (at start, at each reset): fixed, or new random words. */
  fakerSeed(): number | number[];
  /** Key material for signing tokens. Kept across resets; a state file carries it (random only). */
  secret: string;
}

/** What signing keys were derived from before there was a random mode: kept, so seeded runs sign the same tokens. */
export function seededSecret(id: string, seed: number): string {
  return `contract-stubs:${id}:${seedFor(id, seed)}`;
}

export function randomSecret(): string {
  return [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A random secret as `randomSecret` makes it: what a state file may hand back. */
export function isRandomSecret(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

export function instanceSeeding(id: string, seed: number | undefined): InstanceSeeding {
  if (seed !== undefined) {
    const fixed = seedFor(id, seed);
    return { deterministic: true, fakerSeed: () => fixed, secret: seededSecret(id, seed) };
  }
  return { deterministic: false, fakerSeed: () => [...crypto.getRandomValues(new Uint32Array(4))], secret: randomSecret() };
}
