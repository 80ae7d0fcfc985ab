import { createHash, randomBytes } from 'node:crypto';

/** Only the sha256 of an invitation token is stored; the token itself is shown once. */
export function hashInviteToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashInviteToken(token) };
}
