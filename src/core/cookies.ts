// `Set-Cookie` values for handlers, which may not import packages outside the core. Thin over
// the `cookie` package, so attributes are serialised (and validated) the standard way.
import { type SerializeOptions, serialize } from 'cookie';

export type CookieOptions = Pick<SerializeOptions, 'httpOnly' | 'sameSite' | 'secure' | 'path' | 'maxAge' | 'expires'>;

/** `name=value; Path=/; HttpOnly; SameSite=Lax`, ready for `ReplyInit.cookies`. */
export function serializeCookie(name: string, value: string, options: CookieOptions = {}): string {
  return serialize(name, value, options);
}
