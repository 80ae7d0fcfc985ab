import type { BoardSeatDto, SeatPersonDto } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';

const PERSON = (alias: string, member: string) => `
  CASE WHEN ${member} IS NULL THEN NULL ELSE (
    SELECT json_build_object('memberId', ${alias}.id, 'userId', ${alias}.user_id, 'name', u.name,
             'organization', json_build_object('id', o.id, 'name', o.name, 'shortName', o.short_name,
                                               'sector', o.sector, 'country', o.country))
      FROM hub_member ${alias} JOIN "user" u ON u.id = ${alias}.user_id JOIN organization o ON o.id = ${alias}.organization_id
     WHERE ${alias}.id = ${member}) END`;

interface SeatRow {
  id: string;
  hub_id: string;
  title: string;
  kind: BoardSeatDto['kind'];
  constituency: BoardSeatDto['constituency'];
  holder: SeatPersonDto;
  alternate: SeatPersonDto | null;
  version: number;
  created_at: Date;
}

/** A hub's seats with their holders and alternates, by title; or one seat. */
export async function readSeats(manager: EntityManager, hubId: string, seatId?: string): Promise<BoardSeatDto[]> {
  const rows = await manager.query<SeatRow[]>(
    `SELECT s.id, s.hub_id, s.title, s.kind, s.constituency, s.version, s.created_at,
            ${PERSON('h', 's.holder_member_id')} AS holder, ${PERSON('a', 's.alternate_member_id')} AS alternate
       FROM board_seat s WHERE s.hub_id = $1 AND ($2::uuid IS NULL OR s.id = $2) ORDER BY s.title, s.id`,
    [hubId, seatId ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    hubId: r.hub_id,
    title: r.title,
    kind: r.kind,
    constituency: r.constituency,
    holder: r.holder,
    alternate: r.alternate,
    version: r.version,
    createdAt: r.created_at.toISOString(),
  }));
}
