import type { EntityManager } from 'typeorm';

/** One lock for every change to the graph of active links, so two concurrent links cannot together close a cycle. */
export async function lockHubGraph(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('hub_link_graph', 0))`);
}

/**
 * Whether making `childHubId` a spoke of `parentHubId` would make a hub its own ancestor: the child is the parent
 * or already above it. Hold lockHubGraph first. No depth limit: a chain is as deep as its hubs make it.
 */
export async function wouldCloseCycle(
  manager: EntityManager,
  parentHubId: string,
  childHubId: string,
): Promise<boolean> {
  if (parentHubId === childHubId) return true;
  const rows: unknown[] = await manager.query(
    `WITH RECURSIVE above(hub_id) AS (
       SELECT $1::uuid
       UNION
       SELECT l.parent_hub_id FROM hub_link l JOIN above a ON l.child_hub_id = a.hub_id WHERE l.status = 'active'
     )
     SELECT 1 FROM above WHERE hub_id = $2 LIMIT 1`,
    [parentHubId, childHubId],
  );
  return rows.length > 0;
}
