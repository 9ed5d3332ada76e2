// Daily guidance (one hexagram per user and date, from a hash of both, so it never depends on
// the seed or on request order; the calendar's events of that date personalise it) and custom
// guidance per focus area (premium and pro).
import { FOCUS_TEXT, TIMING_TEXT } from '../../fixtures/sage/readings.ts';
import { calendarContext } from './calendar-context.ts';
import type { DailyGuidance, SageHandlers } from './env.ts';
import { consultationsOf, hex32, hexagramContent, round4, userOf } from './env.ts';
import { capitalise } from './interpretation.ts';
import { dateIn } from './preferences.ts';
import { mostFrequent } from './stats.ts';
import { requirePaidTier } from './tiers.ts';

const AVOID: readonly string[] = [
  'Forcing outcomes',
  'Ignoring small warning signs',
  'Taking current harmony for granted',
  'Deciding in haste',
  'Arguing over small matters',
  'Overcommitting your time',
  'Dismissing your intuition',
  'Comparing your path with others',
];

/** FNV-1a: a stable 32-bit hash of a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

function hashHex(text: string): string {
  return [0, 1, 2, 3].map((i) => hash(`${i}:${text}`).toString(16).padStart(8, '0')).join('');
}

export const guidanceHandlers = {
  'GET /api/guidance/daily': (ctx) => {
    const user = userOf(ctx);
    const date = ctx.query.date ?? dateIn(user.preferences.timezone, ctx.now());
    const key = `${user.id}|${date}`;
    const stored = ctx.state.daily.get(key);
    if (stored) return ctx.reply(200).json({ success: true, data: { guidance: stored } });
    const seed = hash(key);
    const hexagram = hexagramContent(ctx.state, (seed % 64) + 1);
    const [first = 'balance', second = 'clarity', third = 'patience'] = hexagram.keywords;
    const consultations = consultationsOf(ctx.state, user);
    const category = mostFrequent(consultations.map((c) => c.category));
    const inCategory = consultations.filter((c) => c.category === category).length;
    const at = ctx.now().toISOString();
    const calendar = calendarContext(user, date, { name: hexagram.name, keyword: first });
    const guidance: DailyGuidance = {
      id: `guide_${hashHex(key)}`,
      userId: user.id,
      date,
      hexagram: { number: hexagram.number, name: hexagram.name, chineseName: hexagram.chinese, symbol: hexagram.symbol },
      dailyMessage: {
        theme: `${capitalise(first)} and ${capitalise(second)}`,
        guidance:
          `Today ${hexagram.name} (${hexagram.chinese}) asks for ${first} and ${second}. ${hexagram.image || hexagram.judgment}`.trim(),
        focusAreas: [first, second, third].map((k) => `${capitalise(k)} in what you do today`),
        avoidToday: [0, 1, 2].map((i) => AVOID[(seed + i * 3) % AVOID.length] ?? 'Forcing outcomes'),
      },
      personalizedInsights: {
        basedOnHistory:
          category === undefined
            ? `You have no consultations yet; ${hexagram.name} is a good place to begin.`
            : `Your consultations focus on ${category} (${inCategory} of ${consultations.length}); today ${hexagram.name} brings ${first} to that area.`,
        ...(calendar ? { calendarContext: calendar.context } : {}),
        nextSteps: calendar?.nextSteps ?? `Take a quiet moment around ${user.preferences.guidanceTime} to reflect on ${first}.`,
      },
      aiContext: {
        generatedAt: at,
        personalizedElements: [
          ...(category === undefined ? [] : ['consultation_history']),
          ...(calendar ? ['calendar_events'] : []),
          'user_preferences',
        ],
        confidence: round4(0.85 + (seed % 10) / 100),
      },
      createdAt: at,
    };
    ctx.state.daily.set(key, guidance);
    return ctx.reply(200).json({ success: true, data: { guidance } });
  },

  'POST /api/guidance/generate': (ctx) => {
    requirePaidTier(userOf(ctx), 'Custom guidance');
    const { focusArea, context } = ctx.body;
    const focus = FOCUS_TEXT[focusArea];
    const hexagram = hexagramContent(ctx.state, ctx.faker.helpers.arrayElement(focus.hexagrams));
    const situation = context?.situation?.trim();
    const concerns = (context?.concerns ?? []).map((c) => c.replace(/_/g, ' '));
    const [first = 'clarity', second = 'patience'] = hexagram.keywords;
    return ctx.reply(201).json({
      success: true,
      data: {
        guidance: {
          id: `guide_custom_${hex32(ctx.faker)}`,
          type: 'custom',
          focusArea,
          hexagram: { number: hexagram.number, name: hexagram.name, chineseName: hexagram.chinese },
          guidance: `${situation ? `${situation}: ` : ''}${hexagram.name} speaks of ${first} and ${second}. ${hexagram.judgment}`.trim(),
          actionSteps: [...concerns.map((c) => `Address ${c} openly before you commit`), ...focus.steps],
          timing: context?.timeframe ? TIMING_TEXT[context.timeframe] : 'Give the matter a few weeks of attention before deciding',
          createdAt: ctx.now().toISOString(),
        },
      },
    });
  },
} satisfies Partial<SageHandlers>;
