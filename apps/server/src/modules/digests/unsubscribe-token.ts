import { createHmac, timingSafeEqual } from 'node:crypto';

export interface UnsubscribeTarget {
  userId: string;
  hubId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sign = (secret: string, body: string) =>
  createHmac('sha256', `digest-unsubscribe:${secret}`).update(body).digest('base64url');

/** A link token that turns off one user's digests of one hub: no login, no expiry, useless for anything else. */
export function unsubscribeToken(secret: string, target: UnsubscribeTarget): string {
  const body = Buffer.from(`${target.userId}.${target.hubId}`).toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The target of a genuine token, or null. */
export function verifyUnsubscribeToken(secret: string, token: string): UnsubscribeTarget | null {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [userId, hubId] = Buffer.from(body, 'base64url').toString().split('.');
  if (!userId || !hubId || !UUID.test(userId) || !UUID.test(hubId)) return null;
  return { userId, hubId };
}
