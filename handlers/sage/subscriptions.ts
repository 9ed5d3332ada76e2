// Subscriptions and Stripe's webhook. Creating a subscription changes the tier at once (the
// rate limiter reads the tier from state on every request). The webhook checks Stripe's
// signature over the body's bytes as sent (`ctx.rawBody`), as Stripe's libraries do, with Web
// Crypto HMAC-SHA256, which runs on both transports (Node and browsers).
import { StubError } from '../../src/core/index.ts';
import type { components } from '../../src/generated/sage.ts';
import type { SageHandlers, SageState, UserRecord } from './env.ts';
import { hex32, PRICES, recordCharge, userOf } from './env.ts';

type SubscriptionDetail = components['schemas']['SubscriptionDetail'];

export const DEFAULT_STRIPE_WEBHOOK_SECRET = 'whsec_contract_stubs_sage';
/** How far `t` may be from the stub's clock, either way (Stripe's libraries' default). */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** The signing secret: `SAGE_STRIPE_WEBHOOK_SECRET` where there is an environment (Node), else the default. */
export function stripeWebhookSecret(): string {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.SAGE_STRIPE_WEBHOOK_SECRET || DEFAULT_STRIPE_WEBHOOK_SECRET;
}

function detailOf(user: UserRecord): SubscriptionDetail | undefined {
  const { subscription, billing } = user;
  if (!subscription || !billing || subscription.tier === 'free') return undefined;
  return {
    id: billing.id,
    tier: subscription.tier,
    status: subscription.status,
    currentPeriodStart: subscription.currentPeriodStart,
    currentPeriodEnd: subscription.currentPeriodEnd,
    billingCycle: billing.billingCycle,
    amount: billing.amount,
    currency: 'usd',
    nextBillingDate: subscription.currentPeriodEnd,
  };
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** HMAC-SHA256 of `<prefix><payload>`, in hex: the payload's bytes as they are, never re-encoded. */
async function hmacSha256Hex(secret: string, prefix: string, payload: Uint8Array): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const head = encoder.encode(prefix);
  const message = new Uint8Array(head.byteLength + payload.byteLength);
  message.set(head);
  message.set(payload, head.byteLength);
  return hex(await crypto.subtle.sign('HMAC', key, message));
}

/** Equal-length hex strings compared without an early exit. */
function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

function badSignature(message: string): StubError {
  return new StubError(400, `header.stripe-signature: ${message}`, {
    code: 'VALIDATION_ERROR',
    details: { field: 'header.stripe-signature', message },
  });
}

/** Stripe's scheme: `t=<seconds>,v1=<hex>[,v1=…]`, HMAC over `<t>.<payload bytes>`, `t` within the tolerance. */
export async function verifyStripeSignature(header: string, payload: Uint8Array, secret: string, now: Date): Promise<void> {
  const parts = header.split(',').map((part) => part.trim().split('='));
  const t = parts.find(([k]) => k === 't')?.[1];
  const signatures = parts.filter(([k, v]) => k === 'v1' && v).map(([, v]) => v ?? '');
  if (!t || !/^\d+$/.test(t) || signatures.length === 0) throw badSignature('must be "t=<unix seconds>,v1=<hex signature>"');
  if (Math.abs(now.getTime() / 1000 - Number(t)) > SIGNATURE_TOLERANCE_SECONDS) {
    throw badSignature(`the timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS} seconds from now`);
  }
  const expected = await hmacSha256Hex(secret, `${t}.`, payload);
  if (!signatures.some((s) => sameHex(s.toLowerCase(), expected))) throw badSignature('no v1 signature matches the payload');
}

function userWithSubscription(state: SageState, id: string): UserRecord | undefined {
  for (const user of state.users.values()) if (user.billing?.id === id) return user;
  return undefined;
}

type StripeObject = components['schemas']['StripeEvent']['data']['object'];

function applyUpdate(user: UserRecord, object: StripeObject, now: Date): void {
  const subscription = user.subscription;
  if (!subscription) return;
  const tier = object.metadata?.tier;
  if (tier === 'premium' || tier === 'pro') {
    user.tier = tier;
    subscription.tier = tier;
    // The price follows the tier from the next invoice on (no charge now: Stripe prorates).
    if (user.billing) user.billing.amount = PRICES[tier][user.billing.billingCycle];
  }
  const status = object.status === 'canceled' ? 'cancelled' : object.status;
  if (status === 'active' || status === 'past_due' || status === 'cancelled') subscription.status = status;
  if (object.cancel_at_period_end !== undefined) subscription.cancelAtPeriodEnd = object.cancel_at_period_end;
  if (object.current_period_start !== undefined)
    subscription.currentPeriodStart = new Date(object.current_period_start * 1000).toISOString();
  if (object.current_period_end !== undefined) subscription.currentPeriodEnd = new Date(object.current_period_end * 1000).toISOString();
  user.updatedAt = now.toISOString();
}

export const subscriptionHandlers = {
  'POST /api/subscription/create': (ctx) => {
    const user = userOf(ctx);
    const { tier, billingCycle } = ctx.body;
    const start = ctx.now();
    const end = new Date(start);
    if (billingCycle === 'monthly') end.setUTCMonth(end.getUTCMonth() + 1);
    else end.setUTCFullYear(end.getUTCFullYear() + 1);
    user.tier = tier;
    user.subscription = {
      tier,
      status: 'active',
      currentPeriodStart: start.toISOString(),
      currentPeriodEnd: end.toISOString(),
      cancelAtPeriodEnd: false,
    };
    user.billing = { id: `sub_${hex32(ctx.faker)}`, billingCycle, amount: PRICES[tier][billingCycle] };
    recordCharge(ctx.state, {
      subscriptionId: user.billing.id,
      userId: user.id,
      tier,
      amount: user.billing.amount,
      createdAt: start.toISOString(),
    });
    user.updatedAt = start.toISOString();
    ctx.state.users.resize(user.id);
    const subscription = detailOf(user);
    if (!subscription) throw new Error('a subscription was just created');
    return ctx.reply(201).json({ success: true, data: { subscription } });
  },

  'POST /api/webhooks/stripe': async (ctx) => {
    // The body is required, so the core read it and kept its bytes.
    await verifyStripeSignature(
      ctx.headers['stripe-signature'] ?? '',
      ctx.rawBody ?? new Uint8Array(),
      ctx.services.stripeWebhookSecret,
      ctx.now(),
    );
    const { type, data } = ctx.body;
    const id = data.object.id;
    const user = id ? userWithSubscription(ctx.state, id) : undefined;
    if (user && type === 'customer.subscription.updated') applyUpdate(user, data.object, ctx.now());
    if (user && type === 'customer.subscription.deleted') {
      user.tier = 'free';
      delete user.subscription;
      delete user.billing;
      user.churnedAt = ctx.now().toISOString();
      user.updatedAt = ctx.now().toISOString();
    }
    if (user) ctx.state.users.resize(user.id);
    return ctx.reply(200).json({ received: true });
  },
} satisfies Partial<SageHandlers>;
