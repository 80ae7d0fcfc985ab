import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  MY_WORK_LIMIT,
  stageRefusal,
  type ChallengeStageDto,
  type MyWorkDto,
  type MyWorkMeasurementDto,
  type MyWorkProposalDto,
  type MyWorkTaskDto,
  type MyWorkVoteDto,
} from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { hubsSight } from '../policy/group-sight';
import { PolicyService } from '../policy/policy.service';
import { IN_REVIEW } from '../challenges/challenge-reviews.service';
import { conflictedReviewers } from '../challenges/reviewer-conflicts';
import { isOverdue, todayUtc } from '../tasks/task.mapper';
import { MEASUREMENTS_TO_VERIFY, MY_TASKS, PROPOSALS_TO_SCORE, VOTES_TO_CAST } from './my-work.queries';

type TaskRow = Omit<MyWorkTaskDto, 'overdue'>;
type MeasurementRow = Omit<MyWorkMeasurementDto, 'observedAt'> & { observedAt: Date };
type VoteRow = Omit<MyWorkVoteDto, 'deadline'> & { deadline: Date };
type ProposalRow = MyWorkProposalDto & { stages: ChallengeStageDto[] };

/** What waits for the caller: each kind from the hubs where the policy lets them do it now. */
@Injectable()
export class MyWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  async get(user: AuthUser): Promise<MyWorkDto> {
    const hubs = (await this.policy.memberHubs(user)).filter((access) => !access.archived);
    const verifying = hubs.filter((access) => this.policy.memberMay(access, 'measurement.verify'));
    const voting = hubs.filter((access) => this.policy.memberMay(access, 'review.vote'));
    const sight = hubsSight(hubs);
    const [tasks, measurements, votes, proposals] = await Promise.all([
      this.dataSource.query<TaskRow[]>(MY_TASKS, [
        hubs.map((access) => access.hubId),
        hubs.map((access) => access.member.organizationId),
        user.id,
        MY_WORK_LIMIT,
        sight.allHubIds,
        sight.groupIds,
      ]),
      this.dataSource.query<MeasurementRow[]>(MEASUREMENTS_TO_VERIFY, [
        verifying.map((access) => access.hubId),
        MY_WORK_LIMIT,
      ]),
      this.dataSource.query<VoteRow[]>(VOTES_TO_CAST, [voting.map((access) => access.member.memberId), MY_WORK_LIMIT]),
      this.dataSource.query<ProposalRow[]>(PROPOSALS_TO_SCORE, [user.id, IN_REVIEW, MY_WORK_LIMIT]),
    ]);
    const conflicts = await conflictedReviewers(
      this.dataSource.manager,
      proposals.map((row) => row.proposalId),
    );
    const today = todayUtc();
    return {
      tasks: tasks.map((row) => ({ ...row, overdue: isOverdue(row.dueDate, row.status, today) })),
      measurementsToVerify: measurements.map((row) => ({ ...row, observedAt: row.observedAt.toISOString() })),
      votesToCast: votes.map((row) => ({ ...row, deadline: row.deadline.toISOString() })),
      // as the score route decides: scoring open in the challenge, and no conflict of interest found since
      proposalsToScore: proposals
        .filter((row) => stageRefusal('score', row.stages) === null && !conflicts.get(row.proposalId)!.has(user.id))
        .map(({ stages: _stages, ...row }) => row),
    };
  }
}
