import type { ClosingSeatDto, TallyDto } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';
import { Resolution, type FinalTally } from './resolution.entity';
import { votesOf } from './resolutions.reader';
import { countedVotes, outcome, tally } from './tally';

/**
 * Closes an open resolution (locked by the caller): decides it by its tally, or withdraws it, and stores the tally with
 * the seats and votes it counted, once. Every later read shows that tally, whatever happens to the board afterwards.
 */
export async function closeResolution(
  manager: EntityManager,
  resolution: Resolution,
  how: 'decide' | 'withdraw',
  closedAt: Date,
): Promise<Pick<Resolution, 'status' | 'closedAt' | 'finalTally' | 'version'>> {
  const finalTally = await countAtClose(manager, resolution);
  const changes = {
    status: how === 'withdraw' ? ('withdrawn' as const) : outcome(finalTally.tally),
    closedAt,
    finalTally,
    version: resolution.version + 1,
  };
  await manager.update(Resolution, { id: resolution.id }, changes);
  return changes;
}

async function countAtClose(manager: EntityManager, resolution: Resolution): Promise<FinalTally & { tally: TallyDto }> {
  // share-locked: no seat is removed or changed between counting the seats and their votes
  const seats = await manager.query<ClosingSeatDto[]>(
    `SELECT id, title, kind, constituency FROM board_seat WHERE hub_id = $1 ORDER BY title, id FOR SHARE`,
    [resolution.hubId],
  );
  const votes = await votesOf(manager, [resolution.id]);
  const seatIds = seats.map((s) => s.id);
  const rules = { quorum: resolution.quorum, majority: resolution.majority };
  return {
    tally: tally(seatIds, votes, rules),
    seats,
    countedVoteIds: countedVotes(seatIds, votes).map((v) => v.id),
  };
}
