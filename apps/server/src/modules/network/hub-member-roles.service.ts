import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberNetworkRoleDto } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import type { StoredMetrics } from './network-analysis.entity';

const WINDOW_DAYS = 90;
/** Less than this share of the hub's recent work, while above the hub's median PageRank: well connected but idle. */
const IDLE_SHARE = 0.05;
/** This many blocked or overdue tasks make a member a bottleneck. */
const BOTTLENECK_TASKS = 3;

interface Row {
  id: string;
  name: string;
  shortName: string | null;
  sector: MemberNetworkRoleDto['organization']['sector'];
  country: string | null;
  tasks_completed: number;
  reported: number;
  verified: number;
  stuck: number;
  m: StoredMetrics[string] | null;
}

/** For one hub: each member organization's centrality against its contribution to the hub's progress. */
@Injectable()
export class HubMemberRolesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  async roles(user: AuthUser, hubId: string, now = new Date()): Promise<MemberNetworkRoleDto[]> {
    await this.policy.authorize(user, hubId, 'hub.read');
    const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000);
    const rows = await this.dataSource.query<Row[]>(
      `WITH members AS (SELECT DISTINCT organization_id AS id FROM hub_member WHERE hub_id = $1 AND status = 'active')
       SELECT o.id, o.name, o.short_name AS "shortName", o.sector, o.country,
              (SELECT count(*)::int FROM task t WHERE t.hub_id = $1 AND t.assignee_organization_id = o.id
                 AND t.completed_at >= $2) AS tasks_completed,
              (SELECT count(*)::int FROM measurement x WHERE x.hub_id = $1 AND x.reported_by_organization_id = o.id
                 AND x.created_at >= $2) AS reported,
              (SELECT count(*)::int FROM measurement x WHERE x.hub_id = $1 AND x.reported_by_organization_id = o.id
                 AND x.verified_at >= $2) AS verified,
              (SELECT count(*)::int FROM task t WHERE t.hub_id = $1 AND t.assignee_organization_id = o.id
                 AND t.status <> 'done' AND (t.status = 'blocked' OR t.due_date < $3::date)) AS stuck,
              (SELECT a.metrics -> o.id::text FROM network_analysis a WHERE a.scope = 0) AS m
         FROM members JOIN organization o ON o.id = members.id
        ORDER BY o.name`,
      [hubId, since, now.toISOString().slice(0, 10)],
    );
    const work = (r: Row) => r.tasks_completed + r.reported + r.verified;
    const total = rows.reduce((sum, r) => sum + work(r), 0);
    const ranks = rows.map((r) => r.m?.[4] ?? 0).sort((a, b) => a - b);
    const medianPagerank = ranks[Math.floor((ranks.length - 1) / 2)] ?? 0;
    return rows.map((r) => {
      const share = total === 0 ? 0 : work(r) / total;
      const flags: MemberNetworkRoleDto['flags'] = [];
      if (r.m && r.m[4] > medianPagerank && share < IDLE_SHARE) flags.push('well_connected_idle');
      if (r.stuck >= BOTTLENECK_TASKS) flags.push('bottleneck');
      return {
        organization: { id: r.id, name: r.name, shortName: r.shortName, sector: r.sector, country: r.country },
        pagerank: r.m?.[4] ?? null,
        betweenness: r.m?.[2] ?? null,
        degree: r.m?.[0] ?? null,
        contribution: {
          tasksCompleted: r.tasks_completed,
          measurementsReported: r.reported,
          measurementsVerified: r.verified,
          share: Math.round(share * 10_000) / 10_000,
        },
        stuckTasks: r.stuck,
        flags,
      };
    });
  }
}
