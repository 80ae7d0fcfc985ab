import type { HubEventDto } from '@hubspoke/contracts';
import type { EntityManager, QueryDeepPartialEntity } from 'typeorm';
import { planProposalStatuses, planReviewersAssigned } from '../notifications/challenge-notices';
import { Notification } from '../notifications/notification.entity';
import { planNotifications } from '../notifications/notification-planner';
import type { PlannedNotification } from '../notifications/planned-notification';
import { DAY_MS, type SeedDirectory } from './seed-directory';

/**
 * The inbox holds what the hubs' last two weeks brought. A vote not cast, a pack not read, a proposal not scored, a
 * measurement not verified are unread; the rest is read three days later.
 */
const INBOX_DAYS = 14;
const READ_AFTER_DAYS = 3;

/**
 * The demo people's inboxes, made by the api's own planners from the seeded history (its numbered events), so each person finds what waits
 * for them (Eleanor the open vote and the review's pack, Amara the members' progress, the reviewers their proposals).
 * Nothing is emailed.
 */
export async function seedNotifications(
  manager: EntityManager,
  dir: SeedDirectory,
  events: HubEventDto[],
): Promise<void> {
  const since = dir.now.getTime() - INBOX_DAYS * DAY_MS;
  const rows: (PlannedNotification & { createdAt: Date })[] = [];
  for (const event of events.filter((e) => Date.parse(e.createdAt) >= since)) {
    for (const n of await planNotifications(manager, event)) rows.push({ ...n, createdAt: new Date(event.createdAt) });
  }
  const yesterday = new Date(dir.now.getTime() - DAY_MS);
  for (const n of await challengeNotices(manager)) rows.push({ ...n, createdAt: yesterday });
  if (rows.length > 0) {
    // jsonb payloads are plain objects, which TypeORM's deep-partial type does not see
    const values = rows as QueryDeepPartialEntity<Notification>[];
    await manager.createQueryBuilder().insert().into(Notification).values(values).orIgnore().execute();
  }
  await manager.query(
    `UPDATE notification n SET read_at = n.created_at + interval '2 hours'
      WHERE CASE n.type
              WHEN 'resolution_proposed' THEN
                EXISTS (SELECT 1 FROM vote v WHERE v.resolution_id = n.entity_id AND v.user_id = n.user_id)
                OR NOT EXISTS (SELECT 1 FROM resolution r WHERE r.id = n.entity_id AND r.status = 'open')
              WHEN 'review_scheduled' THEN
                EXISTS (SELECT 1 FROM board_pack_read r WHERE r.review_id = n.entity_id AND r.user_id = n.user_id)
              WHEN 'reviewer_assigned' THEN
                EXISTS (SELECT 1 FROM proposal_score s WHERE s.proposal_id = n.entity_id AND s.reviewer_id = n.user_id)
              WHEN 'verification_requested' THEN
                EXISTS (SELECT 1 FROM measurement m WHERE m.id = n.entity_id AND m.verified_at IS NOT NULL)
              ELSE n.created_at < $1
            END`,
    [new Date(dir.now.getTime() - READ_AFTER_DAYS * DAY_MS)],
  );
}

/** The challenges' assignments to their reviewers, and the proposals the administrative review decided. */
async function challengeNotices(manager: EntityManager): Promise<PlannedNotification[]> {
  const assignments = await manager.query<{ proposalId: string; reviewerId: string }[]>(
    `SELECT proposal_id AS "proposalId", reviewer_id AS "reviewerId" FROM review_assignment`,
  );
  const decided = await manager.query<{ id: string }[]>(`SELECT id FROM proposal WHERE status <> 'submitted'`);
  return [
    ...(await planReviewersAssigned(manager, assignments)),
    ...(await planProposalStatuses(
      manager,
      decided.map((p) => p.id),
      null,
    )),
  ];
}
