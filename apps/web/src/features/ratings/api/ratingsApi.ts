import type { RatingComponentName } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export const RATING_COMPONENT_LABELS: Record<RatingComponentName, string> = {
  progress: 'Progress',
  pace: 'Pace',
  freshness: 'Freshness',
  evidence: 'Evidence',
  participation: 'Participation',
};

export const fetchLeague = (sdg: number | null, signal?: AbortSignal) =>
  api.get('/ratings', { query: { sdg: sdg ?? undefined }, signal });

export const fetchHubRatings = (hubId: string, signal?: AbortSignal) =>
  api.get('/ratings/hubs/{hubId}', { path: { hubId }, signal });

export const fetchIndicatorLeague = (code: string, signal?: AbortSignal) =>
  api.get('/ratings/indicators/{code}', { path: { code }, signal });

export const fetchMetricLeague = (metricId: string, signal?: AbortSignal) =>
  api.get('/ratings/metrics/{metricId}', { path: { metricId }, signal });

export const exportUrl = (format: 'csv' | 'json', dataset: 'ratings' | 'measurements') =>
  `/api/ratings/export?format=${format}&dataset=${dataset}`;
