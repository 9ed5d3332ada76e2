// What a connected, synced calendar adds to a day's guidance: the events that fall on that
// date in the user's time zone, the important ones named with their local time. Stored daily
// guidance from today on is forgotten when the events change, so the next read uses them.
import type { SageState, UserRecord } from './env.ts';
import { dateIn } from './preferences.ts';

type CalendarEvent = NonNullable<UserRecord['calendar']>['events'][number];

/** Synced events on a date (`YYYY-MM-DD`) of the user's time zone, soonest first. */
export function eventsOn(user: UserRecord, date: string): CalendarEvent[] {
  if (!user.calendar?.integration.lastSyncAt) return [];
  return user.calendar.events.filter((e) => dateIn(user.preferences.timezone, new Date(e.startTime)) === date);
}

/** `2 PM`, `9:30 AM`: the event's start in the user's time zone (no locale-dependent spaces). */
export function localTime(timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(at);
  const hour = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${h12}${minute === '00' ? '' : `:${minute}`} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** The day's calendar context, or undefined when the calendar has nothing on that date. */
export function calendarContext(
  user: UserRecord,
  date: string,
  hexagram: { name: string; keyword: string },
): { context: string; nextSteps?: string } | undefined {
  const events = eventsOn(user, date);
  if (events.length === 0) return undefined;
  const at = (e: CalendarEvent) => `${e.title} at ${localTime(user.preferences.timezone, new Date(e.startTime))}`;
  const important = events.filter((e) => e.hexagram !== null);
  const lesson = `what ${hexagram.name} teaches about ${hexagram.keyword}`;
  const [first] = important;
  if (!first) {
    const count = events.length === 1 ? 'one event' : `${events.length} events`;
    return {
      context: `Your calendar holds ${count} today (${events.map((e) => e.title).join(', ')}), none of them pressing: a day to practise ${lesson}.`,
    };
  }
  const named = important.slice(0, 2).map(at);
  if (important.length > 2) named.push(`${important.length - 2} more`);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return {
    context: `With your important ${list}, approach ${important.length === 1 ? 'it' : 'them'} mindful of ${lesson}.`,
    nextSteps: `Take a quiet moment before the ${at(first)} to reflect on ${hexagram.keyword}.`,
  };
}

/** Forgets the user's stored daily guidance from today (their time zone) on. */
export function forgetDailyFromToday(state: SageState, user: UserRecord, now: Date): void {
  const today = dateIn(user.preferences.timezone, now);
  const prefix = `${user.id}|`;
  const stale = [...state.daily.dump()].map(([key]) => key).filter((key) => key.startsWith(prefix) && key.slice(prefix.length) >= today);
  for (const key of stale) state.daily.delete(key);
}
