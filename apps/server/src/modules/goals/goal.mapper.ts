import type { GoalDto, GoalTrendPoint, MeasurementDto, PublicGoalDto, PublicMeasurementDto } from '@hubspoke/contracts';
import { sdgIndicatorTitle } from '../sdg/sdg-framework';
import type { GoalRow, GoalState } from './goal.reader';
import type { Measurement } from './measurement.entity';

/** What every view of a goal shows: its line from baseline to target and its state from verified measurements. */
function sharedFields(
  row: GoalRow,
  state: GoalState,
): Omit<PublicGoalDto, 'indicator' | 'metric' | 'ownerOrganization' | 'trend'> {
  const latest = state.recent[0] ?? null;
  return {
    id: row.id,
    hubId: row.hub_id,
    parentId: row.parent_id,
    title: row.title,
    description: row.description,
    unit: row.unit,
    baseline: row.baseline,
    target: row.target,
    direction: row.direction,
    startDate: row.start_date,
    dueDate: row.due_date,
    // rounded to hundredths for display; health was judged on the exact value
    progress: Math.round(state.progress * 100) / 100,
    health: state.health,
    latestValue: latest?.value ?? null,
    latestObservedAt: latest?.observedAt.toISOString() ?? null,
    childIds: state.childIds,
  };
}

/** The goal's own verified readings, oldest first. */
export const trendOf = (state: GoalState): GoalTrendPoint[] =>
  state.recent.map((r) => ({ observedAt: r.observedAt.toISOString(), value: r.value })).reverse();

export function toGoalDto(row: GoalRow, state: GoalState): GoalDto {
  return {
    ...sharedFields(row, state),
    indicatorCode: row.indicator_code,
    indicatorTitle: sdgIndicatorTitle(row.indicator_code),
    customMetricId: row.custom_metric_id,
    workingGroupId: row.working_group_id,
    visibility: row.visibility,
    ownerOrganizationId: row.owner_organization_id,
    ownerOrganizationName: row.owner_organization_name,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    pendingVerificationCount: state.pendingVerificationCount,
    rollUpMethod: row.roll_up_method,
    rollUp: state.rollUp,
  };
}

/** The goal as anyone may see it on a public hub: no pending count, no edit version; the indicator's official name. */
export function toPublicGoalDto(row: GoalRow, state: GoalState, indicatorTitle: string | null): PublicGoalDto {
  return {
    ...sharedFields(row, state),
    indicator: row.indicator_code ? { code: row.indicator_code, title: indicatorTitle } : null,
    metric: row.custom_metric_id ? { id: row.custom_metric_id, name: row.custom_metric_name ?? '' } : null,
    ownerOrganization: { id: row.owner_organization_id, name: row.owner_organization_name },
    trend: trendOf(state),
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
    status: m.status,
    reviewedById: m.reviewedById,
    reviewedAt: m.reviewedAt?.toISOString() ?? null,
    reviewNote: m.reviewNote,
    createdAt: m.createdAt.toISOString(),
  };
}

/** A verified measurement as the public sees it: the reporting organization, not the person; no note. */
export function toPublicMeasurementDto(
  m: Measurement & { verifiedAt: Date },
  organizationName: string,
): PublicMeasurementDto {
  return {
    id: m.id,
    goalId: m.goalId,
    value: m.value,
    observedAt: m.observedAt.toISOString(),
    verifiedAt: m.verifiedAt.toISOString(),
    evidenceUrl: m.evidenceUrl,
    reportedByOrganization: { id: m.reportedByOrganizationId, name: organizationName },
  };
}
