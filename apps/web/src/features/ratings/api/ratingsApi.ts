import type { HubRatingsDto, IndicatorLeagueDto, LeagueTableDto, RatingComponentName } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export const RATING_COMPONENT_LABELS: Record<RatingComponentName, string> = {
  progress: 'Progress',
  pace: 'Pace',
  freshness: 'Freshness',
  evidence: 'Evidence',
  participation: 'Participation',
};

export const fetchLeague = (sdg: number | null, signal?: AbortSignal) =>
  api<LeagueTableDto>('/ratings', { query: { sdg }, signal });

export const fetchHubRatings = (hubId: string, signal?: AbortSignal) =>
  api<HubRatingsDto>(`/ratings/hubs/${hubId}`, { signal });

export const fetchIndicatorLeague = (code: string, signal?: AbortSignal) =>
  api<IndicatorLeagueDto>(`/ratings/indicators/${encodeURIComponent(code)}`, { signal });

export const fetchMetricLeague = (metricId: string, signal?: AbortSignal) =>
  api<IndicatorLeagueDto>(`/ratings/metrics/${metricId}`, { signal });

export const exportUrl = (format: 'csv' | 'json', dataset: 'ratings' | 'measurements') =>
  `/api/ratings/export?format=${format}&dataset=${dataset}`;
