import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WorkingGroupDto } from '@hubspoke/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiException } from '../../infra/http/api-exception';
import { sentFields } from '../../infra/http/dto-helpers';
import { UnitOfWork, type Tx } from '../activity/unit-of-work';
import type { AuthUser } from '../auth/auth-user';
import { PolicyService } from '../policy/policy.service';
import { MAX_GROUP_MEMBERS, type CreateWorkingGroupDto, type UpdateWorkingGroupDto } from './working-group.dto';
import { WorkingGroup, WorkingGroupMember } from './working-group.entity';
import { readGroups } from './working-groups.reader';

/**
 * A hub's working groups: the secretariat starts, edits and archives them; a group's lead (or the secretariat) adds and
 * removes its members. Every member of the hub sees every group. Any change, its members' too, makes a new version.
 */
@Injectable()
export class WorkingGroupsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
  ) {}

  async list(user: AuthUser, hubId: string, archived: boolean): Promise<WorkingGroupDto[]> {
    await this.policy.authorize(user, hubId, 'hub.read');
    return readGroups(this.dataSource.manager, hubId, { archived });
  }

  async get(user: AuthUser, hubId: string, groupId: string): Promise<WorkingGroupDto> {
    await this.policy.authorize(user, hubId, 'hub.read');
    return groupOf(this.dataSource.manager, hubId, groupId);
  }

  create(user: AuthUser, hubId: string, dto: CreateWorkingGroupDto): Promise<WorkingGroupDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'group.manage', undefined, tx.manager);
      const memberIds = [...new Set([dto.leadMemberId, ...(dto.memberIds ?? [])])];
      if (memberIds.length > MAX_GROUP_MEMBERS) {
        throw ApiException.badRequest('Some fields are invalid', {
          memberIds: [`a working group has at most ${MAX_GROUP_MEMBERS} members, its lead included`],
        });
      }
      await assertPeople(tx.manager, hubId, dto.leadMemberId, memberIds);
      const { identifiers } = await tx.manager.insert(WorkingGroup, {
        hubId,
        name: dto.name,
        purpose: dto.purpose ?? '',
        leadMemberId: dto.leadMemberId,
        endsOn: dto.endsOn ?? null,
      });
      const groupId = identifiers[0]!.id as string;
      await tx.manager.insert(
        WorkingGroupMember,
        memberIds.map((memberId) => ({ groupId, memberId })),
      );
      return this.emitted(tx, user, hubId, groupId, 'group.created');
    });
  }

  update(user: AuthUser, hubId: string, groupId: string, dto: UpdateWorkingGroupDto): Promise<WorkingGroupDto> {
    const { version, ...fields } = dto;
    const changes = sentFields(fields);
    if (Object.keys(changes).length === 0) {
      throw ApiException.badRequest('Nothing to change', { version: ['send at least one field to change'] });
    }
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'group.manage', undefined, tx.manager);
      const current = await activeGroup(tx.manager, hubId, groupId);
      if (changes.leadMemberId) {
        await assertPeople(tx.manager, hubId, changes.leadMemberId, [changes.leadMemberId]);
        await tx.manager.upsert(WorkingGroupMember, { groupId, memberId: changes.leadMemberId }, [
          'groupId',
          'memberId',
        ]);
      }
      const { affected } = await tx.manager.update(
        WorkingGroup,
        { id: groupId, version },
        { ...changes, version: version + 1 },
      );
      if (!affected) throw ApiException.staleVersion(await groupOf(tx.manager, hubId, current.id));
      return this.emitted(tx, user, hubId, groupId, 'group.updated');
    });
  }

  /** Archived groups stay readable, with their members, and take no new members. */
  archive(user: AuthUser, hubId: string, groupId: string, version: number): Promise<WorkingGroupDto> {
    return this.uow.run(async (tx) => {
      await this.policy.authorize(user, hubId, 'group.manage', undefined, tx.manager);
      await activeGroup(tx.manager, hubId, groupId);
      const { affected } = await tx.manager.update(
        WorkingGroup,
        { id: groupId, version },
        { archivedAt: () => 'now()', version: version + 1 },
      );
      if (!affected) throw ApiException.staleVersion(await groupOf(tx.manager, hubId, groupId));
      return this.emitted(tx, user, hubId, groupId, 'group.archived');
    });
  }

  addMember(user: AuthUser, hubId: string, groupId: string, memberId: string): Promise<WorkingGroupDto> {
    return this.uow.run(async (tx) => {
      await this.authorizeMembers(user, hubId, groupId, tx.manager);
      await assertPeople(tx.manager, hubId, undefined, [memberId]);
      const [{ count }]: { count: number }[] = await tx.manager.query(
        `SELECT count(*)::int AS count FROM working_group_member WHERE group_id = $1`,
        [groupId],
      );
      if (count >= MAX_GROUP_MEMBERS) {
        throw ApiException.conflict(`A working group has at most ${MAX_GROUP_MEMBERS} members`);
      }
      const { raw } = await tx.manager
        .createQueryBuilder()
        .insert()
        .into(WorkingGroupMember)
        .values({ groupId, memberId })
        .orIgnore()
        .returning('member_id')
        .execute();
      if ((raw as unknown[]).length === 0) return groupOf(tx.manager, hubId, groupId);
      await tx.manager.increment(WorkingGroup, { id: groupId }, 'version', 1);
      return this.emitted(tx, user, hubId, groupId, 'group.updated');
    });
  }

  removeMember(user: AuthUser, hubId: string, groupId: string, memberId: string): Promise<WorkingGroupDto> {
    return this.uow.run(async (tx) => {
      const group = await this.authorizeMembers(user, hubId, groupId, tx.manager);
      if (group.leadMemberId === memberId) {
        throw ApiException.conflict('The lead stays in the group: choose another lead first');
      }
      const { affected } = await tx.manager.delete(WorkingGroupMember, { groupId, memberId });
      if (!affected) throw ApiException.notFound('Group member');
      await tx.manager.increment(WorkingGroup, { id: groupId }, 'version', 1);
      return this.emitted(tx, user, hubId, groupId, 'group.updated');
    });
  }

  /** The group's lead or the secretariat; 409 once the group is archived. */
  private async authorizeMembers(
    user: AuthUser,
    hubId: string,
    groupId: string,
    manager: EntityManager,
  ): Promise<WorkingGroup> {
    const access = await this.policy.access(user, hubId, manager);
    // a non-member learns nothing of the hub's groups
    if (!access.member) throw ApiException.notFound('Hub');
    const group = await activeGroup(manager, hubId, groupId);
    this.policy.check(access, 'group.members.manage', { leadsGroup: group.leadMemberId === access.member.memberId });
    return group;
  }

  private async emitted(
    tx: Tx,
    user: AuthUser,
    hubId: string,
    groupId: string,
    type: 'group.created' | 'group.updated' | 'group.archived',
  ): Promise<WorkingGroupDto> {
    const group = await groupOf(tx.manager, hubId, groupId);
    await tx.emit({ hubId, type, actorId: user.id, entityId: groupId, payload: group });
    return group;
  }
}

