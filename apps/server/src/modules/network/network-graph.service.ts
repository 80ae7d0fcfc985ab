import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type * as api from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import type { AuthUser } from '../auth/auth-user';
import { analyzeHubWhatIf, runHubWhatIf, type WhatIfResult } from './analysis';
import type { NetworkAnalysis, StoredMetrics } from './network-analysis.entity';
import { pathLength } from './network-analysis.mapper';
import { NetworkChanges } from './network-changes';
import type { NetworkGraphQuery, WhatIfDto } from './network-graph.dto';
import { CO_MEMBER_TIES_SQL, NetworkInputLoader } from './network-input.loader';
import { edgeColumns, nodeColumns, type MapEdgeRow, type MapNodeRow } from './network-map.columns';

/** Above this many organizations a what-if runs in a worker thread, off the api's event loop. */
const IN_THREAD_ABOVE = 2_000;
const REF_COLUMNS = 'id, name, short_name AS "shortName", sector, country';

/** Every tie between two organizations, declared or implied by public hubs, one row per kind, ends ordered. */
const TIES_SQL = `
  SELECT LEAST(source_id, target_id) AS a, GREATEST(source_id, target_id) AS b, kind::text AS kind, weight
    FROM relationship
  UNION ALL
  SELECT source, target, 'co_member', weight FROM (${CO_MEMBER_TIES_SQL}) c`;

const toCentrality = ([
  degree,
  weightedDegree,
  betweenness,
  closeness,
  pagerank,
  community,
]: StoredMetrics[string]) => ({
  degree,
  weightedDegree,
  betweenness,
  closeness,
  pagerank,
  community,
});

