import type { EntityManager } from 'typeorm';

/**
 * The people who may never review each proposal, from what they belong to: its submitter, the people its team's
 * emails belong to, the approved members of its lead and team organizations, and the active members of its
 * proposing hub. Proposal id → user ids.
 */
export async function conflictedReviewers(
  manager: EntityManager,
  proposalIds: string[],
): Promise<Map<string, Set<string>>> {
  const rows: { proposal_id: string; user_id: string }[] = await manager.query(
    `SELECT p.id AS proposal_id, c.user_id
       FROM proposal p
       CROSS JOIN LATERAL (
         SELECT p.submitted_by_id AS user_id WHERE p.submitted_by_id IS NOT NULL
         UNION
         SELECT u.id FROM "user" u
          WHERE u.email IN (SELECT lower(t->>'email') FROM jsonb_array_elements(p.team) t)
         UNION
         SELECT m.user_id FROM organization_member m
          WHERE m.status = 'approved'
            AND (m.organization_id = p.lead_organization_id
                 OR m.organization_id IN (SELECT (t->>'organizationId')::uuid FROM jsonb_array_elements(p.team) t))
         UNION
         SELECT h.user_id FROM hub_member h
          WHERE h.hub_id = p.hub_id AND h.status = 'active' AND h.user_id IS NOT NULL
       ) c
      WHERE p.id = ANY($1::uuid[])`,
    [proposalIds],
  );
  const conflicts = new Map(proposalIds.map((id) => [id, new Set<string>()]));
  for (const row of rows) conflicts.get(row.proposal_id)!.add(row.user_id);
  return conflicts;
}
