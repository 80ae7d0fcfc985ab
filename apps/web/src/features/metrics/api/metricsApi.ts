import type { MetricKind } from '@hubspoke/contracts';
import { api } from '../../../lib/api';
import type { ApiSchema } from '../../../lib/apiTypes';

/** The catalog's filters as the page holds them; null: not filtered. */
export interface MetricCatalogQuery {
  q: string;
  sdg: number | null;
  kind: MetricKind | null;
  cursor?: string | null;
}

export const fetchMetricCatalog = ({ q, sdg, kind, cursor }: MetricCatalogQuery, signal?: AbortSignal) =>
  api.get('/metrics', {
    query: { q, sdg: sdg ?? undefined, kind: kind ?? undefined, cursor: cursor ?? undefined, limit: 50 },
    signal,
  });

export const fetchMetric = (metricId: string, signal?: AbortSignal) =>
  api.get('/metrics/{metricId}', { path: { metricId }, signal });

export const fetchHubMetrics = (hubId: string, signal?: AbortSignal) =>
  api.get('/hubs/{hubId}/metrics', { path: { hubId }, query: { limit: 100 }, signal });

export type MetricFields = ApiSchema<'CreateMetricDto'>;

export const createMetric = (hubId: string, body: MetricFields) =>
  api.post('/hubs/{hubId}/metrics', { path: { hubId }, body });

export const updateMetric = (hubId: string, metricId: string, body: ApiSchema<'UpdateMetricDto'>) =>
  api.patch('/hubs/{hubId}/metrics/{metricId}', { path: { hubId, metricId }, body });
