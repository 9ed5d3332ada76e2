// Safety: check-ins (which schedule the next one and release a session paused by an
// escalation), crisis resources by country, and opt-in therapist referrals.
import { crisisResources, internationalResources } from '../../fixtures/shadow-coach/crisis-resources.ts';
import { byteSize, itemBytes } from '../../src/core/index.ts';
import type { CheckInRecord, CoachHandlers, ReferralRecord, SafetyStatus } from './env.ts';
import { capArray, fitUser, MAX_CHECK_INS_PER_USER, newId, ownSession, userOf } from './env.ts';

const HOUR_MS = 3_600_000;
const NEXT_CHECK_IN_HOURS: Record<SafetyStatus, number> = { safe: 24, unsure: 4, needs_support: 1 };
const REFERRAL_RESPONSE_MS = 24 * HOUR_MS;

export const safetyHandlers = {
  'POST /v1/safety/check-in': (ctx) => {
    const owner = userOf(ctx);
    const { session_id, safety_status, message } = ctx.body;
    if (session_id !== undefined) {
      const { session } = ownSession(ctx, session_id);
      if (safety_status === 'safe') session.awaitingSafeCheckIn = false;
    }
    const at = ctx.now();
    const record: CheckInRecord = {
      id: newId('check', ctx.faker),
      sessionId: session_id ?? null,
      status: safety_status,
      message: message ?? null,
      at,
      next: new Date(at.getTime() + NEXT_CHECK_IN_HOURS[safety_status] * HOUR_MS),
    };
    owner.checkIns.push(record);
    fitUser(ctx.state, owner, itemBytes(record) - capArray(owner.checkIns, MAX_CHECK_INS_PER_USER));
    return ctx.reply(200).json({
      check_in_id: record.id,
      safety_status,
      timestamp: at.toISOString(),
      next_check_in: record.next.toISOString(),
    });
  },

  'GET /v1/safety/resources': (ctx) => {
    const owner = userOf(ctx);
    const country = (ctx.query.country ?? owner.user.preferences.country).toUpperCase();
    const found = crisisResources()[country] ?? internationalResources();
    return ctx.reply(200).json({ resources: found.resources, location: { country, region: ctx.query.region ?? null } });
  },

  'POST /v1/safety/referral': (ctx) => {
    const owner = userOf(ctx);
    const now = ctx.now();
    const before = byteSize(owner.referral);
    let referral: ReferralRecord | null = owner.referral;
    if (referral) {
      // A later request finds the referral matched (or it already was, once due).
      referral.matched = true;
      referral.preferences = ctx.body.preferences ?? referral.preferences;
    } else {
      referral = {
        id: newId('ref', ctx.faker),
        createdAt: now,
        estimatedResponse: new Date(now.getTime() + REFERRAL_RESPONSE_MS),
        matched: false,
        preferences: ctx.body.preferences,
      };
      owner.referral = referral;
    }
    if (now.getTime() >= referral.estimatedResponse.getTime()) referral.matched = true;
    fitUser(ctx.state, owner, byteSize(owner.referral) - before);
    return ctx.reply(200).json({
      referral_id: referral.id,
      status: referral.matched ? 'matched' : 'processing',
      estimated_response: referral.estimatedResponse.toISOString(),
    });
  },
} satisfies Partial<CoachHandlers>;
