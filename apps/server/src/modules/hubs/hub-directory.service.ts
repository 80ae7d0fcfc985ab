import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { keysetPage } from '../../infra/database/keyset-page';
import { containsPattern } from '../../infra/database/like';
import { ApiException } from '../../infra/http/api-exception';
import { Hub } from './hub.entity';
import { toHubPublicSummaryDto } from './hub.mapper';
import type { HubDirectoryPageDto, HubDirectoryQuery, HubPublicSummaryDto, HubSpokeDto } from './hubs.dto';

/** What anyone may see of public hubs: the directory and each public hub's summary. */
@Injectable()
export class HubDirectoryService {
  constructor(@InjectRepository(Hub) private readonly hubs: Repository<Hub>) {}

  async list(query: HubDirectoryQuery): Promise<HubDirectoryPageDto> {
    const qb = this.hubs.createQueryBuilder('h').where("h.visibility = 'public'").andWhere('h.archivedAt IS NULL');
    if (query.q) qb.andWhere('(h.name ILIKE :q OR h.mission ILIKE :q)', { q: containsPattern(query.q) });
    if (query.sdg) qb.andWhere(':sdg = ANY(h.sdgs)', { sdg: query.sdg });
    const page = await keysetPage(qb, { sort: 'h.name', id: 'h.id', keyOf: (h) => [h.name, h.id] }, query, (h) => h);
    return { items: await this.summaries(page.items), nextCursor: page.nextCursor };
  }

  /** The public summary of one hub; whether the caller may see it is the caller's decision. */
  async summary(hubId: string): Promise<HubPublicSummaryDto> {
    const hub = await this.hubs.findOneBy({ id: hubId });
    if (!hub) throw ApiException.notFound('Hub');
    const [summary] = await this.summaries([hub]);
    return summary!;
  }

  private async summaries(hubs: Hub[]): Promise<HubPublicSummaryDto[]> {
    const ids = hubs.map((h) => h.id);
    const [spokeRows, goalRows]: [(HubSpokeDto & { hub_id: string })[], { hub_id: string; count: number }[]] =
      await Promise.all([
        this.hubs.query(
          `SELECT DISTINCT m.hub_id, o.id, o.name, o.sector, o.country
             FROM hub_member m JOIN organization o ON o.id = m.organization_id
            WHERE m.hub_id = ANY($1::uuid[]) AND m.status = 'active'
            ORDER BY o.name, o.id`,
          [ids],
        ),
        this.hubs.query(
          `SELECT hub_id, count(*)::int AS count FROM goal WHERE hub_id = ANY($1::uuid[]) GROUP BY hub_id`,
          [ids],
        ),
      ]);
    const spokes = new Map<string, HubSpokeDto[]>(ids.map((id) => [id, []]));
    for (const { hub_id, ...spoke } of spokeRows) spokes.get(hub_id)!.push(spoke);
    const goalCounts = new Map(goalRows.map((r) => [r.hub_id, r.count]));
    return hubs.map((h) => toHubPublicSummaryDto(h, spokes.get(h.id)!, goalCounts.get(h.id) ?? 0));
  }
}
