// What sage handlers share: the generated types they speak, the state they keep (accounts,
// sessions, consultations, the reading cache, daily guidance, an editable copy of the hexagram
// texts) and the helpers that find the caller.
import { seedAccounts } from '../../fixtures/sage/accounts.ts';
import { HEXAGRAMS } from '../../fixtures/sage/hexagrams.ts';
import type { TrigramKey } from '../../fixtures/sage/trigrams.ts';
import type { HandlerContext, Handlers, InstanceInfo, JwtIssuer } from '../../src/core/index.ts';
import { BoundedMap, byteSize, itemBytes, StubError } from '../../src/core/index.ts';
import type { components, paths } from '../../src/generated/sage.ts';

type Schemas = components['schemas'];
export type Tier = Schemas['Tier'];
export type Category = Schemas['Category'];
export type Personality = Schemas['Personality'];
export type Consultation = Schemas['Consultation'];
export type HexagramData = Schemas['HexagramData'];
export type FullPreferences = Schemas['FullPreferences'];
export type Subscription = Schemas['Subscription'];
export type DailyGuidance = Schemas['DailyGuidance'];
export type AuthUser = Schemas['AuthUser'];
export type BillingCycle = Schemas['BillingCycle'];
export type PaidTier = Schemas['SubscriptionDetail']['tier'];
export type MetricType = Schemas['MetricType'];

/** A hexagram's content as the stub answers it: a per-state copy (admin edits land in part 2). */
export interface HexagramContent {
  number: number;
  name: string;
  chinese: string;
  pinyin: string;
  symbol: string;
  upper: TrigramKey;
  lower: TrigramKey;
  judgment: string;
  image: string;
  lineTexts: string[];
  keywords: string[];
  /** Admin edits (`PATCH /api/admin/hexagrams/{n}`); null until edited. */
  culturalNotes: string | null;
  reviewedBy: string | null;
  reviewDate: string | null;
  updatedAt: string;
}

export interface UserRecord {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  tier: Tier;
  role: 'user' | 'admin';
  onboardingCompleted: boolean;
  preferences: FullPreferences;
  subscription?: Subscription;
  /** What `POST /api/subscription/create` adds: the id Stripe events name, cycle and price. */
  billing?: { id: string; billingCycle: BillingCycle; amount: number };
  culturalProgressionDate: string | null;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string;
  /** The connected calendar (simulated) and its last synced events. */
  calendar?: {
    integration: Schemas['CalendarIntegration'];
    events: { eventId: string; title: string; startTime: string; hexagram: number | null }[];
  };
  /** Client metrics and UX events the user sent, newest last (capped). */
  metrics?: { type: MetricType; value: number; at: string }[];
  uxEvents?: { satisfaction: number | null; at: string }[];
  /** When Stripe's webhook last ended the user's subscription (churn in platform analytics). */
  churnedAt?: string;
  /** The user's consultations, oldest first (capped). */
  consultationIds: string[];
}

export interface SessionRecord {
  id: string;
  userId: string;
  /** jti of the one refresh token that still works; rotation replaces it. */
  refreshJti: string;
  revoked: boolean;
}

export interface CacheEntry {
  consultationId: string;
  /** When the cached reading was made: it serves repeats for 24 hours from then. */
  createdAtMs: number;
}

/** What an export was asked for; the file is built from it whenever it is read (exports.ts). */
export interface ExportRecord {
  id: string;
  userId: string;
  createdAt: string;
  estimatedCompletion: string;
  completedAt: string | null;
  includeConsultations: boolean;
  includeAnalytics: boolean;
  /** Inclusive UTC dates, or null for all. */
  dateRange: { startDate: string; endDate: string } | null;
}

export interface SageState {
  users: BoundedMap<string, UserRecord>;
  /** Lower-case email → user id. */
  emails: BoundedMap<string, string>;
  sessions: BoundedMap<string, SessionRecord>;
  consultations: BoundedMap<string, Consultation>;
  /** `<userId>|<cacheKey>` → the reading a repeated question gets, for 24 hours. */
  cache: BoundedMap<string, CacheEntry>;
  /** `<userId>|<date>` → that day's guidance, fixed once given. */
  daily: BoundedMap<string, DailyGuidance>;
  hexagrams: HexagramContent[];
  exports: BoundedMap<string, ExportRecord>;
  /** Every subscription charge, oldest first (capped): platform revenue sums them. */
  charges: Charge[];
}

