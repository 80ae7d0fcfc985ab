import type { GoalDto, MeasurementChangeDto, MeasurementDto } from '@hubspoke/contracts';
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
