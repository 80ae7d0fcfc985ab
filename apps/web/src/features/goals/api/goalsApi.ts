import type { GoalDirection, GoalDto, MeasurementChangeDto, MeasurementDto, RollUpMethod } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import { fetchAll } from '../../../lib/paginate';

export const fetchGoal = (hubId: string, goalId: string, signal?: AbortSignal) =>
  api<GoalDto>(`/hubs/${hubId}/goals/${goalId}`, { signal });

export const fetchMeasurements = (hubId: string, goalId: string, signal?: AbortSignal) =>
  fetchAll<MeasurementDto>(`/hubs/${hubId}/goals/${goalId}/measurements`, {}, signal);

export interface MeasurementInput {
  value: number;
  observedAt: string;
  evidenceUrl?: string;
  note?: string;
}

export const reportMeasurement = (hubId: string, goalId: string, input: MeasurementInput) =>
  api<MeasurementChangeDto>(`/hubs/${hubId}/goals/${goalId}/measurements`, { method: 'POST', body: input });

export const verifyMeasurement = (hubId: string, measurementId: string) =>
  api<MeasurementChangeDto>(`/hubs/${hubId}/measurements/${measurementId}/verify`, { method: 'POST' });

export interface GoalFields {
  title?: string;
  description?: string;
  indicatorCode?: string | null;
  customMetricId?: string | null;
  unit?: string;
  baseline?: number;
  target?: number;
  direction?: GoalDirection;
  startDate?: string;
  dueDate?: string;
  ownerOrganizationId?: string;
  parentId?: string | null;
  rollUpMethod?: RollUpMethod | null;
}

export const createGoal = (hubId: string, fields: GoalFields) =>
  api<GoalDto>(`/hubs/${hubId}/goals`, { method: 'POST', body: fields });

export const updateGoal = (hubId: string, goalId: string, version: number, fields: GoalFields) =>
  api<GoalDto>(`/hubs/${hubId}/goals/${goalId}`, { method: 'PATCH', body: { ...fields, version } });