/** What a subscription charged when it was created; kept when the subscription is replaced or ends. */
export interface Charge {
  subscriptionId: string;
  userId: string;
  tier: PaidTier;
  amount: number;
  createdAt: string;
}

export interface SageEnv {
  state: SageState;
  principal: { userId: string; sessionId: string };
  services: { jwt: JwtIssuer; streamDelayMs: number; stripeWebhookSecret: string };
}

export type SageHandlers = Handlers<paths, SageEnv>;
/** The seeded faker handlers get (the core's), for helpers that take it. */
export type Faker = HandlerContext<unknown, SageEnv>['faker'];

export const ACCESS_TOKEN_SECONDS = 4 * 3600;
export const REFRESH_TOKEN_SECONDS = 30 * 24 * 3600;
export const CACHE_TTL_MS = 24 * 3600 * 1000;
// Caps sized so all five APIs, full, stay within the server's budget (docs/state-budgets.md): by
// count, and by bytes (estimated, see byte-size.ts) for the stores whose entries grow or vary:
// a user's consultations (`fitConsultations`), all consultations, users and daily guidance.
export const MAX_USERS = 1_000;
export const MAX_CONSULTATIONS = 2_000;
export const MAX_CONSULTATIONS_PER_USER = 1_000;
export const MAX_USER_CONSULTATIONS_BYTES = 4 * 1024 * 1024;
export const MAX_CONSULTATIONS_BYTES = 20 * 1024 * 1024;
export const MAX_USERS_BYTES = 6 * 1024 * 1024;
export const MAX_DAILY_BYTES = 4 * 1024 * 1024;
export const MAX_EXPORTS = 1_000;
export const MAX_CHARGES = 5_000;
/** A completed export can be downloaded for 7 days. */
export const EXPORT_LIFETIME_MS = 7 * 24 * 3600 * 1000;
export const UPGRADE_URL = 'https://sage.com/upgrade';

/** Subscription prices in cents of `usd`, by tier and billing cycle. */
export const PRICES: Record<PaidTier, Record<BillingCycle, number>> = {
  premium: { monthly: 699, yearly: 6990 },
  pro: { monthly: 1499, yearly: 14990 },
};

export function defaultPreferences(): FullPreferences {
  return {
    culturalDepth: 1,
    aiPersonalityPreference: 'balanced',
    animationPreferences: { reducedMotion: false, gpuAcceleration: true, streamingSpeed: 'medium' },
    sessionTracking: { longSessionReminders: true, mindfulnessBreaks: false, maxSessionDuration: 45 },
    interpretationStyle: 'balanced',
    guidanceTime: '09:00',
    timezone: 'UTC',
    notifications: { dailyGuidance: true, consultationReminders: false, weeklyInsights: true },
    privacy: { analyticsOptIn: true, marketingOptIn: false },
  };
}

/** A paid tier's subscription: monthly, starting when the account was created. */
export function subscriptionFor(tier: Tier, start: Date): Subscription | undefined {
  if (tier === 'free') return undefined;
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + 1);
  return { tier, status: 'active', currentPeriodStart: start.toISOString(), currentPeriodEnd: end.toISOString(), cancelAtPeriodEnd: false };
}

