import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ITEM_VISIBILITIES, type ItemVisibility } from '@hubspoke/contracts';
import { IsIn } from 'class-validator';
import { ApiException } from '../../infra/http/api-exception';
import { OptionalNotNull } from '../../infra/http/dto-helpers';
import type { GroupItem } from '../policy/group-sight';

/** The optional `visibility` field of a task or goal write. */
export const VisibilityField = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: ITEM_VISIBILITIES,
      default: 'hub',
      description: 'group: only its working group and the secretariat see it (needs a workingGroupId)',
    }),
    OptionalNotNull(),
    IsIn(ITEM_VISIBILITIES),
  );

/** The item as a write leaves it; 400 when it would be group-only without a group. */
export function groupItemAfter(
  current: GroupItem | null,
  change: { visibility?: ItemVisibility; workingGroupId?: string | null },
): GroupItem {
  const next: GroupItem = {
    visibility: change.visibility ?? current?.visibility ?? 'hub',
    workingGroupId: change.workingGroupId !== undefined ? change.workingGroupId : (current?.workingGroupId ?? null),
  };
  if (next.visibility === 'group' && !next.workingGroupId) {
    throw ApiException.invalidFields([
      {
        field: 'visibility',
        rule: 'needsGroup',
        message: 'group only needs a working group: choose one in workingGroupId',
      },
    ]);
  }
  return next;
}

/** Whether a change takes an item out of the sight of some who saw it: hub → group, or group-only in another group. */
export function withdrawsFromSome(before: GroupItem, after: GroupItem): boolean {
  if (after.visibility !== 'group') return false;
  return before.visibility === 'hub' || before.workingGroupId !== after.workingGroupId;
}
