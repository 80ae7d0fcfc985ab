import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';
import { fetchAll } from '../../../lib/paginate';

// The workspace is its members': the api answers them in full, never with the public view (PublicGoal,
// PublicMeasurement) it gives anyone else of a public hub.

export const fetchGoal = (hubId: string, goalId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/goals/{goalId}', { path: { hubId, goalId }, signal }) as Promise<ApiSchema<'GoalDto'>>;

export const fetchMeasurements = (hubId: string, goalId: string, signal?: AbortSignal) =>
  fetchAll('/hubs/{hubId}/goals/{goalId}/measurements', { path: { hubId, goalId }, signal }) as Promise<
    ApiSchema<'MeasurementDto'>[]
  >;

export type MeasurementInput = ApiSchema<'CreateMeasurementDto'>;

export const reportMeasurement = (hubId: string, goalId: string, body: MeasurementInput) =>
  api.post('/hubs/{hubId}/goals/{goalId}/measurements', { path: { hubId, goalId }, body });

export const verifyMeasurement = (hubId: string, measurementId: string, note?: string) =>
  api.post('/hubs/{hubId}/measurements/{measurementId}/verify', { path: { hubId, measurementId }, body: { note } });

export const rejectMeasurement = (hubId: string, measurementId: string, note: string) =>
  api.post('/hubs/{hubId}/measurements/{measurementId}/reject', { path: { hubId, measurementId }, body: { note } });

export const undoMeasurementReview = (hubId: string, measurementId: string) =>
  api.post('/hubs/{hubId}/measurements/{measurementId}/undo-review', { path: { hubId, measurementId } });

export const fetchSdgIndicators = (signal?: AbortSignal) => api.get('/sdg/indicators', { signal });

/** A goal's fields as the form sends them; the api answers 400 naming each one missing or invalid. */
export type GoalFields = Partial<ApiSchema<'CreateGoalDto'>>;

export const createGoal = (hubId: string, fields: GoalFields) =>
  // the form may leave a required field blank: the api's 400 names it beside the field
  api.post('/hubs/{hubId}/goals', { path: { hubId }, body: fields as ApiSchema<'CreateGoalDto'> });

export const updateGoal = (hubId: string, goalId: string, version: number, fields: GoalFields) =>
  api.patch('/hubs/{hubId}/goals/{goalId}', { path: { hubId, goalId }, body: { ...fields, version } });
