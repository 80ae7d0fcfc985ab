import type { EntityManager } from 'typeorm';

/** A parent goal in its hub, whose roll-up changed. */
export interface ParentGoalRef {
  hubId: string;
  goalId: string;
}

/** Deletes the goal_roll_up_source rows matching `where` (SQL over its columns) and answers their parent goals. */
export async function deleteRollUpSources(
  manager: EntityManager,
  where: string,
  params: unknown[],
): Promise<ParentGoalRef[]> {
  // DELETE answers [rows, affected count] through TypeORM's query()
  const [rows]: [{ parent_hub_id: string; parent_goal_id: string }[], number] = await manager.query(
    `DELETE FROM goal_roll_up_source WHERE ${where} RETURNING parent_hub_id, parent_goal_id`,
    params,
  );
  return rows.map((row) => ({ hubId: row.parent_hub_id, goalId: row.parent_goal_id }));
}
