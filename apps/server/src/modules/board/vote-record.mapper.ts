import type { VoteRecordDto } from '@hubspoke/contracts';
import type { Vote } from './vote.entity';

export function toVoteRecordDto(vote: Vote, counts: boolean): VoteRecordDto {
  return {
    id: vote.id,
    seatId: vote.seatId,
    seat: { title: vote.seatTitle, kind: vote.seatKind, constituency: vote.seatConstituency },
    voter: {
      memberId: vote.voterMemberId,
      userId: vote.userId,
      name: vote.voterName,
      organization: { id: vote.voterOrganizationId, name: vote.voterOrganizationName },
    },
    castBy: vote.castBy,
    choice: vote.choice,
    castAt: vote.castAt.toISOString(),
    counts,
  };
}
