import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalStatus } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { NotificationRecorder } from './notification-recorder';
import { excerpt, type PlannedNotification, type Queryable } from './planned-notification';

const STATUS_TITLES: Record<ProposalStatus, string> = {
  submitted: 'Your proposal is submitted',
  eligible: 'Your proposal passed the administrative review',
  ineligible: 'Your proposal was found ineligible',
  shortlisted: 'Your proposal is shortlisted',
  awarded: 'Your proposal won the award',
  not_selected: 'Your proposal was not selected',
};

interface ProposalRow {
  id: string;
  title: string;
  status: ProposalStatus;
  submitted_by_id: string | null;
  challenge_id: string;
  challenge_title: string;
}

async function proposals(db: Queryable, ids: string[]): Promise<Map<string, ProposalRow>> {
  const rows = await db.query<ProposalRow[]>(
    `SELECT p.id, p.title, p.status, p.submitted_by_id, c.id AS challenge_id, c.title AS challenge_title
       FROM proposal p JOIN challenge c ON c.id = p.challenge_id WHERE p.id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

const about = (p: ProposalRow) => ({
  hubId: null,
  entityId: p.id,
  body: excerpt(`“${p.title}”, for the challenge “${p.challenge_title}”`),
  payload: { challengeId: p.challenge_id, proposalId: p.id },
});

/** A proposal assigned to a reviewer: that reviewer, who may read it from then on. */
export async function planReviewersAssigned(
  db: Queryable,
  assignments: { proposalId: string; reviewerId: string }[],
): Promise<PlannedNotification[]> {
  const byId = await proposals(
    db,
    assignments.map((a) => a.proposalId),
  );
  return assignments.flatMap(({ proposalId, reviewerId }) => {
    const p = byId.get(proposalId);
    if (!p) return [];
    return [
      {
        ...about(p),
        userId: reviewerId,
        type: 'reviewer_assigned' as const,
        title: 'A proposal is assigned to you for review',
        onceKey: `reviewer_assigned:${p.id}`,
      },
    ];
  });
}

/** The proposals' current statuses, each to its submitter unless they made the change. */
export async function planProposalStatuses(
  db: Queryable,
  proposalIds: string[],
  actorId: string | null,
): Promise<PlannedNotification[]> {
  return [...(await proposals(db, proposalIds)).values()].flatMap((p) => {
    if (!p.submitted_by_id || p.submitted_by_id === actorId) return [];
    const { payload, ...rest } = about(p);
    return [
      {
        ...rest,
        userId: p.submitted_by_id,
        type: 'proposal_status_changed' as const,
        title: STATUS_TITLES[p.status],
        payload: { ...payload, status: p.status },
      },
    ];
  });
}

/**
 * A challenge's review tells the people it concerns, and no one else: a reviewer of the proposal assigned to them, a
 * submitter of their proposal's new status. Called after the change committed; never fails it.
 */
@Injectable()
export class ChallengeNotices {
  private readonly logger = new Logger(ChallengeNotices.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recorder: NotificationRecorder,
  ) {}

  reviewersAssigned(assignments: { proposalId: string; reviewerId: string }[]): Promise<void> {
    return this.tell('reviewer assignments', () => planReviewersAssigned(this.dataSource, assignments));
  }

  proposalStatusChanged(proposalIds: string[], actorId: string): Promise<void> {
    return this.tell('proposal statuses', () => planProposalStatuses(this.dataSource, proposalIds, actorId));
  }

  private async tell(what: string, plan: () => Promise<PlannedNotification[]>): Promise<void> {
    try {
      await this.recorder.record(await plan());
    } catch (error) {
      this.logger.warn(`No notifications of ${what}: ${(error as Error).message}`);
    }
  }
}
