import type { EntityManager } from 'typeorm';

/**
 * Who sees a proposal besides the challenge's managers: its submitter, its assigned reviewers and the active
 * secretariat of the hub that proposed it. As SQL over proposal `p`, for the user with id $2.
 */
export const VISIBLE_TO_USER = `(p.submitted_by_id = $2
  OR EXISTS (SELECT 1 FROM review_assignment a WHERE a.proposal_id = p.id AND a.reviewer_id = $2)
  OR EXISTS (SELECT 1 FROM hub_member m WHERE m.hub_id = p.hub_id AND m.user_id = $2
               AND m.role = 'secretariat' AND m.status = 'active'))`;

/**
 * The users who see some proposal of the challenge, by the rule above, and its managers (issuer, platform admins):
 * those to tell when its review changes.
 */
export async function challengeAudience(manager: EntityManager, challengeId: string): Promise<string[]> {
  const rows: { user_id: string }[] = await manager.query(
    `SELECT created_by_id AS user_id FROM challenge WHERE id = $1 AND created_by_id IS NOT NULL
     UNION SELECT id FROM "user" WHERE is_platform_admin
     UNION SELECT p.submitted_by_id FROM proposal p WHERE p.challenge_id = $1 AND p.submitted_by_id IS NOT NULL
     UNION SELECT a.reviewer_id FROM review_assignment a JOIN proposal p ON p.id = a.proposal_id
            WHERE p.challenge_id = $1
     UNION SELECT m.user_id FROM hub_member m JOIN proposal p ON p.hub_id = m.hub_id
            WHERE p.challenge_id = $1 AND m.role = 'secretariat' AND m.status = 'active' AND m.user_id IS NOT NULL`,
    [challengeId],
  );
  return rows.map((r) => r.user_id);
}
