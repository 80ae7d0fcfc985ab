import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HUB_VISIBILITIES, type ConsolidationDto, type ConsolidationTargetDto } from '@hubspoke/contracts';
import { DataSource } from 'typeorm';
import { PolicyService } from '../policy/policy.service';
import { SDG_TARGET_CODES } from '../sdg/sdg-framework';
import { SdgService } from '../sdg/sdg.service';
import { consolidate } from './consolidate';
import { crowdedTargets, hubsOnTarget, linksAmong } from './consolidation.queries';
import { RULE_IN_WORDS } from './overlap';

/** Where public hubs on one SDG target overlap, and which of them might federate or merge (see overlap.ts). */
@Injectable()
export class ConsolidationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly sdg: SdgService,
  ) {}

  /** The target's public hubs and their pairs; 404 for a target the catalog does not have. */
  async target(code: string): Promise<ConsolidationDto> {
    const target = this.sdg.getTarget(code);
    const m = this.dataSource.manager;
    const hubs = await hubsOnTarget(m, code, Number(target.goalCode), this.publicVisibilities());
    const links = await linksAmong(
      m,
      hubs.map((h) => h.id),
    );
    return {
      target: { code: target.code, title: target.title, goalCode: target.goalCode },
      rule: RULE_IN_WORDS,
      ...consolidate(hubs, links),
    };
  }

  /** The targets two or more public hubs work on, in the catalog's order. */
  async targets(): Promise<ConsolidationTargetDto[]> {
    const rows = await crowdedTargets(this.dataSource.manager, this.publicVisibilities());
    return rows
      .flatMap((row) => {
        const target = this.sdg.findTarget(row.code);
        return target ? [{ ...row, title: target.title, goalCode: target.goalCode }] : [];
      })
      .sort((a, b) => SDG_TARGET_CODES.indexOf(a.code) - SDG_TARGET_CODES.indexOf(b.code));
  }

  /** The visibilities whose hubs anyone may see: only those count here. */
  private publicVisibilities() {
    return HUB_VISIBILITIES.filter((v) => this.policy.publiclyReadable(v));
  }
}
