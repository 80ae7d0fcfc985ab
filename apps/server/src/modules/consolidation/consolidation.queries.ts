import type { ConsolidationLinkDto, HubVisibility } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';
import type { HubOnTarget } from './consolidate';

/** The running hubs of the given visibilities on the target, with their ratings and active members' organizations. */
export function hubsOnTarget(
  manager: EntityManager,
  code: string,
  sdg: number,
  visibilities: HubVisibility[],
): Promise<HubOnTarget[]> {
  return manager.query(
    `SELECT h.id, h.slug, h.name,
            (SELECT r.score FROM hub_rating r WHERE r.hub_id = h.id AND r.sdg = 0) AS rating,
            (SELECT r.score FROM hub_rating r WHERE r.hub_id = h.id AND r.sdg = $2) AS "sdgRating",
            coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'shortName', o.short_name,
                                                        'sector', o.sector, 'country', o.country) ORDER BY o.name, o.id)
                        FROM organization o
                       WHERE o.id IN (SELECT m.organization_id FROM hub_member m
                                       WHERE m.hub_id = h.id AND m.status = 'active')), '[]') AS organizations
       FROM hub h
      WHERE $1 = ANY(h.sdg_targets) AND h.visibility = ANY($3::hub_visibility[]) AND h.archived_at IS NULL
      ORDER BY h.name, h.id`,
    [code, sdg, visibilities],
  );
}

/** Active links between any two of the hubs. */
export async function linksAmong(manager: EntityManager, hubIds: string[]): Promise<ConsolidationLinkDto[]> {
  const rows = await manager.query<{ parent_hub_id: string; child_hub_id: string; since: Date }[]>(
    `SELECT parent_hub_id, child_hub_id, coalesce(decided_at, created_at) AS since
       FROM hub_link
      WHERE status = 'active' AND parent_hub_id = ANY($1::uuid[]) AND child_hub_id = ANY($1::uuid[])
      ORDER BY since, id`,
    [hubIds],
  );
  return rows.map((r) => ({ parentHubId: r.parent_hub_id, childHubId: r.child_hub_id, since: r.since.toISOString() }));
}

/** Targets with two or more running hubs of the given visibilities, and how many of their pairs share members. */
export function crowdedTargets(
  manager: EntityManager,
  visibilities: HubVisibility[],
): Promise<{ code: string; hubs: number; overlappingPairs: number }[]> {
  return manager.query(
    `WITH on_target AS (
       SELECT DISTINCT h.id, t.code FROM hub h CROSS JOIN LATERAL unnest(h.sdg_targets) AS t(code)
        WHERE h.visibility = ANY($1::hub_visibility[]) AND h.archived_at IS NULL),
     crowded AS (SELECT code, count(*)::int AS hubs FROM on_target GROUP BY code HAVING count(*) >= 2),
     spokes AS (SELECT DISTINCT m.hub_id, m.organization_id FROM hub_member m
                 WHERE m.status = 'active' AND m.hub_id IN (SELECT id FROM on_target))
     SELECT c.code, c.hubs,
            (SELECT count(*)::int FROM on_target a JOIN on_target b ON b.code = a.code AND a.id < b.id
              WHERE a.code = c.code
                AND EXISTS (SELECT 1 FROM spokes sa JOIN spokes sb ON sb.organization_id = sa.organization_id
                             WHERE sa.hub_id = a.id AND sb.hub_id = b.id)) AS "overlappingPairs"
       FROM crowded c`,
    [visibilities],
  );
}
