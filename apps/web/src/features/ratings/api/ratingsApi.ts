import { api } from '../../../lib/api';

export const RATING_COMPONENT_LABELS: Record<RatingComponentName, string> = {
  progress: 'Progress',
  pace: 'Pace',
  freshness: 'Freshness',
  evidence: 'Evidence',
  participation: 'Participation',
};

export type RatingComponentName = 'progress' | 'pace' | 'freshness' | 'evidence' | 'participation';

/** The shapes of apps/server/src/modules/ratings/ratings.dto.ts (not in libs/contracts). */
export interface RatingComponent {
  name: RatingComponentName;
  score: number;
  weight: number;
  contribution: number;
  explanation: string;
}

export interface RatedHub {
  id: string;
  slug: string;
  name: string;
  sdgs: number[];
}

export interface HubRating {
  sdg: number | null;
  score: number;
  goals: number;
  components: RatingComponent[];
  computedAt: string;
}

export interface LeagueEntry extends HubRating {
  rank: number;
  hub: RatedHub;
}

export interface LeagueTable {
  sdg: number | null;
  entries: LeagueEntry[];
}

export interface HubRatings {
  hub: RatedHub;
  ratings: HubRating[];
}

export interface MetricLeagueEntry {
  rank: number;
  hub: RatedHub;
  goal: {
    id: string;
    title: string;
    unit: string;
    baseline: number;
    target: number;
    dueDate: string;
    value: number | null;
    observedAt: string | null;
    progress: number;
  };
}

export interface MetricLeague {
  code: string;
  title: string;
  entries: MetricLeagueEntry[];
}

export const fetchLeague = (sdg: number | null, signal?: AbortSignal) =>
  api<LeagueTable>('/ratings', { query: { sdg }, signal });

export const fetchHubRatings = (hubId: string, signal?: AbortSignal) =>
  api<HubRatings>(`/ratings/hubs/${hubId}`, { signal });

export const fetchIndicatorLeague = (code: string, signal?: AbortSignal) =>
  api<MetricLeague>(`/ratings/indicators/${encodeURIComponent(code)}`, { signal });

export const fetchMetricLeague = (metricId: string, signal?: AbortSignal) =>
  api<MetricLeague>(`/ratings/metrics/${metricId}`, { signal });

export const exportUrl = (format: 'csv' | 'json', dataset: 'ratings' | 'measurements') =>
  `/api/ratings/export?format=${format}&dataset=${dataset}`;
