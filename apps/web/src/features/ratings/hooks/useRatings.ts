import { useQuery } from '@tanstack/react-query';
import { keys } from '../../../lib/keys';
import { fetchHubRatings, fetchIndicatorLeague, fetchLeague, fetchMetricLeague } from '../api/ratingsApi';

export const useLeague = (sdg: number | null) =>
  useQuery({ queryKey: keys.league(sdg), queryFn: ({ signal }) => fetchLeague(sdg, signal) });

export const useHubRatings = (hubId: string) =>
  useQuery({ queryKey: keys.hubRatings(hubId), queryFn: ({ signal }) => fetchHubRatings(hubId, signal) });

/** The league of one metric: an SDG indicator by code, or a custom metric by id. */
export const useMetricLeague = (by: { code?: string; metricId?: string }) =>
  useQuery({
    queryKey: keys.metricLeague(by.code ?? by.metricId ?? ''),
    queryFn: ({ signal }) =>
      by.code ? fetchIndicatorLeague(by.code, signal) : fetchMetricLeague(by.metricId ?? '', signal),
  });
