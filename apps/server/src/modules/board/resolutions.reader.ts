import type { ResolutionDto } from '@hubspoke/contracts';
import { In, type EntityManager } from 'typeorm';
import { Resolution } from './resolution.entity';
import { countingVotes, tally, type CastVote } from './tally';

/** Resolutions of the hub with their tallies, in the order of the ids given: three queries for any number. */
export async function readResolutions(manager: EntityManager, hubId: string, ids: string[]): Promise<ResolutionDto[]> {
  // one after the other: the manager may be a transaction's, whose one connection takes one query at a time
  const rows = await manager.findBy(Resolution, { id: In(ids), hubId });
  const seats = await manager.query<{ id: string }[]>(`SELECT id FROM board_seat WHERE hub_id = $1`, [hubId]);
  const votes = await manager.query<(CastVote & { resolution_id: string; cast_at: Date })[]>(
    `SELECT resolution_id, seat_id AS "seatId", choice, cast_by AS "castBy", cast_at FROM vote
      WHERE resolution_id = ANY($1::uuid[])`,
    [ids],
  );
  const seatIds = seats.map((s) => s.id);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const own = votes.filter((v) => v.resolution_id === id);
    const rules = { quorum: r.quorum, majority: r.majority };
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
        tally: tally(seatIds, own, rules),
        votes: [...countingVotes(own).values()].map((v) => ({
          seatId: v.seatId,
          choice: v.choice,
          castBy: v.castBy,
          castAt: v.cast_at.toISOString(),
        })),
        version: r.version,
        createdAt: r.createdAt.toISOString(),
      },
    ];
  });
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
