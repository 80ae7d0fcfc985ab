import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { NetworkInput, NetworkTie } from './analysis';

/**
 * The co-membership ties: organizations that are active members of the same public hub, weighted by how many such
 * hubs they share. Private hubs stay out: the network is visible to everyone, their membership is not.
 */
export const CO_MEMBER_TIES_SQL = `
  WITH spokes AS (
    SELECT DISTINCT m.hub_id, m.organization_id FROM hub_member m JOIN hub h ON h.id = m.hub_id
     WHERE m.status = 'active' AND h.visibility = 'public' AND h.archived_at IS NULL)
  SELECT a.organization_id AS source, b.organization_id AS target, count(*)::int AS weight
    FROM spokes a JOIN spokes b ON b.hub_id = a.hub_id AND b.organization_id > a.organization_id
   GROUP BY 1, 2`;

/** What the analysis runs on, read from PostgreSQL, with a digest of it to skip analysing an unchanged network. */
@Injectable()
export class NetworkInputLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(): Promise<{ input: NetworkInput; hash: string }> {
    const [organizations, relationships, coMembers] = await Promise.all([
      this.dataSource.query<NetworkInput['organizations']>(
        `SELECT id, name, sector, country, sdgs FROM organization ORDER BY id`,
      ),
      this.dataSource.query<NetworkTie[]>(
        `SELECT source_id AS source, target_id AS target, kind, weight FROM relationship
          ORDER BY source_id, target_id, kind`,
      ),
      this.dataSource.query<NetworkTie[]>(`${CO_MEMBER_TIES_SQL} ORDER BY 1, 2`),
    ]);
    const ties = [...relationships, ...coMembers.map((t) => ({ ...t, kind: 'co_member' as const }))];
    const hash = createHash('sha256');
    for (const o of organizations) hash.update(`${o.id}|${o.sector}|${o.country}|${o.sdgs.join(',')}\n`);
    for (const t of ties) hash.update(`${t.source}|${t.target}|${t.kind}|${t.weight}\n`);
    return { input: { organizations, ties }, hash: hash.digest('hex') };
  }
}
