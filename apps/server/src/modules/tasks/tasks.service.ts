import { Injectable } from '@nestjs/common';
import type { HubEventTypeOf, Page, TaskDeletedDto, TaskDto, TaskStatus } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';
import { Tx, UnitOfWork } from '../activity/unit-of-work';
import { ApiException } from '../../infra/http/api-exception';
import { sentFields } from '../../infra/http/dto-helpers';
import { DEFAULT_PAGE_SIZE, toPage } from '../../infra/http/pagination';
import type { AuthUser } from '../auth/auth-user';
import { CommentsService } from '../comments/comments.service';
import { groupSight, type GroupItem } from '../policy/group-sight';
import { PolicyService, type MemberAccess } from '../policy/policy.service';
import { groupItemAfter, withdrawsFromSome } from '../working-groups/item-visibility';
import { resolveAssignee, type Assignee } from './task-assignee';
import { parseTaskCursor, taskCursorKey } from './task-list.query';
import { canTransition, TASK_TRANSITIONS } from './task-workflow';
import type { CreateTaskDto, MoveTaskDto, TaskFiltersQuery, TasksQuery, UpdateTaskDto } from './task.dto';
import { todayUtc, toTaskDto, type TaskRow } from './task.mapper';
import { TasksRepository, type TaskChanges } from './tasks.repository';

const NO_ASSIGNEE: Assignee = { organizationId: null, userId: null };

@Injectable()
export class TasksService {
  constructor(
    private readonly tasks: TasksRepository,
    private readonly policy: PolicyService,
    private readonly uow: UnitOfWork,
    private readonly comments: CommentsService,
  ) {}

  async create(user: AuthUser, hubId: string, dto: CreateTaskDto): Promise<TaskDto> {
    const item = groupItemAfter(null, dto);
    const access = await this.policy.access(user, hubId);
    this.policy.checkItem(access, 'task.create', item);
    const { member } = access;
    const assignee = await this.checkReferences(hubId, NO_ASSIGNEE, dto);
    return this.uow.run(async (tx) => {
      const row = await this.tasks.insert(tx.manager, {
        hubId,
        title: dto.title,
        description: dto.description ?? '',
        status: dto.status ?? 'todo',
        priority: dto.priority ?? 'medium',
        goalId: dto.goalId ?? null,
        workingGroupId: item.workingGroupId,
        visibility: item.visibility,
        assigneeOrganizationId: assignee.organizationId,
        assigneeUserId: assignee.userId,
        dueDate: dto.dueDate ?? null,
        position: dto.position ?? null,
        createdById: user.id,
        createdByOrganizationId: member.organizationId,
      });
      return this.emit(tx, user, 'task.created', row);
    });
  }

  async list(user: AuthUser, hubId: string, query: TasksQuery): Promise<Page<TaskDto>> {
    const access = await this.policy.authorize(user, hubId, 'hub.read');
    const sort = query.sort ?? 'created';
    const after = parseTaskCursor(sort, query.cursor);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const today = todayUtc();
    const rows = await this.tasks.list(hubId, query, sort, after, limit, today, groupSight(access));
    return toPage(
      rows,
      limit,
      (row) => taskCursorKey(sort, row),
      (row) => toTaskDto(row, today),
    );
  }

  async counts(user: AuthUser, hubId: string, filters: TaskFiltersQuery): Promise<Record<TaskStatus, number>> {
    const access = await this.policy.authorize(user, hubId, 'hub.read');
    return this.tasks.countByStatus(hubId, filters, todayUtc(), groupSight(access));
  }

  async get(user: AuthUser, hubId: string, taskId: string): Promise<TaskDto> {
    const [access, row] = await Promise.all([this.policy.access(user, hubId), this.tasks.find(hubId, taskId)]);
    this.policy.check(access, 'hub.read');
    if (!row || !this.policy.seesItem(access, row)) throw ApiException.notFound('Task');
    return toTaskDto(row);
  }

  async update(user: AuthUser, hubId: string, taskId: string, dto: UpdateTaskDto): Promise<TaskDto> {
    const { version, ...fields } = dto;
    const changes = sentFields(fields);
    if (Object.keys(changes).length === 0) {
      throw ApiException.badRequest('Nothing to change', { body: ['send at least one field besides version'] });
    }
    return this.edit(user, hubId, taskId, version, changes, 'task.updated');
  }

  move(user: AuthUser, hubId: string, taskId: string, dto: MoveTaskDto): Promise<TaskDto> {
    const changes = { status: dto.status, position: dto.position };
    return this.edit(user, hubId, taskId, dto.version, changes, 'task.moved');
  }

  async remove(user: AuthUser, hubId: string, taskId: string, version: number): Promise<void> {
    const { task } = await this.loadForEdit(user, hubId, taskId, version);
    await this.uow.run(async (tx) => {
      if (!(await this.tasks.delete(tx.manager, taskId, version))) throw await this.stale(hubId, taskId, tx.manager);
      await this.comments.deleteAllOn(tx.manager, 'task', taskId);
      const payload: TaskDeletedDto = { id: taskId };
      await tx.emit({
        hubId,
        type: 'task.deleted',
        actorId: user.id,
        entityId: taskId,
        payload,
        audience: audience(task),
      });
    });
  }

