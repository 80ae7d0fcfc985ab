import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ApiException, type FieldProblem } from '../../infra/http/api-exception';
import { SdgService } from '../sdg/sdg.service';
import { goalShapeProblems, type GoalShape } from './goal-rules';

/** References to check; a field left undefined is not checked (it did not change). */
export interface GoalReferences {
  indicatorCode?: string | null;
  customMetricId?: string | null;
  ownerOrganizationId?: string;
  parentId?: string | null;
  workingGroupId?: string | null;
  /** A changed unit: refused while the goal takes part in a roll-up, whose units must agree. */
  unit?: string;
}

/** Checks a goal's fields against each other, the SDG catalog and the hub; all problems in one 400. */
@Injectable()
export class GoalValidator {
  constructor(private readonly sdg: SdgService) {}

  /** `goalId` is the goal being edited, so that it cannot become its own ancestor. */
  async assertValid(
    manager: EntityManager,
    hubId: string,
    shape: GoalShape & { indicatorCode?: string | null; customMetricId?: string | null },
    refs: GoalReferences,
    goalId?: string,
  ): Promise<void> {
    const problems: FieldProblem[] = goalShapeProblems(shape);
    const problem = (field: string, rule: string, message: string) => problems.push({ field, rule, message });
    if (refs.indicatorCode && !this.sdg.hasIndicator(refs.indicatorCode)) {
      problem('indicatorCode', 'sdgIndicator', 'indicatorCode is not an indicator of the SDG framework');
    }
    if (shape.indicatorCode && shape.customMetricId) {
      problem('customMetricId', 'oneMeasure', 'a goal measures an SDG indicator or a custom metric, not both');
    } else if (refs.customMetricId && !(await this.isUsableMetric(manager, hubId, refs.customMetricId))) {
      problem(
        'customMetricId',
        'usableMetric',
        "customMetricId must be a custom metric of this hub's or of a public hub's",
      );
    }
    if (refs.ownerOrganizationId && !(await this.isActiveOrganization(manager, hubId, refs.ownerOrganizationId))) {
      problem(
        'ownerOrganizationId',
        'hubOrganization',
        "ownerOrganizationId must be an organization among the hub's active members",
      );
    }
    if (refs.parentId) {
      const parentError = await this.parentError(manager, hubId, refs.parentId, goalId);
      if (parentError) problem('parentId', 'parentGoal', parentError);
    }
    if (refs.workingGroupId && !(await this.isActiveGroup(manager, hubId, refs.workingGroupId))) {
      problem('workingGroupId', 'activeGroup', 'workingGroupId must be an active working group of this hub');
    }
    if (refs.unit !== undefined && goalId && (await this.takesPartInRollUp(manager, goalId))) {
      problem(
        'unit',
        'unitInRollUp',
        'unit cannot change while child hubs roll up into this goal or it rolls up into a parent goal',
      );
    }
    if (problems.length > 0) throw ApiException.invalidFields(problems);
  }

  private async takesPartInRollUp(manager: EntityManager, goalId: string) {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM goal_roll_up_source WHERE parent_goal_id = $1 OR child_goal_id = $1 LIMIT 1`,
      [goalId],
    );
    return rows.length > 0;
  }

  private async isUsableMetric(manager: EntityManager, hubId: string, metricId: string) {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM metric m JOIN hub h ON h.id = m.hub_id
        WHERE m.id = $1 AND m.kind = 'custom' AND (m.hub_id = $2 OR (h.visibility = 'public' AND h.archived_at IS NULL))`,
      [metricId, hubId],
    );
    return rows.length > 0;
  }

  private async isActiveGroup(manager: EntityManager, hubId: string, groupId: string) {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM working_group WHERE id = $1 AND hub_id = $2 AND archived_at IS NULL`,
      [groupId, hubId],
    );
    return rows.length > 0;
  }

  private async isActiveOrganization(manager: EntityManager, hubId: string, organizationId: string) {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM hub_member WHERE hub_id = $1 AND organization_id = $2 AND status = 'active' LIMIT 1`,
      [hubId, organizationId],
    );
    return rows.length > 0;
  }

  private async parentError(
    manager: EntityManager,
    hubId: string,
    parentId: string,
    goalId: string | undefined,
  ): Promise<string | null> {
    if (goalId) {
      // Re-parenting: hold the hub row, so two concurrent edits cannot each pass the check below and together
      // close a cycle.
      await manager.query(`SELECT 1 FROM hub WHERE id = $1 FOR NO KEY UPDATE`, [hubId]);
    }
    const chain: { id: string }[] = await manager.query(
      `WITH RECURSIVE up(id, parent_id) AS (
         SELECT id, parent_id FROM goal WHERE id = $1 AND hub_id = $2
         UNION
         SELECT g.id, g.parent_id FROM goal g JOIN up ON g.id = up.parent_id
       )
       SELECT id FROM up`,
      [parentId, hubId],
    );
    if (chain.length === 0) return 'parentId must be a goal of this hub';
    if (goalId && chain.some((g) => g.id === goalId))
      return 'parentId must not be the goal itself or one of its descendants';
    return null;
  }
}
