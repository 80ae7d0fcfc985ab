import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChildContributionDto, GoalRollUpDto, RollUpMethod } from '@hubspoke/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Reading } from './progress';
import { listedContributions, rollUpValue } from './roll-up';

/** A parent goal's roll-up, and the reading its progress is judged on (the rolled-up value, at the latest report). */
export interface RolledUpGoal {
  rollUp: GoalRollUpDto;
  reading: Reading | null;
}

interface RollUpGoalRow {
  id: string;
  unit: string;
  roll_up_method: RollUpMethod;
}

interface SourceRow {
  parent_goal_id: string;
  child_goal_id: string;
  child_hub_id: string;
  child_hub_name: string;
  weight: number;
  unit: string;
  roll_up_method: RollUpMethod | null;
  value: number | null;
  observed_at: Date | null;
}

/** The child goals mapped to the given parent goals, each with its latest verified value; children by hub name. */
const SOURCES_SQL = `
SELECT s.parent_goal_id, s.child_goal_id, s.child_hub_id, h.name AS child_hub_name, s.weight, c.unit,
       c.roll_up_method, v.value, v.observed_at
  FROM goal_roll_up_source s
  JOIN goal c ON c.id = s.child_goal_id
  JOIN hub h ON h.id = s.child_hub_id
  LEFT JOIN LATERAL (
    SELECT m.value, m.observed_at FROM measurement m
     WHERE m.goal_id = c.id AND m.verified_at IS NOT NULL
     ORDER BY m.observed_at DESC, m.id DESC
     LIMIT 1
  ) v ON true
 WHERE s.parent_goal_id = ANY($1::uuid[])
 ORDER BY h.name, s.id`;

/**
 * Reads parent goals' roll-ups across hubs. A child goal that rolls up its own children contributes its rolled-up
 * value, so a roll-up reads down the whole tree of hubs below it, one query per level.
 */
@Injectable()
export class RollUpReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The roll-ups of the hub's goals that declare a method, by goal id. */
  async forHub(hubId: string, manager = this.dataSource.manager): Promise<Map<string, RolledUpGoal>> {
    const roots: RollUpGoalRow[] = await manager.query(
      `SELECT id, unit, roll_up_method FROM goal WHERE hub_id = $1 AND roll_up_method IS NOT NULL`,
      [hubId],
    );
    return roots.length === 0 ? new Map() : this.compute(roots, manager);
  }

  private async compute(roots: RollUpGoalRow[], manager: EntityManager): Promise<Map<string, RolledUpGoal>> {
    const goals = new Map(roots.map((goal) => [goal.id, goal]));
    const sources = await this.sourcesBelow(goals, manager);
    const result = new Map<string, RolledUpGoal>();
    const onPath = new Set<string>();

    const visit = (goal: RollUpGoalRow): RolledUpGoal => {
      const done = result.get(goal.id);
      if (done) return done;
      onPath.add(goal.id);
      const rows = sources.get(goal.id) ?? [];
      const readings = rows.map(nestedReading);
      onPath.delete(goal.id);
      const { value, childCount, reportedCount } = rollUpValue(
        goal.roll_up_method,
        goal.unit,
        rows.map((row, i) => ({ value: readings[i]?.value ?? null, weight: row.weight, unit: row.unit })),
      );
      const all = rows.map((row, i) => contribution(row, readings[i] ?? null));
      const contributions = listedContributions(goal.roll_up_method, all);
      const latest = all.reduce<string | null>(
        (max, c) => (c.reportedAt && (!max || c.reportedAt > max) ? c.reportedAt : max),
        null,
      );
      const rolled: RolledUpGoal = {
        rollUp: { method: goal.roll_up_method, value, childCount, reportedCount, contributions },
        reading: value !== null && latest ? { value, observedAt: new Date(latest) } : null,
      };
      result.set(goal.id, rolled);
      return rolled;
    };
    // a child that rolls up further contributes its own roll-up; a cycle in the data cannot loop
    const nestedReading = (row: SourceRow): Reading | null => {
      const nested = row.roll_up_method ? goals.get(row.child_goal_id) : undefined;
      if (nested && !onPath.has(nested.id)) return visit(nested).reading;
      return row.value !== null && row.observed_at ? { value: row.value, observedAt: row.observed_at } : null;
    };

    for (const root of roots) visit(root);
    return new Map(roots.map((root) => [root.id, result.get(root.id)!]));
  }

  /** The sources of the goals and, level by level, of every mapped child goal that rolls up its own children. */
  private async sourcesBelow(
    goals: Map<string, RollUpGoalRow>,
    manager: EntityManager,
  ): Promise<Map<string, SourceRow[]>> {
    const sources = new Map<string, SourceRow[]>();
    for (let frontier = [...goals.keys()]; frontier.length > 0;) {
      const rows: SourceRow[] = await manager.query(SOURCES_SQL, [frontier]);
      frontier = [];
      for (const row of rows) {
        const list = sources.get(row.parent_goal_id);
        if (list) list.push(row);
        else sources.set(row.parent_goal_id, [row]);
        if (row.roll_up_method && !goals.has(row.child_goal_id)) {
          goals.set(row.child_goal_id, { id: row.child_goal_id, unit: row.unit, roll_up_method: row.roll_up_method });
          frontier.push(row.child_goal_id);
        }
      }
    }
    return sources;
  }
}

function contribution(row: SourceRow, reading: Reading | null): ChildContributionDto {
  return {
    childHub: { id: row.child_hub_id, name: row.child_hub_name },
    value: reading?.value ?? null,
    weight: row.weight,
    reportedAt: reading?.observedAt.toISOString() ?? null,
  };
}
