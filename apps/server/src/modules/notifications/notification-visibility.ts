/**
 * Whether the owner of notification `n` may still read what it is about (SQL over alias `n`): a hub's notification
 * while they are an active member of the hub, an invitation while it stands, a review assignment while it lasts.
 * The inbox, the digests and the emails show only these, so a person removed from a private hub stops seeing its
 * notifications at once.
 */
export const READABLE_BY_OWNER = `(CASE
  WHEN n.hub_id IS NULL THEN
    n.type <> 'reviewer_assigned'
    OR EXISTS (SELECT 1 FROM review_assignment a WHERE a.proposal_id = n.entity_id AND a.reviewer_id = n.user_id)
  WHEN n.type = 'invitation' THEN
    EXISTS (SELECT 1 FROM hub_member i WHERE i.id = n.entity_id AND i.status <> 'removed')
  ELSE
    EXISTS (SELECT 1 FROM hub_member m WHERE m.hub_id = n.hub_id AND m.user_id = n.user_id AND m.status = 'active')
END)`;
