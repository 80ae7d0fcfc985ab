import type { BoardRulesDto, ResolutionDto } from '@hubspoke/contracts';
import { In, type EntityManager } from 'typeorm';
import { Resolution } from './resolution.entity';
import { countedVotes, standing, tally } from './tally';
import { Vote } from './vote.entity';
import { toVoteRecordDto } from './vote-record.mapper';

/** Resolutions of the hub with their tallies and vote records, in the order of the ids given: three queries at most. */
export async function readResolutions(manager: EntityManager, hubId: string, ids: string[]): Promise<ResolutionDto[]> {
  // one after the other: the manager may be a transaction's, whose one connection takes one query at a time
  const rows = await manager.findBy(Resolution, { id: In(ids), hubId });
  const seats = rows.some((r) => r.finalTally === null)
    ? await manager.query<{ id: string }[]>(`SELECT id FROM board_seat WHERE hub_id = $1`, [hubId])
    : [];
  const votes = await votesOf(manager, ids);
  const seatIds = seats.map((s) => s.id);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const own = votes.filter((v) => v.resolutionId === id);
    const rules: BoardRulesDto = { quorum: r.quorum, majority: r.majority };
    // open: counted live over today's seats; closed: the tally frozen at the close
    const counted = new Set(r.finalTally?.countedVoteIds ?? countedVotes(seatIds, own).map((v) => v.id));
    return [
      {
        id: r.id,
        hubId: r.hubId,
        title: r.title,
        motion: r.motion,
        status: r.status,
        rules,
        deadline: r.deadline.toISOString(),
        closedAt: r.closedAt?.toISOString() ?? null,
        proposedById: r.proposedById,
        tally: r.finalTally ? standing(r.finalTally.tally, rules) : tally(seatIds, own, rules),
        closingSeats: r.finalTally?.seats ?? null,
        votes: own.map((v) => toVoteRecordDto(v, counted.has(v.id))),
        version: r.version,
        createdAt: r.createdAt.toISOString(),
      },
    ];
  });
}

/** The votes cast on the resolutions, oldest first. */
export function votesOf(manager: EntityManager, resolutionIds: string[]): Promise<Vote[]> {
  return manager.find(Vote, { where: { resolutionId: In(resolutionIds) }, order: { castAt: 'ASC', id: 'ASC' } });
}

/** Whether every seat of the hub has its holder's vote on the resolution: then it is decided at once. */
export async function everyHolderVoted(manager: EntityManager, hubId: string, resolutionId: string): Promise<boolean> {
  const [{ missing }] = await manager.query<{ missing: number }[]>(
    `SELECT count(*)::int AS missing FROM board_seat s WHERE s.hub_id = $1 AND NOT EXISTS
       (SELECT 1 FROM vote v WHERE v.resolution_id = $2 AND v.seat_id = s.id AND v.cast_by = 'holder')`,
    [hubId, resolutionId],
  );
  return missing === 0;
}
