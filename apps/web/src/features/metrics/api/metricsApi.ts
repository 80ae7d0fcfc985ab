import type { MetricDto, MetricKind, Page } from '@hubspoke/contracts';
import { api } from '../../../lib/api';

export interface MetricCatalogQuery {
  q: string;
  sdg: number | null;
  kind: MetricKind | null;
  cursor?: string | null;
}

export const fetchMetricCatalog = ({ q, sdg, kind, cursor }: MetricCatalogQuery, signal?: AbortSignal) =>
  api<Page<MetricDto>>('/metrics', { query: { q, sdg, kind, cursor, limit: 50 }, signal });

export const fetchMetric = (metricId: string, signal?: AbortSignal) =>
  api<MetricDto>(`/metrics/${metricId}`, { signal });

export const fetchHubMetrics = (hubId: string, signal?: AbortSignal) =>
  api<Page<MetricDto>>(`/hubs/${hubId}/metrics`, { query: { limit: 100 }, signal });

export interface MetricFields {
  name: string;
  definition?: string;
  unit?: string | null;
  calculation?: string;
  sdgs?: number[];
  sdgTargets?: string[];
}

export const createMetric = (hubId: string, fields: MetricFields) =>
  api<MetricDto>(`/hubs/${hubId}/metrics`, { method: 'POST', body: fields });

export const updateMetric = (hubId: string, metricId: string, fields: MetricFields & { version: number }) =>
  api<MetricDto>(`/hubs/${hubId}/metrics/${metricId}`, { method: 'PATCH', body: fields });
