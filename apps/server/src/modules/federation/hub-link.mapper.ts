import type { HubLinkDto, HubLinkStatus } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';

interface HubLinkRow {
  id: string;
  parent_hub_id: string;
  parent_hub_name: string;
  child_hub_id: string;
  child_hub_name: string;
  status: HubLinkStatus;
  requested_by_hub_id: string;
  created_at: Date;
  decided_at: Date | null;
  ended_at: Date | null;
}

const LINKS_SQL = `
SELECT l.id, l.parent_hub_id, p.name AS parent_hub_name, l.child_hub_id, c.name AS child_hub_name, l.status,
       l.requested_by_hub_id, l.created_at, l.decided_at, l.ended_at
  FROM hub_link l
  JOIN hub p ON p.id = l.parent_hub_id
  JOIN hub c ON c.id = l.child_hub_id`;

function toHubLinkDto(row: HubLinkRow): HubLinkDto {
  return {
    id: row.id,
    parentHub: { id: row.parent_hub_id, name: row.parent_hub_name },
    childHub: { id: row.child_hub_id, name: row.child_hub_name },
    status: row.status,
    requestedByHubId: row.requested_by_hub_id,
    createdAt: row.created_at.toISOString(),
    decidedAt: row.decided_at?.toISOString() ?? null,
    endedAt: row.ended_at?.toISOString() ?? null,
  };
}

/** The link as either hub's members see it: the two hubs' names and its state, nothing else of either hub. */
export async function readHubLink(manager: EntityManager, linkId: string): Promise<HubLinkDto | null> {
  const rows: HubLinkRow[] = await manager.query(`${LINKS_SQL} WHERE l.id = $1`, [linkId]);
  return rows[0] ? toHubLinkDto(rows[0]) : null;
}

/** The hub's pending and active links, oldest first. */
export async function readOpenLinks(manager: EntityManager, hubId: string): Promise<HubLinkDto[]> {
  const rows: HubLinkRow[] = await manager.query(
    `${LINKS_SQL} WHERE (l.parent_hub_id = $1 OR l.child_hub_id = $1) AND l.status IN ('pending', 'active')
      ORDER BY l.created_at, l.id`,
    [hubId],
  );
  return rows.map(toHubLinkDto);
}
