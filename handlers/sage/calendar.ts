// Calendar integration, simulated: connecting accepts any auth code; a sync makes the next two
// weeks of events (seeded faker) and gives the important ones a hexagram; insights and the
// daily guidance of those days read them.
import { StubError } from '../../src/core/index.ts';
import { forgetDailyFromToday } from './calendar-context.ts';
import type { SageHandlers, UserRecord } from './env.ts';
import { hex32, hexagramContent, userOf } from './env.ts';
import { requirePaidTier } from './tiers.ts';

const DAY_MS = 24 * 3600 * 1000;
const SYNC_DAYS = 14;
const STRESSFUL_EVENTS_PER_DAY = 3;
const TITLES = [
  'Quarterly Review Meeting',
  'Job Interview',
  'Client Presentation',
  'Project Deadline',
  'Salary Negotiation',
  'Team Standup',
  'Lunch with a Friend',
  'Yoga Class',
  'Dentist Appointment',
  'Weekly Planning',
  'Coffee Chat',
  'Family Dinner',
];
const IMPORTANT = /review|interview|presentation|deadline|negotiation/i;
/** Hexagrams for important moments: Inner Truth, Peace, Modesty, Waiting, Progress. */
const GUIDING_HEXAGRAMS = [61, 11, 15, 5, 35];

function calendarOf(user: UserRecord) {
  if (!user.calendar)
    throw new StubError(404, 'No calendar is connected; connect one first', { code: 'NOT_FOUND', details: { resource: 'calendar' } });
  return user.calendar;
}

function day(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export const calendarHandlers = {
  'POST /api/integration/calendar/connect': (ctx) => {
    const user = userOf(ctx);
    requirePaidTier(user, 'Calendar integration');
    const integration = {
      id: `int_${hex32(ctx.faker)}`,
      provider: ctx.body.provider,
      status: 'connected' as const,
      userEmail: user.email,
      permissions: ['read_events', 'read_calendars'],
      lastSyncAt: null,
      createdAt: ctx.now().toISOString(),
    };
    user.calendar = { integration, events: [] };
    forgetDailyFromToday(ctx.state, user, ctx.now());
    ctx.state.users.resize(user.id);
    return ctx.reply(201).json({ success: true, data: { integration: { ...integration, permissions: [...integration.permissions] } } });
  },

  'POST /api/integration/calendar/sync': (ctx) => {
    const user = userOf(ctx);
    requirePaidTier(user, 'Calendar integration');
    const calendar = calendarOf(user);
    const now = ctx.now();
    const today = Date.parse(`${day(now.getTime())}T00:00:00Z`);
    const count = ctx.faker.number.int({ min: 8, max: 24 });
    const events = Array.from({ length: count }, () => {
      const title = ctx.faker.helpers.arrayElement(TITLES);
      const start =
        today + ctx.faker.number.int({ min: 1, max: SYNC_DAYS }) * DAY_MS + ctx.faker.number.int({ min: 8, max: 18 }) * 3600_000;
      return {
        eventId: `event_${calendar.integration.provider}_${ctx.faker.string.numeric(6)}`,
        title,
        startTime: new Date(start).toISOString(),
        hexagram: IMPORTANT.test(title) ? ctx.faker.helpers.arrayElement(GUIDING_HEXAGRAMS) : null,
      };
    });
    events.sort((a, b) => a.startTime.localeCompare(b.startTime));
    calendar.events = events;
    calendar.integration.lastSyncAt = now.toISOString();
    forgetDailyFromToday(ctx.state, user, now);
    ctx.state.users.resize(user.id);
    return ctx.reply(200).json({
      success: true,
      data: {
        sync: {
          syncId: `sync_${hex32(ctx.faker)}`,
          eventsProcessed: events.length,
          guidanceGenerated: events.filter((e) => e.hexagram !== null).length,
          lastSyncAt: now.toISOString(),
          nextSyncAt: new Date(now.getTime() + DAY_MS).toISOString(),
        },
      },
    });
  },

  'GET /api/integration/calendar/insights': (ctx) => {
    const calendar = calendarOf(userOf(ctx));
    if (!calendar.integration.lastSyncAt)
      throw new StubError(404, 'The calendar has not been synced yet', { code: 'NOT_FOUND', details: { resource: 'calendar events' } });
    const days = ctx.query.days ?? 7;
    const now = ctx.now().getTime();
    const end = now + days * DAY_MS;
    const ahead = calendar.events.filter((e) => Date.parse(e.startTime) >= now && Date.parse(e.startTime) <= end);
    const upcomingEvents = ahead.flatMap((e) => {
      if (e.hexagram === null) return [];
      const hexagram = hexagramContent(ctx.state, e.hexagram);
      return [
        {
          eventId: e.eventId,
          title: e.title,
          startTime: e.startTime,
          guidance: {
            hexagram: e.hexagram,
            recommendation: `Approach "${e.title}" in the spirit of ${hexagram.name}: ${hexagram.keywords.slice(0, 2).join(' and ')}.`,
            preparation: 'Take 10 minutes before it for quiet reflection on your intentions.',
          },
        },
      ];
    });
    const perDay = new Map<string, number>();
    for (const e of ahead) perDay.set(e.startTime.slice(0, 10), (perDay.get(e.startTime.slice(0, 10)) ?? 0) + 1);
    const stressfulPeriods: string[] = [];
    const optimalTimes: string[] = [];
    let run: string[] = [];
    const today = Date.parse(`${day(now)}T00:00:00Z`);
    for (let t = today + DAY_MS; t <= end; t += DAY_MS) {
      const date = day(t);
      const n = perDay.get(date) ?? 0;
      if (n >= STRESSFUL_EVENTS_PER_DAY) run.push(date);
      else {
        if (run.length > 0) stressfulPeriods.push(`${run[0]} to ${run.at(-1)}`);
        run = [];
      }
      if (n === 0 && optimalTimes.length < 3) optimalTimes.push(`${date} morning`);
    }
    if (run.length > 0) stressfulPeriods.push(`${run[0]} to ${run.at(-1)}`);
    return ctx.reply(200).json({
      success: true,
      data: {
        insights: {
          upcomingEvents,
          patterns: {
            stressfulPeriods,
            optimalTimes,
            recommendations: ['Schedule important decisions during optimal times', 'Plan self-care activities before stressful periods'],
          },
        },
      },
    });
  },
} satisfies Partial<SageHandlers>;