  /** The write path of PATCH and move: authorize and load at once, validate, then UPDATE ... RETURNING and the event. */
  private async edit(
    user: AuthUser,
    hubId: string,
    taskId: string,
    version: number,
    changes: TaskChanges,
    type: HubEventTypeOf<TaskDto>,
  ): Promise<TaskDto> {
    const { access, task: current } = await this.loadForEdit(user, hubId, taskId, version);
    // judged again on the task as the change leaves it: its group, its visibility
    const next = groupItemAfter(current, changes);
    this.policy.checkItem(access, 'task.edit', next, ownership(current));
    if (changes.status !== undefined && !canTransition(current.status, changes.status)) {
      const allowed = TASK_TRANSITIONS[current.status].join(', ');
      throw ApiException.badRequest('This status change is not allowed', {
        status: [
          `cannot go from ${current.status} to ${changes.status}; from ${current.status} it can go to ${allowed}`,
        ],
      });
    }
    const touchesAssignee = changes.assigneeOrganizationId !== undefined || changes.assigneeUserId !== undefined;
    if (touchesAssignee || changes.goalId !== undefined || changes.workingGroupId !== undefined) {
      const currentAssignee = { organizationId: current.assigneeOrganizationId, userId: current.assigneeUserId };
      const assignee = await this.checkReferences(hubId, currentAssignee, changes);
      if (touchesAssignee) {
        changes = { ...changes, assigneeOrganizationId: assignee.organizationId, assigneeUserId: assignee.userId };
      }
    }
    return this.uow.run(async (tx) => {
      const row = await this.tasks.update(tx.manager, current, version, changes);
      if (!row) throw await this.stale(hubId, taskId, tx.manager);
      return this.emit(tx, user, type, row, withdrawsFromSome(current, row));
    });
  }

  /**
   * The task, if the caller may edit it and has its current version: 404 outside the hub or for an unknown task,
   * 403 without the right (judged on the task as it is), 409 with the current task for a stale version.
   * The caller's access and the task load in parallel; the versioned UPDATE later guarantees the task is unchanged.
   */
  private async loadForEdit(
    user: AuthUser,
    hubId: string,
    taskId: string,
    version: number,
  ): Promise<{ access: MemberAccess; task: TaskRow }> {
    const [access, task] = await Promise.all([this.policy.access(user, hubId), this.tasks.find(hubId, taskId)]);
    this.policy.check(access, 'hub.read');
    if (!task || !this.policy.seesItem(access, task)) throw ApiException.notFound('Task');
    this.policy.checkItem(access, 'task.edit', task, ownership(task));
    if (task.version !== version) throw ApiException.staleVersion(toTaskDto(task));
    return { access, task };
  }

  /** The error for a versioned write that matched no row: the task changed (409 with it) or is gone (404). */
  private async stale(hubId: string, taskId: string, manager: EntityManager): Promise<ApiException> {
    const task = await this.tasks.find(hubId, taskId, manager);
    return task ? ApiException.staleVersion(toTaskDto(task)) : ApiException.notFound('Task');
  }

  /** Resolves the assignee after the change and checks every sent reference against the hub, in one query; 400 with details. */
  private async checkReferences(
    hubId: string,
    current: Assignee,
    change: Pick<TaskChanges, 'goalId' | 'workingGroupId' | 'assigneeOrganizationId' | 'assigneeUserId'>,
  ): Promise<Assignee> {
    const { assignee, check, userWithoutOrganization } = resolveAssignee(current, {
      organizationId: change.assigneeOrganizationId,
      userId: change.assigneeUserId,
    });
    const details: Record<string, string[]> = {};
    if (userWithoutOrganization) details.assigneeUserId = ['needs an assignee organization'];
    const refs = {
      goalId: change.goalId ?? null,
      workingGroupId: change.workingGroupId ?? null,
      organizationId: check.organizationId,
      userId: userWithoutOrganization ? null : check.userId,
      userOrganizationId: assignee.organizationId,
    };
    if (refs.goalId || refs.workingGroupId || refs.organizationId || refs.userId) {
      const found = await this.tasks.checkReferences(hubId, refs);
      if (!found.goal) details.goalId = ['is not a goal of this hub'];
      if (!found.group) details.workingGroupId = ['is not an active working group of this hub'];
      if (!found.organization) {
        details.assigneeOrganizationId = ["is not an organization among this hub's active members"];
      }
      if (!found.user) {
        details.assigneeUserId = ['is not an active member of this hub representing the assignee organization'];
      }
    }
    if (Object.keys(details).length > 0) throw ApiException.badRequest('Some fields are invalid', details);
    return assignee;
  }

  private async emit(
    tx: Tx,
    user: AuthUser,
    type: HubEventTypeOf<TaskDto>,
    row: TaskRow,
    withdrawn = false,
  ): Promise<TaskDto> {
    const task = toTaskDto(row);
    await tx.emit({
      hubId: task.hubId,
      type,
      actorId: user.id,
      entityId: task.id,
      payload: task,
      audience: { withdrawn },
    });
    return task;
  }
}

/** The organizations task.edit's member rule looks at. */
const ownership = (task: TaskRow) => ({
  assigneeOrganizationId: task.assigneeOrganizationId,
  createdByOrganizationId: task.createdByOrganizationId,
});

/** The audience of an event about the task as it was (its deletion). */
const audience = (task: GroupItem) => ({ groupId: task.visibility === 'group' ? task.workingGroupId : null });
