import type { NetworkScopeSummaryDto } from '@hubspoke/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per organization id: [degree, weighted degree, betweenness, closeness, pagerank, community]. */
export type StoredMetrics = Record<string, [number, number, number, number, number, number]>;

/** Derived lists, by organization id. */
export interface StoredInsights {
  candidates: { id: string; score: number; parts: { name: string; value: number; weight: number }[] }[];
  brokers: { id: string; betweenness: number; degree: number; communitiesReached: number }[];
  isolates: string[];
}

/** The latest network analysis of one scope: 0 for the whole network, 1..17 for one SDG's part of it. */
@Entity()
export class NetworkAnalysis {
  @PrimaryColumn({ type: 'smallint' })
  scope!: number;

  @Column({ type: 'timestamptz' })
  analyzedAt!: Date;

  /** A digest of the input (organizations, ties) the analysis ran on; an unchanged input is not analysed again. */
  @Column({ type: 'varchar', length: 64 })
  inputHash!: string;

  @Column({ type: 'jsonb' })
  summary!: NetworkScopeSummaryDto;

  @Column({ type: 'jsonb' })
  metrics!: StoredMetrics;

  @Column({ type: 'jsonb' })
  insights!: StoredInsights;
}
