import type { Tx } from '../activity/unit-of-work';
import { organizationRepresentations } from './organization-representations';

/** The domain of an address, lower-case. */
export const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/**
 * The person proved they receive mail at their address: the account is verified, and they join, as approved
 * members, the organizations that verified their address's domain. Idempotent; in the caller's transaction.
 */
export async function markEmailVerified(tx: Tx, user: { id: string; email: string }): Promise<void> {
  await tx.manager.query(`UPDATE "user" SET email_verified_at = now() WHERE id = $1 AND email_verified_at IS NULL`, [
    user.id,
  ]);
  await joinByDomain(tx, emailDomain(user.email), [user.id]);
}

/**
 * Verified people with an address at `domain` (all of them, or those given) join the organizations that verified it;
 * a pending or declined request becomes approved, and hub invitations they accepted for it start.
 */
export async function joinByDomain(tx: Tx, domain: string, userIds: string[] | null = null): Promise<void> {
  const joined: { organization_id: string; user_id: string }[] = await tx.manager.query(
    `INSERT INTO organization_member (organization_id, user_id, role, status, joined_via, decided_at)
     SELECT o.id, u.id, 'member', 'approved', 'domain', now()
       FROM organization o
       JOIN "user" u ON u.email_verified_at IS NOT NULL AND split_part(u.email, '@', 2) = $1
                     AND ($2::uuid[] IS NULL OR u.id = ANY($2::uuid[]))
      WHERE $1 = ANY(o.email_domains)
     ON CONFLICT (organization_id, user_id) DO UPDATE
        SET status = 'approved', joined_via = 'domain', decided_at = now(), decided_by_id = NULL
      WHERE organization_member.status IN ('pending', 'rejected')
     RETURNING organization_id, user_id`,
    [domain, userIds],
  );
  for (const row of joined) await organizationRepresentations.start(tx, row.user_id, row.organization_id);
}
