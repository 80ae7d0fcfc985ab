import { seesItemInHubsSql } from '../policy/group-sight';

/** The statements of `GET /me/work`; each lists at most $limit rows, most pressing first. */

/**
 * Open tasks assigned to me ($3) or to the organization I represent in their hub ($1 hubs paired with $2 orgs), that I
 * see (group-only ones through $5 and $6, a HubsSight).
 */
export const MY_TASKS = `
  SELECT t.id, t.hub_id AS "hubId", h.name AS "hubName", t.title, t.status, t.priority,
         to_char(t.due_date, 'YYYY-MM-DD') AS "dueDate", t.assignee_user_id IS NOT DISTINCT FROM $3 AS "assignedToMe"
    FROM unnest($1::uuid[], $2::uuid[]) AS mine(hub_id, organization_id)
    JOIN task t ON t.hub_id = mine.hub_id
    JOIN hub h ON h.id = t.hub_id
   WHERE t.status <> 'done' AND (t.assignee_user_id = $3 OR t.assignee_organization_id = mine.organization_id)
     AND ${seesItemInHubsSql('t', '$5', '$6')}
   ORDER BY t.due_date ASC NULLS LAST, t.id
   LIMIT $4`;

/** Unverified measurements in the hubs $1. */
export const MEASUREMENTS_TO_VERIFY = `
  SELECT m.id, m.goal_id AS "goalId", g.title AS "goalTitle", m.hub_id AS "hubId", h.name AS "hubName",
         m.value, g.unit, m.observed_at AS "observedAt"
    FROM measurement m
    JOIN goal g ON g.id = m.goal_id
    JOIN hub h ON h.id = m.hub_id
   WHERE m.hub_id = ANY($1::uuid[]) AND m.verified_at IS NULL
   ORDER BY m.created_at, m.id
   LIMIT $2`;

/** Open resolutions of the hubs where the members $1 hold or stand in for a seat, that none of them voted on. */
export const VOTES_TO_CAST = `
  SELECT r.id AS "resolutionId", r.hub_id AS "hubId", h.name AS "hubName", r.title, r.deadline
    FROM resolution r
    JOIN hub h ON h.id = r.hub_id
   WHERE r.status = 'open' AND r.deadline > now()
     AND EXISTS (SELECT 1 FROM board_seat s
                  WHERE s.hub_id = r.hub_id AND (s.holder_member_id = ANY($1::uuid[]) OR s.alternate_member_id = ANY($1::uuid[])))
     AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.resolution_id = r.id AND v.voter_member_id = ANY($1::uuid[]))
   ORDER BY r.deadline, r.id
   LIMIT $2`;

/** Proposals in review ($2 statuses) assigned to me ($1) as a reviewer, that I have not scored yet. */
export const PROPOSALS_TO_SCORE = `
  SELECT p.id AS "proposalId", p.title, c.id AS "challengeId", c.title AS "challengeTitle", c.stages
    FROM review_assignment a
    JOIN proposal p ON p.id = a.proposal_id
    JOIN challenge c ON c.id = p.challenge_id
   WHERE a.reviewer_id = $1 AND p.status::text = ANY($2::text[])
     AND NOT EXISTS (SELECT 1 FROM proposal_score s WHERE s.proposal_id = p.id AND s.reviewer_id = $1)
   ORDER BY c.title, p.title, p.id
   LIMIT $3`;
