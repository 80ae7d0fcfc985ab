import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import type { MetricKind } from '@hubspoke/contracts';
import { keys } from '../../../lib/keys';
import { fetchHubMetrics, fetchMetricCatalog } from '../api/metricsApi';

export const useMetricCatalog = (q: string, sdg: number | null, kind: MetricKind | null) =>
  useInfiniteQuery({
    queryKey: keys.metricCatalog(q, sdg, kind),
    queryFn: ({ pageParam, signal }) => fetchMetricCatalog({ q, sdg, kind, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });

export const useHubMetrics = (hubId: string) =>
  useQuery({ queryKey: keys.hubMetrics(hubId), queryFn: ({ signal }) => fetchHubMetrics(hubId, signal) });