/** The analysed network as the api shows it: the map, its insights, one organization's place, what-ifs. */
@Injectable()
export class NetworkGraphService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly changes: NetworkChanges,
    private readonly loader: NetworkInputLoader,
  ) {}

  async graph(query: NetworkGraphQuery): Promise<api.NetworkGraphDto> {
    const sdg = query.sdg ?? null;
    const [nodes, facets, analysis, stale] = await Promise.all([
      this.dataSource.query<MapNodeRow[]>(
        `SELECT ${REF_COLUMNS}, sdgs FROM organization
          WHERE ($1::int IS NULL OR $1 = ANY(sdgs)) AND ($2::sector IS NULL OR sector = $2)
            AND ($3::text IS NULL OR country = $3)
          ORDER BY name, id`,
        [sdg, query.sector ?? null, query.country ?? null],
      ),
      this.facets(sdg),
      this.analysis(sdg, 'metrics'),
      this.changes.pending(),
    ]);
    // ties between the nodes, each end as its index among them
    const edges = await this.dataSource.query<MapEdgeRow[]>(
      `WITH nodes AS (SELECT id, (i - 1)::int AS i FROM unnest($1::uuid[]) WITH ORDINALITY AS n(id, i))
       SELECT na.i AS source, nb.i AS target, array_agg(DISTINCT kind ORDER BY kind) AS kinds,
              sum(weight)::float8 AS weight
         FROM (${TIES_SQL}) t JOIN nodes na ON na.id = t.a JOIN nodes nb ON nb.id = t.b
        GROUP BY na.i, nb.i
        ORDER BY na.i, nb.i`,
      [nodes.map((n) => n.id)],
    );
    return {
      sdg,
      analyzedAt: analysis?.analyzedAt.toISOString() ?? null,
      stale,
      summary: analysis?.summary ?? null,
      nodes: nodeColumns(nodes, analysis?.metrics ?? {}),
      edges: edgeColumns(edges),
      facets,
    };
  }

  async insights(sdgQuery: number | undefined): Promise<api.NetworkInsightsDto> {
    const sdg = sdgQuery ?? null;
    const [analysis, stale] = await Promise.all([this.analysis(sdg, 'insights'), this.changes.pending()]);
    const insights = analysis?.insights ?? { candidates: [], brokers: [], isolates: [] };
    const refs = await this.refs([
      ...insights.candidates.map((c) => c.id),
      ...insights.brokers.map((b) => b.id),
      ...insights.isolates,
    ]);
    const ref = (id: string) => refs.get(id);
    return {
      sdg,
      analyzedAt: analysis?.analyzedAt.toISOString() ?? null,
      stale,
      summary: analysis?.summary ?? null,
      candidates: insights.candidates.flatMap(({ id, score, parts }) =>
        ref(id) ? [{ organization: ref(id)!, score, parts }] : [],
      ),
      brokers: insights.brokers.flatMap(({ id, ...b }) => (ref(id) ? [{ organization: ref(id)!, ...b }] : [])),
      isolates: insights.isolates.flatMap((id) => ref(id) ?? []),
    };
  }

  async organization(user: AuthUser | null, orgId: string): Promise<api.OrganizationNetworkDto> {
    const [organization] = await this.dataSource.query<api.OrganizationNetworkDto['organization'][]>(
      `SELECT ${REF_COLUMNS}, sdgs FROM organization WHERE id = $1`,
      [orgId],
    );
    if (!organization) throw ApiException.notFound('Organization');
    const [scopes, ties, hubs] = await Promise.all([
      this.dataSource.query<{ scope: number; m: StoredMetrics[string] | null }[]>(
        `SELECT scope, metrics -> $1::text AS m FROM network_analysis WHERE scope = ANY($2) ORDER BY scope`,
        [orgId, [0, ...organization.sdgs]],
      ),
      this.ties(orgId),
      this.dataSource.query<api.OrganizationNetworkDto['hubs']>(
        `SELECT h.id, h.name, h.visibility FROM hub h
          WHERE h.archived_at IS NULL
            AND EXISTS (SELECT 1 FROM hub_member m WHERE m.hub_id = h.id AND m.organization_id = $1 AND m.status = 'active')
            AND (h.visibility = 'public'
                 OR EXISTS (SELECT 1 FROM hub_member me WHERE me.hub_id = h.id AND me.user_id = $2 AND me.status = 'active'))
          ORDER BY h.name`,
        [orgId, user?.id ?? null],
      ),
    ]);
    return {
      organization,
      metrics: scopes.flatMap(({ scope, m }) =>
        m ? [{ sdg: scope === 0 ? null : scope, metrics: toCentrality(m) }] : [],
      ),
      ties,
      hubs,
    };
  }

  async whatIf(dto: WhatIfDto): Promise<api.WhatIfResultDto> {
    const { input } = await this.loader.load();
    const hub = { id: 'hypothetical-hub', memberIds: dto.memberIds };
    const options = dto.sdg === undefined ? {} : { sdg: dto.sdg };
    const result: WhatIfResult =
      input.organizations.length > IN_THREAD_ABOVE
        ? await runHubWhatIf(input, hub, options)
        : analyzeHubWhatIf(input, hub, options);
    const refs = await this.refs(result.members);
    return {
      sdg: dto.sdg ?? null,
      organizations: result.organizations,
      members: result.members.flatMap((id) => refs.get(id) ?? []),
      ignoredMemberIds: result.ignoredMemberIds,
      reach: result.reach,
      memberReach: result.memberReach,
      before: snapshot(result.before),
      after: snapshot(result.after),
    };
  }

  private async analysis<K extends 'metrics' | 'insights'>(
    sdg: number | null,
    part: K,
  ): Promise<Pick<NetworkAnalysis, 'analyzedAt' | 'summary' | K> | null> {
    const [row] = await this.dataSource.query<
      { analyzedAt: Date; summary: api.NetworkScopeSummaryDto; part: NetworkAnalysis[K] }[]
    >(`SELECT analyzed_at AS "analyzedAt", summary, ${part} AS part FROM network_analysis WHERE scope = $1`, [
      sdg ?? 0,
    ]);
    return row
      ? ({ analyzedAt: row.analyzedAt, summary: row.summary, [part]: row.part } as Pick<
          NetworkAnalysis,
          'analyzedAt' | 'summary' | K
        >)
      : null;
  }

  /** The sectors and countries of the scope's organizations, whatever the sector and country filters. */
  private async facets(sdg: number | null): Promise<api.NetworkFacetsDto> {
    const [row] = await this.dataSource.query<api.NetworkFacetsDto[]>(
      `SELECT COALESCE(array_agg(DISTINCT sector ORDER BY sector)::text[], '{}') AS sectors,
              COALESCE(array_agg(DISTINCT country ORDER BY country) FILTER (WHERE country IS NOT NULL), '{}') AS countries
         FROM organization WHERE $1::int IS NULL OR $1 = ANY(sdgs)`,
      [sdg],
    );
    return row!;
  }

  private async refs(ids: string[]): Promise<Map<string, api.OrganizationRefDto>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<api.OrganizationRefDto[]>(
      `SELECT ${REF_COLUMNS} FROM organization WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** The organization's ties, strongest first: declared relationships either way and shared public hubs. */
  private async ties(orgId: string): Promise<api.OrganizationTieDto[]> {
    const rows = await this.dataSource.query<
      (api.OrganizationRefDto & { declared: api.OrganizationTieDto['declared']; shared_hubs: number })[]
    >(
      `WITH declared AS (
         SELECT CASE WHEN source_id = $1 THEN target_id ELSE source_id END AS other,
                jsonb_build_object('kind', kind, 'direction', CASE WHEN source_id = $1 THEN 'out' ELSE 'in' END,
                                   'weight', weight, 'since', since, 'source', source) AS tie
           FROM relationship WHERE source_id = $1 OR target_id = $1),
       shared AS (
         SELECT CASE WHEN source = $1 THEN target ELSE source END AS other, weight
           FROM (${CO_MEMBER_TIES_SQL}) c WHERE source = $1 OR target = $1),
       others AS (SELECT other FROM declared UNION SELECT other FROM shared)
       SELECT o.id, o.name, o.short_name AS "shortName", o.sector, o.country,
              COALESCE((SELECT jsonb_agg(d.tie ORDER BY d.tie->>'kind') FROM declared d WHERE d.other = o.id), '[]') AS declared,
              COALESCE((SELECT s.weight FROM shared s WHERE s.other = o.id), 0) AS shared_hubs
         FROM others JOIN organization o ON o.id = others.other`,
      [orgId],
    );
    return rows
      .map(({ declared, shared_hubs, ...organization }) => ({
        organization,
        kinds: [
          ...new Set<api.TieKind>([...declared.map((d) => d.kind), ...(shared_hubs > 0 ? ['co_member' as const] : [])]),
        ],
        weight: declared.reduce((sum, d) => sum + d.weight, 0) + shared_hubs,
        declared,
        sharedHubs: shared_hubs,
      }))
      .sort((x, y) => y.weight - x.weight || x.organization.name.localeCompare(y.organization.name));
  }
}

function snapshot(s: WhatIfResult['before']): api.WhatIfSnapshotDto {
  return {
    degreeCentralization: s.degreeCentralization,
    betweennessCentralization: s.betweennessCentralization,
    ...pathLength(s.pathLength),
  };
}
