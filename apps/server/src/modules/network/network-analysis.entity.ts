import type { NetworkScopeSummaryDto, ScorePartDto } from '@hubspoke/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per organization id: [degree, weighted degree, betweenness, closeness, pagerank, community]. */
export type StoredMetrics = Record<string, [number, number, number, number, number, number]>;

/** The derived lists, by organization id. */
export interface StoredInsights {
  candidates: { id: string; score: number; parts: ScorePartDto[] }[];
  brokers: { id: string; score: number; betweenness: number; degree: number; communitiesLinked: number }[];
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
