import type {
  PublicHubMeasurementDto,
  PublicResolutionDto,
  PublicSeatDto,
  PublicSectorDto,
  Sector,
} from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';

/** How many of the latest verified measurements and decided resolutions the page lists. */
const RECENT_MEASUREMENTS = 10;
const DECIDED_RESOLUTIONS = 20;

export interface PublicHubRow {
  id: string;
  slug: string;
  name: string;
  mission: string;
  sdgs: number[];
  sdg_targets: string[];
  archived_at: Date | null;
  created_at: Date;
}

export function hubRow(manager: EntityManager, hubId: string): Promise<PublicHubRow[]> {
  return manager.query(
    `SELECT id, slug, name, mission, sdgs, sdg_targets, archived_at, created_at FROM hub WHERE id = $1`,
    [hubId],
  );
}

type MemberOrganization = PublicSectorDto['organizations'][number] & { sector: Sector };

/** The organizations among the hub's active members, by sector then name. */
export function memberOrganizations(manager: EntityManager, hubId: string): Promise<MemberOrganization[]> {
  return manager.query(
    `SELECT DISTINCT o.id, o.name, o.short_name AS "shortName", o.country, o.sector
       FROM hub_member m JOIN organization o ON o.id = m.organization_id
      WHERE m.hub_id = $1 AND m.status = 'active'
      ORDER BY o.sector, o.name, o.id`,
    [hubId],
  );
}

/** The board's seats with the organization of each holder (not the person), by constituency then title. */
export function boardSeats(manager: EntityManager, hubId: string): Promise<PublicSeatDto[]> {
  return manager.query(
    `SELECT s.title, s.kind, s.constituency,
            json_build_object('id', o.id, 'name', o.name, 'sector', o.sector) AS organization
       FROM board_seat s
       JOIN hub_member m ON m.id = s.holder_member_id
       JOIN organization o ON o.id = m.organization_id
      WHERE s.hub_id = $1
      ORDER BY s.constituency, s.title, s.id`,
    [hubId],
  );
}

/** Passed and rejected resolutions with the counts frozen at their close, latest first; never the votes themselves. */
export async function decidedResolutions(manager: EntityManager, hubId: string): Promise<PublicResolutionDto[]> {
  const rows = await manager.query<
    (Omit<PublicResolutionDto, 'closedAt' | 'tally'> & { closed_at: Date; tally: PublicResolutionDto['tally'] })[]
  >(
    `SELECT id, title, motion, status, closed_at, final_tally -> 'tally' AS tally
       FROM resolution
      WHERE hub_id = $1 AND status IN ('passed', 'rejected') AND final_tally IS NOT NULL
      ORDER BY closed_at DESC, id DESC
      LIMIT ${DECIDED_RESOLUTIONS}`,
    [hubId],
  );
  return rows.map(({ closed_at, tally, ...r }) => ({
    ...r,
    closedAt: closed_at.toISOString(),
    tally: { seats: tally.seats, voted: tally.voted, for: tally.for, against: tally.against, abstain: tally.abstain },
  }));
}

/** The latest verified measurements across the hub's goals, with the reporting organization (not the person). */
export async function recentMeasurements(manager: EntityManager, hubId: string): Promise<PublicHubMeasurementDto[]> {
  const rows = await manager.query<
    (Omit<PublicHubMeasurementDto, 'observedAt' | 'verifiedAt'> & { observed_at: Date; verified_at: Date })[]
  >(
    `SELECT m.id, m.goal_id AS "goalId", g.title AS "goalTitle", g.unit, m.value, m.observed_at, m.verified_at,
            m.evidence_url AS "evidenceUrl", json_build_object('id', o.id, 'name', o.name) AS "reportedByOrganization"
       FROM measurement m
       JOIN goal g ON g.id = m.goal_id AND g.visibility = 'hub'
       JOIN organization o ON o.id = m.reported_by_organization_id
      WHERE m.hub_id = $1 AND m.verified_at IS NOT NULL
      ORDER BY m.observed_at DESC, m.id DESC
      LIMIT ${RECENT_MEASUREMENTS}`,
    [hubId],
  );
  return rows.map(({ observed_at, verified_at, ...m }) => ({
    ...m,
    observedAt: observed_at.toISOString(),
    verifiedAt: verified_at.toISOString(),
  }));
}
