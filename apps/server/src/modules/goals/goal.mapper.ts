import type { GoalDto, MeasurementDto } from '@hubspoke/contracts';
import type { GoalRow, GoalState } from './goal.reader';
import type { Measurement } from './measurement.entity';

/** Progress is rounded to hundredths for display; health was judged on the exact value. */
export function toGoalDto(row: GoalRow, state: GoalState): GoalDto {
  const latest = state.recent[0] ?? null;
  return {
    id: row.id,
    hubId: row.hub_id,
    parentId: row.parent_id,
    title: row.title,
    description: row.description,
    indicatorCode: row.indicator_code,
    customMetricId: row.custom_metric_id,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    direction: row.direction,
    startDate: row.start_date,
    dueDate: row.due_date,
    ownerOrganizationId: row.owner_organization_id,
    ownerOrganizationName: row.owner_organization_name,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    progress: Math.round(state.progress * 100) / 100,
    health: state.health,
    latestValue: latest?.value ?? null,
    latestObservedAt: latest?.observedAt.toISOString() ?? null,
    pendingVerificationCount: state.pendingVerificationCount,
    childIds: state.childIds,
  };
}

export function toMeasurementDto(m: Measurement): MeasurementDto {
  return {
    id: m.id,
    goalId: m.goalId,
    hubId: m.hubId,
    value: m.value,
    observedAt: m.observedAt.toISOString(),
    evidenceUrl: m.evidenceUrl,
    note: m.note,
    reportedById: m.reportedById,
    reportedByOrganizationId: m.reportedByOrganizationId,
    verifiedById: m.verifiedById,
    verifiedAt: m.verifiedAt?.toISOString() ?? null,
    createdAt: m.createdAt.toISOString(),
  };
}
