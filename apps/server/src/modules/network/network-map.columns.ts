import type * as api from '@hubspoke/contracts';
import type { StoredMetrics } from './network-analysis.entity';

export type MapNodeRow = api.OrganizationRefDto & { sdgs: number[] };
/** A tie between the organizations at two indexes of the node rows. */
export interface MapEdgeRow {
  source: number;
  target: number;
  kinds: api.TieKind[];
  weight: number;
}

/** The centralities in the order StoredMetrics keeps them. */
const CENTRALITIES = ['degree', 'weightedDegree', 'betweenness', 'closeness', 'pagerank', 'community'] as const;

/** The map's organizations as columns, with their centralities in the analysed scope (null: not analysed yet). */
export function nodeColumns(rows: MapNodeRow[], metrics: StoredMetrics): api.NetworkNodeColumnsDto {
  const columns: api.NetworkNodeColumnsDto = {
    id: [],
    name: [],
    shortName: [],
    sector: [],
    country: [],
    sdgs: [],
    metrics: { degree: [], weightedDegree: [], betweenness: [], closeness: [], pagerank: [], community: [] },
  };
  for (const row of rows) {
    columns.id.push(row.id);
    columns.name.push(row.name);
    columns.shortName.push(row.shortName);
    columns.sector.push(row.sector);
    columns.country.push(row.country);
    columns.sdgs.push(row.sdgs);
    const stored = metrics[row.id];
    CENTRALITIES.forEach((key, i) => columns.metrics[key].push(stored ? stored[i]! : null));
  }
  return columns;
}

/** The map's ties as columns; each distinct combination of kinds is sent once, in kindSets. */
export function edgeColumns(rows: MapEdgeRow[]): api.NetworkEdgeColumnsDto {
  const columns: api.NetworkEdgeColumnsDto = { source: [], target: [], kinds: [], weight: [], kindSets: [] };
  const kindSetIndex = new Map<string, number>();
  for (const row of rows) {
    const key = row.kinds.join();
    let kinds = kindSetIndex.get(key);
    if (kinds === undefined) {
      kinds = columns.kindSets.push(row.kinds) - 1;
      kindSetIndex.set(key, kinds);
    }
    columns.source.push(row.source);
    columns.target.push(row.target);
    columns.kinds.push(kinds);
    columns.weight.push(row.weight);
  }
  return columns;
}