export function createState(instance: InstanceInfo): SageState {
  const now = instance.now;
  const state: SageState = {
    users: new BoundedMap<string, UserRecord>({ maxEntries: MAX_USERS, maxBytes: MAX_USERS_BYTES, sizeOf: byteSize, now }),
    emails: new BoundedMap({ maxEntries: MAX_USERS, now }),
    sessions: new BoundedMap({ maxEntries: MAX_USERS * 2, ttlMs: REFRESH_TOKEN_SECONDS * 1000, now }),
    consultations: new BoundedMap<string, Consultation>({
      maxEntries: MAX_CONSULTATIONS,
      maxBytes: MAX_CONSULTATIONS_BYTES,
      sizeOf: byteSize,
      now,
    }),
    cache: new BoundedMap({ maxEntries: MAX_CONSULTATIONS, ttlMs: CACHE_TTL_MS, now }),
    daily: new BoundedMap<string, DailyGuidance>({ maxEntries: MAX_CONSULTATIONS, maxBytes: MAX_DAILY_BYTES, sizeOf: byteSize, now }),
    hexagrams: [],
    exports: new BoundedMap({ maxEntries: MAX_EXPORTS, ttlMs: EXPORT_LIFETIME_MS * 2, now }),
    charges: [],
  };
  const at = now().toISOString();
  state.hexagrams = HEXAGRAMS.map((h) => ({
    ...h,
    lineTexts: [...h.lineTexts],
    keywords: [...h.keywords],
    culturalNotes: null,
    reviewedBy: null,
    reviewDate: null,
    updatedAt: at,
  }));
  for (const account of seedAccounts()) {
    const subscription = subscriptionFor(account.tier, now());
    // A seeded paid account is a monthly subscription charged at seeding, with a fixed id
    // (`sub_` and the account id's digits) that Stripe webhooks can address.
    const billing =
      account.tier === 'free'
        ? undefined
        : { id: `sub_${account.id.replaceAll('-', '')}`, billingCycle: 'monthly' as const, amount: PRICES[account.tier].monthly };
    if (billing && account.tier !== 'free') {
      recordCharge(state, { subscriptionId: billing.id, userId: account.id, tier: account.tier, amount: billing.amount, createdAt: at });
    }
    state.users.set(account.id, {
      id: account.id,
      email: account.email,
      passwordHash: account.passwordHash,
      displayName: account.displayName,
      tier: account.tier,
      role: account.role,
      onboardingCompleted: true,
      preferences: defaultPreferences(),
      ...(subscription ? { subscription } : {}),
      ...(billing ? { billing } : {}),
      culturalProgressionDate: null,
      createdAt: at,
      updatedAt: at,
      lastLoginAt: at,
      consultationIds: [],
    });
    state.emails.set(account.email, account.id);
  }
  return state;
}

export function recordCharge(state: SageState, charge: Charge): void {
  state.charges.push(charge);
  if (state.charges.length > MAX_CHARGES) state.charges.shift();
}

/** The signed-in user; the authenticator already checked the session. */
export function userOf(ctx: { principal: SageEnv['principal'] | undefined; state: SageState }): UserRecord {
  const user = ctx.principal ? ctx.state.users.get(ctx.principal.userId) : undefined;
  if (!user) throw new StubError(401, 'header.authorization: the account of this token no longer exists');
  return user;
}

/**
 * Keeps the user's newest consultations within MAX_CONSULTATIONS_PER_USER and
 * MAX_USER_CONSULTATIONS_BYTES (everything older than the first that does not fit goes, from
 * the store too), forgets the ids of those the store already let go, and counts the user's new
 * size. `addedBytes`: what the caller added to the user since it was last measured (an id
 * pushed: `itemBytes(id)`); the ids that go are taken off the same way, so a user with a
 * thousand consultations is not measured again whole on every consultation.
 */
export function fitConsultations(state: SageState, user: UserRecord, addedBytes = 0): void {
  const ids = user.consultationIds;
  let count = 0;
  let bytes = 0;
  let full = false;
  let removedBytes = 0;
  // Newest first; `keep[i]` is false for an id that goes.
  let keep: boolean[] | undefined;
  for (let i = ids.length - 1; i >= 0; i--) {
    const id = ids[i] as string;
    const size = state.consultations.bytesOf(id);
    full ||= size !== undefined && count > 0 && (count >= MAX_CONSULTATIONS_PER_USER || bytes + size > MAX_USER_CONSULTATIONS_BYTES);
    if (size === undefined || full) {
      if (full) state.consultations.delete(id);
      keep ??= ids.map(() => true);
      keep[i] = false;
      removedBytes += itemBytes(id);
    } else {
      count++;
      bytes += size;
    }
  }
  if (keep) {
    const kept = keep;
    user.consultationIds = ids.filter((_, i) => kept[i]);
  }
  const measured = state.users.bytesOf(user.id);
  state.users.resize(user.id, measured === undefined ? undefined : measured + addedBytes - removedBytes);
}

/** The user's consultations still in the store, oldest first. */
export function consultationsOf(state: SageState, user: UserRecord): Consultation[] {
  const found: Consultation[] = [];
  for (const id of user.consultationIds) {
    const consultation = state.consultations.get(id);
    if (consultation) found.push(consultation);
  }
  return found;
}

export function hexagramContent(state: SageState, number: number): HexagramContent {
  const hexagram = state.hexagrams[number - 1];
  if (!hexagram) throw new Error(`no hexagram ${number}`);
  return hexagram;
}

/** Dollars and rates, rounded to 4 decimals. */
export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** 32 lower-case hex digits, the id suffix the prose's examples show. */
export function hex32(faker: Faker): string {
  return faker.string.hexadecimal({ length: 32, casing: 'lower', prefix: '' });
}
