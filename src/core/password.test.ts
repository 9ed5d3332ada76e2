import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('password hashing', () => {
  const salt = new Uint8Array(16).fill(7);

  it('stores a salted PBKDF2 hash, never the password', async () => {
    const stored = await hashPassword('correct horse', salt);
    expect(stored).toMatch(/^pbkdf2-sha256\$10000\$0707[0-9a-f]{28}\$[0-9a-f]{64}$/);
    expect(stored).not.toContain('correct horse');
  });

  it('verifies the right password and refuses a wrong or mangled one', async () => {
    const stored = await hashPassword('correct horse', salt);
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('correct horsf', stored)).toBe(false);
    expect(await verifyPassword('correct horse', stored.replace('pbkdf2', 'md5'))).toBe(false);
    expect(await verifyPassword('correct horse', 'garbage')).toBe(false);
  });

  it('depends on the salt', async () => {
    expect(await hashPassword('pw', salt)).not.toBe(await hashPassword('pw', new Uint8Array(16).fill(8)));
  });
});
