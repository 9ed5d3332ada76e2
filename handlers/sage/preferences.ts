// Preference rules the schema cannot state: IANA time zones, and the deep merge of a partial
// preferences patch into the stored ones.
import type { components } from '../../src/generated/sage.ts';
import type { FullPreferences } from './env.ts';
import { invalid } from './envelope.ts';

type PreferencesPatch = NonNullable<components['schemas']['UpdateProfileRequest']['preferences']>;

// IANA names (`Europe/Berlin`, `UTC`), not offsets (`+01:00`) that Intl also accepts.
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

export function isTimeZone(name: string): boolean {
  if (!IANA_SHAPE.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function checkTimeZone(field: string, name: string): void {
  if (!isTimeZone(name)) throw invalid(field, `must be an IANA time zone such as America/New_York (got "${name}")`);
}

/** Nested groups are merged field by field, so sending one flag keeps the others. */
export function mergePreferences(current: FullPreferences, patch: PreferencesPatch): FullPreferences {
  if (patch.timezone !== undefined) checkTimeZone('body.preferences.timezone', patch.timezone);
  const { animationPreferences, sessionTracking, notifications, privacy, ...flat } = patch;
  return {
    ...current,
    ...flat,
    animationPreferences: { ...current.animationPreferences, ...animationPreferences },
    sessionTracking: { ...current.sessionTracking, ...sessionTracking },
    notifications: { ...current.notifications, ...notifications },
    privacy: { ...current.privacy, ...privacy },
  };
}

/** Today's date (`YYYY-MM-DD`) in a time zone. */
export function dateIn(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
