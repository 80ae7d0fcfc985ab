import { hubAllows, type GroupRole, type ItemVisibility } from '@hubspoke/contracts';
import type { HubAccess } from './policy.service';

/** The caller's working groups in a hub: group id → lead or member. */
export type GroupRoles = ReadonlyMap<string, Exclude<GroupRole, null>>;

/** What of a hub's group-only items a reader sees: every one (the secretariat), or those of the listed groups. */
export interface GroupSight {
  all: boolean;
  groupIds: string[];
}

/** The sight of readers of what the whole hub shares (the board pack, digests): no group-only item. */
export const HUB_ONLY_SIGHT: GroupSight = { all: false, groupIds: [] };

/** A task or goal as far as who sees it is concerned. */
export interface GroupItem {
  visibility: ItemVisibility;
  workingGroupId: string | null;
}

/** The caller's place in the item's group (null outside it, or for an item in no group). */
export function groupRoleIn(access: HubAccess, workingGroupId: string | null): GroupRole {
  return (workingGroupId && access.member?.groupRoles.get(workingGroupId)) || null;
}

/** Which group-only items a member sees, decided by the policy table once for the whole list. */
export function groupSight(access: HubAccess): GroupSight {
  const member = access.member;
  if (!member) return { all: false, groupIds: [] };
  const groupIds = [...member.groupRoles.keys()].filter((id) =>
    hubAllows(member, 'group.item.read', { groupRole: member.groupRoles.get(id) }),
  );
  return { all: hubAllows(member, 'group.item.read', { groupRole: null }), groupIds };
}

export function seesItem(sight: GroupSight, item: GroupItem): boolean {
  return (
    item.visibility === 'hub' || sight.all || (!!item.workingGroupId && sight.groupIds.includes(item.workingGroupId))
  );
}

/** The SQL condition "the reader sees this row" for a table with visibility and working_group_id columns. */
export function seesItemSql(alias: string, sight: GroupSight, bind: (value: unknown) => string): string {
  if (sight.all) return 'true';
  return `(${alias}.visibility = 'hub' OR ${alias}.working_group_id = ANY(${bind(sight.groupIds)}::uuid[]))`;
}

/** What of several hubs' group-only items a reader sees: every one in `allHubIds`, elsewhere those of `groupIds`. */
export interface HubsSight {
  allHubIds: string[];
  groupIds: string[];
}

/** The sight of a reader across the hubs they read as a member (search, My work). */
export function hubsSight(accesses: HubAccess[]): HubsSight {
  const sights = accesses.map((access) => ({ hubId: access.hubId, sight: groupSight(access) }));
  return {
    allHubIds: sights.filter(({ sight }) => sight.all).map(({ hubId }) => hubId),
    groupIds: sights.flatMap(({ sight }) => sight.groupIds),
  };
}

/**
 * The SQL condition "the reader sees this row" across hubs, for a table with hub_id, visibility and working_group_id;
 * `allHubIds` and `groupIds` are the placeholders of a HubsSight's two lists.
 */
export function seesItemInHubsSql(alias: string, allHubIds: string, groupIds: string): string {
  return `(${alias}.visibility = 'hub' OR ${alias}.hub_id = ANY(${allHubIds}::uuid[]) OR ${alias}.working_group_id = ANY(${groupIds}::uuid[]))`;
}
