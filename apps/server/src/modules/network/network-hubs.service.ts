import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HUB_VISIBILITIES, type NetworkHubLayerDto } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { PolicyService } from '../policy/policy.service';

/** The network map's hub layer: public running hubs with their member organizations, and the links among them. */
@Injectable()
export class NetworkHubsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  async layer(sdg: number | undefined): Promise<NetworkHubLayerDto> {
    const visibilities = HUB_VISIBILITIES.filter((v) => this.policy.publiclyReadable(v));
    const hubs = await this.dataSource.query<NetworkHubLayerDto['hubs']>(
      `SELECT h.id, h.slug, h.name,
              coalesce((SELECT array_agg(DISTINCT m.organization_id) FROM hub_member m
                         WHERE m.hub_id = h.id AND m.status = 'active' AND m.organization_id IS NOT NULL), '{}') AS "organizationIds"
         FROM hub h
        WHERE h.visibility = ANY($1::hub_visibility[]) AND h.archived_at IS NULL AND ($2::int IS NULL OR $2 = ANY(h.sdgs))
        ORDER BY h.name, h.id`,
      [visibilities, sdg ?? null],
    );
    const links = await this.dataSource.query<NetworkHubLayerDto['links']>(
      `SELECT parent_hub_id AS "parentHubId", child_hub_id AS "childHubId" FROM hub_link
        WHERE status = 'active' AND parent_hub_id = ANY($1::uuid[]) AND child_hub_id = ANY($1::uuid[])
        ORDER BY parent_hub_id, child_hub_id`,
      [hubs.map((h) => h.id)],
    );
    return { hubs, links };
  }
}
