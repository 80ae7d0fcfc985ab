import { Injectable } from '@nestjs/common';
import type { Page, PublicGoalDto } from '@hubspoke/contracts';
import { SdgService } from '../sdg/sdg.service';
import { GoalReader, TREND_SIZE, type GoalFilter, type GoalShape } from './goal.reader';
import { toPublicGoalDto } from './goal.mapper';
import { HUB_ONLY_SIGHT } from '../policy/group-sight';

/** Goals as anyone may see them on a public hub: with their trajectory and their indicators' official names. */
@Injectable()
export class PublicGoalReader {
  private readonly shape: GoalShape<PublicGoalDto>;

  constructor(
    private readonly goals: GoalReader,
    sdg: SdgService,
  ) {
    this.shape = {
      recent: TREND_SIZE,
      map: (row, state) =>
        toPublicGoalDto(row, state, row.indicator_code ? (sdg.findIndicator(row.indicator_code)?.title ?? null) : null),
    };
  }

  page(
    hubId: string,
    filter: Pick<GoalFilter, 'ownerOrganizationId' | 'parentId' | 'workingGroupId'>,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<PublicGoalDto>> {
    return this.goals.page(hubId, { ...filter, sight: HUB_ONLY_SIGHT }, cursor, limit, this.shape);
  }

  one(hubId: string, goalId: string): Promise<PublicGoalDto> {
    return this.goals.oneShaped(hubId, goalId, this.shape, undefined, HUB_ONLY_SIGHT);
  }

  all(hubId: string): Promise<PublicGoalDto[]> {
    return this.goals.all(hubId, this.shape, undefined, HUB_ONLY_SIGHT);
  }
}
