import type { VoteChoice } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';

/** A seat a member votes for, and their place on it. */
export interface VotingSeat {
  id: string;
  castBy: 'holder' | 'alternate';
}

/**
 * The seats of the hub the member holds or is the alternate of (or only `seatId`), share-locked until the transaction
 * ends, so the vote records the seat as it stands while a concurrent edit or removal waits.
 */
export function votingSeats(
  manager: EntityManager,
  hubId: string,
  memberId: string,
  seatId?: string,
): Promise<VotingSeat[]> {
  return manager.query(
    `SELECT id, CASE WHEN holder_member_id = $2 THEN 'holder' ELSE 'alternate' END AS "castBy" FROM board_seat
      WHERE hub_id = $1 AND (holder_member_id = $2 OR alternate_member_id = $2) AND ($3::uuid IS NULL OR id = $3)
      FOR SHARE`,
    [hubId, memberId, seatId ?? null],
  );
}

/**
 * Records a member's vote for a seat with the seat and the voter (name, the organization they represent) as they are
 * now. The member's earlier vote for the same seat in the same place is replaced; anyone else's is left as cast.
 */
export async function recordVote(
  manager: EntityManager,
  vote: { resolutionId: string; seat: VotingSeat; memberId: string; choice: VoteChoice; castAt?: Date },
): Promise<void> {
  await manager.query(
    `INSERT INTO vote (resolution_id, seat_id, seat_title, seat_kind, seat_constituency, cast_by, voter_member_id,
                       user_id, voter_name, voter_organization_id, voter_organization_name, choice, cast_at)
     SELECT $1, s.id, s.title, s.kind, s.constituency, $3::board_voter, m.id, u.id, u.name, o.id, o.name,
            $5::vote_choice, coalesce($6::timestamptz, now())
       FROM board_seat s, hub_member m JOIN "user" u ON u.id = m.user_id JOIN organization o ON o.id = m.organization_id
      WHERE s.id = $2 AND m.id = $4
     ON CONFLICT (resolution_id, seat_id, cast_by, voter_member_id) DO UPDATE SET
       seat_title = EXCLUDED.seat_title, seat_kind = EXCLUDED.seat_kind, seat_constituency = EXCLUDED.seat_constituency,
       user_id = EXCLUDED.user_id, voter_name = EXCLUDED.voter_name,
       voter_organization_id = EXCLUDED.voter_organization_id, voter_organization_name = EXCLUDED.voter_organization_name,
       choice = EXCLUDED.choice, cast_at = EXCLUDED.cast_at`,
    [vote.resolutionId, vote.seat.id, vote.seat.castBy, vote.memberId, vote.choice, vote.castAt ?? null],
  );
}