async function groupOf(manager: EntityManager, hubId: string, groupId: string): Promise<WorkingGroupDto> {
  const [group] = await readGroups(manager, hubId, { groupId });
  if (!group) throw ApiException.notFound('Working group');
  return group;
}

/** The group, locked for this change; 404 when it is not the hub's, 409 when archived. */
async function activeGroup(manager: EntityManager, hubId: string, groupId: string): Promise<WorkingGroup> {
  const group = await manager.findOne(WorkingGroup, {
    where: { id: groupId, hubId },
    lock: { mode: 'pessimistic_write' },
  });
  if (!group) throw ApiException.notFound('Working group');
  if (group.archivedAt) throw ApiException.conflict('This working group is archived; it can be read but not changed');
  return group;
}

/** The lead and members: active members of the hub with an account; the lead not an observer. */
async function assertPeople(
  manager: EntityManager,
  hubId: string,
  leadMemberId: string | undefined,
  memberIds: string[],
): Promise<void> {
  const found: { id: string; role: string }[] = await manager.query(
    `SELECT id, role FROM hub_member
      WHERE hub_id = $1 AND id = ANY($2::uuid[]) AND status = 'active' AND user_id IS NOT NULL`,
    [hubId, memberIds],
  );
  const details: Record<string, string[]> = {};
  if (leadMemberId) {
    const lead = found.find((m) => m.id === leadMemberId);
    if (!lead) details.leadMemberId = ['must be an active member of this hub'];
    else if (lead.role === 'observer') details.leadMemberId = ['an observer cannot lead a working group'];
  }
  const unknown = memberIds.filter((id) => id !== leadMemberId && !found.some((m) => m.id === id));
  if (unknown.length > 0) {
    if (leadMemberId) details.memberIds = ['must be active members of this hub'];
    else details.memberId = ['must be an active member of this hub'];
  }
  if (Object.keys(details).length > 0) throw ApiException.badRequest('Some fields are invalid', details);
}
