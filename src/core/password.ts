// Password hashing for the APIs with accounts (shadow-coach, sage): PBKDF2-SHA256 through Web
// Crypto, so it runs in a browser (MSW) as well as in Node. A stub's users are test users; the
// iteration count is modest so a test suite that registers hundreds of them stays fast.
const ITERATIONS = 10_000;
const encoder = new TextEncoder();

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return toHex(new Uint8Array(bits));
}

/**
 * `pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>`. The salt comes from the caller (the API's
 * seeded faker), so the same seed and requests give the same stored hashes.
 */
export async function hashPassword(password: string, salt: Uint8Array): Promise<string> {
  return `pbkdf2-sha256$${ITERATIONS}$${toHex(salt)}$${await derive(password, salt, ITERATIONS)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, saltHex, hash] = stored.split('$');
  if (scheme !== 'pbkdf2-sha256' || !iterations || !saltHex || !hash) return false;
  const salt = new Uint8Array(saltHex.match(/../g)?.map((h) => Number.parseInt(h, 16)) ?? []);
  const candidate = await derive(password, salt, Number(iterations));
  // Constant-time comparison: the stub should not teach timing leaks by example.
  let diff = candidate.length ^ hash.length;
  for (let i = 0; i < Math.min(candidate.length, hash.length); i++) diff |= candidate.charCodeAt(i) ^ hash.charCodeAt(i);
  return diff === 0;
}
