import type { Sector } from '@hubspoke/contracts';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { NetworkScope } from '../api/networkApi';
import { SECTOR_LIST } from '../map/palette';

/** The centrality that sizes the map's nodes. */
export const SIZE_METRICS = ['pagerank', 'betweenness', 'degree'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];
export const DEFAULT_SIZE_METRIC: SizeMetric = 'pagerank';

export interface NetworkFilters extends NetworkScope {
  size: SizeMetric;
  /** The selected organization. */
  org: string | null;
}

const PARAMS: Record<keyof NetworkFilters, string> = {
  sdg: 'sdg',
  sector: 'sector',
  country: 'country',
  size: 'size',
  org: 'org',
};

/** Reads the filters from the URL, ignoring values the api would refuse. */
export function parseNetworkFilters(params: URLSearchParams): NetworkFilters {
  const sdg = Number(params.get(PARAMS.sdg));
  const sector = params.get(PARAMS.sector);
  const country = params.get(PARAMS.country)?.toUpperCase() ?? null;
  const size = params.get(PARAMS.size);
  return {
    sdg: Number.isInteger(sdg) && sdg >= 1 && sdg <= 17 ? sdg : null,
    sector: SECTOR_LIST.includes(sector as Sector) ? (sector as Sector) : null,
    country: country && /^[A-Z]{2}$/.test(country) ? country : null,
    size: SIZE_METRICS.includes(size as SizeMetric) ? (size as SizeMetric) : DEFAULT_SIZE_METRIC,
    org: params.get(PARAMS.org) || null,
  };
}

/** The filters as search params: defaults and empty values left out, so a shared link stays short. */
export function writeNetworkFilters(prev: URLSearchParams, patch: Partial<NetworkFilters>): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [name, value] of Object.entries(patch) as [keyof NetworkFilters, NetworkFilters[keyof NetworkFilters]][]) {
    const param = PARAMS[name];
    if (value === null || value === undefined || value === '' || (name === 'size' && value === DEFAULT_SIZE_METRIC))
      next.delete(param);
    else next.set(param, String(value));
  }
  return next;
}

/** The map's filters and selection, kept in the URL so a view can be shared and survives a reload. */
export function useNetworkFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseNetworkFilters(params), [params]);
  const setFilters = useCallback(
    (patch: Partial<NetworkFilters>) => setParams((prev) => writeNetworkFilters(prev, patch), { replace: true }),
    [setParams],
  );
  return { filters, setFilters };
}
