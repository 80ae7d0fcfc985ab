/** Where a metric comes from: the UN SDG indicator framework, or a hub's own definition. */
export const METRIC_KINDS = ['sdg_indicator', 'custom'] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/** A metric of the catalog, in the shape of the IRIS+ catalog: what is measured, in what unit, how. */
export interface MetricDto {
  id: string;
  kind: MetricKind;
  /** The SDG indicator code (`3.b.1`); null for a custom metric. */
  code: string | null;
  name: string;
  definition: string;
  unit: string | null;
  calculation: string;
  sdgs: number[];
  sdgTargets: string[];
  /** The hub that defined a custom metric; null for SDG indicators. */
  hubId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
