import type { HubEventPayloads, HubEventType, TaskStatus } from '@hubspoke/contracts';
import type { EntityManager } from 'typeorm';
import type { Tx } from '../activity/unit-of-work';
import type { User } from '../auth/user.entity';
import { Comment } from '../comments/comment.entity';
import { COMMENT_COLUMNS, toCommentDto, type CommentRow } from '../comments/comment.mapper';
import { Goal } from '../goals/goal.entity';
import { toMeasurementDto } from '../goals/goal.mapper';
import { Measurement } from '../goals/measurement.entity';
import { Hub } from '../hubs/hub.entity';
import { toHubDto } from '../hubs/hub.mapper';
import { HubMember } from '../members/hub-member.entity';
import { newInviteToken } from '../members/invite-token';
import { loadMemberDto, toInvitationDto } from '../members/member.mapper';
import type { Organization } from '../organizations/organization.entity';
import { Task } from '../tasks/task.entity';
import { WorkingGroup, WorkingGroupMember } from '../working-groups/working-group.entity';
import { readGroups } from '../working-groups/working-groups.reader';
import { toTaskDto, todayUtc } from '../tasks/task.mapper';
import type {
  DemoComment,
  DemoGoal,
  DemoGroup,
  DemoHub,
  DemoInvitation,
  DemoMeasurement,
  DemoMember,
  DemoTask,
} from './demo-data';
import { BoardSeeder, type HubPeople } from './board-seeder';
import { dayAt, DAY_MS, found, orgOf, userOf, type SeedDirectory } from './seed-directory';
import { planHub, type Step } from './timeline';

/** Steps of the same day are a minute apart, so the events' times follow their order. */
const STEP_MS = 60_000;
const INVITATION_TTL_DAYS = 14;
const POSITION_GAP = 1000;

/**
 * Replays one demo hub's history in the caller's transaction: every step writes its entities the way the
 * api does and appends its HubEvent (dated to the step), so the hub has a real activity feed.
 */
export class HubSeeder implements HubPeople {
  private readonly manager: EntityManager;
  private hub!: Hub;
  private board!: BoardSeeder;
  private readonly members = new Map<string, HubMember>();
  private readonly goals = new Map<string, Goal>();
  private readonly measurements = new Map<DemoMeasurement, Measurement>();
  private readonly tasks = new Map<string, Task>();
  private readonly groups = new Map<string, string>();
  private readonly columnEnd = new Map<TaskStatus, number>();

  constructor(
    private readonly tx: Tx,
    private readonly dir: SeedDirectory,
    private readonly def: DemoHub,
  ) {
    this.manager = tx.manager;
  }

  /** Writes the hub and its history; resolves with the hub's id. */
  async run(): Promise<string> {
    for (const [i, { day, step }] of planHub(this.def).entries()) {
      await this.apply(step, new Date(dayAt(this.dir, day).getTime() + i * STEP_MS));
    }
    return this.hub.id;
  }

  private apply(step: Step, at: Date): Promise<void> {
    switch (step.kind) {
      case 'hub':
        return this.createHub(at);
      case 'member':
        return this.join(step.member, at);
      case 'invitation':
        return this.invite(step.invitation, at);
      case 'goal':
        return this.createGoal(step.goal, at);
      case 'group':
        return this.createGroup(step.group, at);
      case 'measurement':
        return this.report(step.goal, step.measurement, at);
      case 'verification':
        return this.verify(step.goal, step.measurement, at);
      case 'task':
        return this.createTask(step.task, at);
      case 'move':
        return this.move(step.task, step.status, at);
      case 'comment':
        return this.comment(step.comment, at);
      case 'board':
        return this.board.apply(step.board, at);
    }
  }

  private async createHub(at: Date): Promise<void> {
    const { slug, name, mission, sdgs, sdgTargets, visibility } = this.def;
    this.hub = await this.manager.save(
      this.manager.create(Hub, { slug, name, mission, sdgs, sdgTargets, visibility, createdAt: at, updatedAt: at }),
    );
    this.board = new BoardSeeder(this.tx, this.dir, this.hub.id, this);
    const creator = this.def.members[0]!;
    await this.emit(at, 'hub.created', this.user(creator.person.email).id, this.hub.id, toHubDto(this.hub));
    await this.join(creator, at);
  }

  private async join(member: DemoMember, at: Date): Promise<void> {
    const user = this.user(member.person.email);
    const row = await this.manager.save(
      this.manager.create(HubMember, {
        hubId: this.hub.id,
        userId: user.id,
        organizationId: this.org(member.org).id,
        role: member.role,
        status: 'active',
        joinedAt: at,
        createdAt: at,
      }),
    );
    this.members.set(user.email, row);
    await this.emit(at, 'member.joined', user.id, row.id, await loadMemberDto(this.manager, row.id));
  }

  private async invite(invitation: DemoInvitation, at: Date): Promise<void> {
    const organization = this.org(invitation.org);
    const row = await this.manager.save(
      this.manager.create(HubMember, {
        hubId: this.hub.id,
        userId: null,
        organizationId: organization.id,
        role: invitation.role,
        status: 'invited',
        inviteEmail: invitation.email,
        // the token is thrown away: the invitation shows as pending, and nobody can accept it
        inviteTokenHash: newInviteToken().hash,
        inviteExpiresAt: new Date(at.getTime() + INVITATION_TTL_DAYS * DAY_MS),
        invitedById: this.secretariat().userId,
        createdAt: at,
      }),
    );
    const payload = toInvitationDto({
      ...row,
      organization,
      inviteEmail: invitation.email,
      inviteExpiresAt: row.inviteExpiresAt!,
    });
    await this.emit(at, 'member.invited', this.secretariat().userId, row.id, payload);
  }

  private async createGoal(goal: DemoGoal, at: Date): Promise<void> {
    const row = await this.manager.save(
      this.manager.create(Goal, {
        hubId: this.hub.id,
        parentId: goal.parent ? this.goal(goal.parent).id : null,
        title: goal.title,
        description: goal.description,
        indicatorCode: goal.indicatorCode,
        unit: goal.unit,
        baseline: goal.baseline,
        target: goal.target,
        direction: goal.direction,
        startDate: this.date(goal.start),
        dueDate: this.date(goal.due),
        ownerOrganizationId: this.org(goal.owner).id,
        createdAt: at,
        updatedAt: at,
      }),
    );
    this.goals.set(goal.key, row);
    const payload = await this.dir.goalReader.one(this.hub.id, row.id, this.manager);
    await this.emit(at, 'goal.created', this.secretariat().userId, row.id, payload);
  }

  private async report(goal: DemoGoal, measurement: DemoMeasurement, at: Date): Promise<void> {
    const reporter = this.memberOf(goal.owner);
    const row = await this.manager.save(
      this.manager.create(Measurement, {
        goalId: this.goal(goal.key).id,
        hubId: this.hub.id,
        value: measurement.value,
        observedAt: at,
        evidenceUrl: measurement.evidenceUrl ?? null,
        note: measurement.note ?? null,
        reportedById: reporter.userId,
        reportedByOrganizationId: reporter.organizationId,
        verifiedById: null,
        verifiedAt: null,
        status: 'pending',
        createdAt: at,
      }),
    );
    this.measurements.set(measurement, row);
    await this.emit(at, 'goal.measured', reporter.userId, row.id, await this.measurementChange(row));
  }

  private async verify(goal: DemoGoal, measurement: DemoMeasurement, at: Date): Promise<void> {
    const row = found(this.measurements.get(measurement), `measurement of goal "${goal.key}"`);
    const reviewer = this.secretariat().userId;
    const verified = {
      status: 'verified',
      verifiedById: reviewer,
      verifiedAt: at,
      reviewedById: reviewer,
      reviewedAt: at,
    } as const;
    Object.assign(row, verified);
    await this.manager.update(Measurement, row.id, verified);
    await this.emit(at, 'measurement.verified', reviewer, row.id, await this.measurementChange(row));
  }

  private async createGroup(group: DemoGroup, at: Date): Promise<void> {
    const lead = this.member(group.lead);
    const row = await this.manager.save(
      this.manager.create(WorkingGroup, {
        hubId: this.hub.id,
        name: group.name,
        purpose: group.purpose,
        leadMemberId: lead.id,
        endsOn: group.endsOn === undefined ? null : this.date(group.endsOn),
        createdAt: at,
      }),
    );
    const memberIds = [...new Set([lead.id, ...group.members.map((email) => this.member(email).id)])];
    await this.manager.insert(
      WorkingGroupMember,
      memberIds.map((memberId) => ({ groupId: row.id, memberId, addedAt: at })),
    );
    this.groups.set(group.key, row.id);
    const [payload] = await readGroups(this.manager, this.hub.id, { groupId: row.id });
    await this.emit(at, 'group.created', this.secretariat().userId, row.id, payload!);
  }

  private async createTask(task: DemoTask, at: Date): Promise<void> {
    const creator = task.createdByAssignee ? this.memberOf(task.assignee) : this.secretariat();
    const assignee = this.memberOf(task.assignee);
    const row = await this.manager.save(
      this.manager.create(Task, {
        hubId: this.hub.id,
        goalId: task.goal ? this.goal(task.goal).id : null,
        workingGroupId: task.group ? found(this.groups.get(task.group), `group "${task.group}"`) : null,
        visibility: task.visibility ?? 'hub',
        title: task.title,
        description: task.description ?? '',
        status: 'todo',
        priority: task.priority,
        assigneeOrganizationId: assignee.organizationId,
        assigneeUserId: assignee.userId,
        createdById: creator.userId,
        createdByOrganizationId: creator.organizationId,
        dueDate: this.date(task.due),
        position: this.nextPosition('todo'),
        createdAt: at,
        updatedAt: at,
      }),
    );
    this.tasks.set(task.title, row);
    await this.emit(at, 'task.created', creator.userId, row.id, toTaskDto(row, todayUtc(at)));
  }

  private async move(task: DemoTask, status: TaskStatus, at: Date): Promise<void> {
    const row = found(this.tasks.get(task.title), `task "${task.title}"`);
    const changes = {
      status,
      position: this.nextPosition(status),
      version: row.version + 1,
      completedAt: status === 'done' ? at : null,
      updatedAt: at,
    };
    await this.manager.update(Task, row.id, changes);
    Object.assign(row, changes);
    await this.emit(at, 'task.moved', row.assigneeUserId, row.id, toTaskDto(row, todayUtc(at)));
  }

  private async comment(comment: DemoComment, at: Date): Promise<void> {
    const author = this.member(comment.author);
    const [targetType, targetId] =
      'goal' in comment.on
        ? (['goal', this.goal(comment.on.goal).id] as const)
        : (['task', this.task(comment.on.task).id] as const);
    const row = await this.manager.save(
      this.manager.create(Comment, {
        hubId: this.hub.id,
        targetType,
        targetId,
        authorId: author.userId,
        authorOrganizationId: author.organizationId,
        body: comment.body,
        createdAt: at,
      }),
    );
    const [loaded]: CommentRow[] = await this.manager.query(
      `SELECT ${COMMENT_COLUMNS} FROM comment c LEFT JOIN "user" u ON u.id = c.author_id WHERE c.id = $1`,
      [row.id],
    );
    await this.emit(at, 'comment.created', author.userId, row.id, toCommentDto(loaded!));
  }

  /** Appends the event, dated to the step. */
  private emit<K extends HubEventType>(
    at: Date,
    type: K,
    actorId: string | null,
    entityId: string,
    payload: HubEventPayloads[K],
  ) {
    return this.tx.emit({ hubId: this.hub.id, type, actorId, entityId, payload, at });
  }

  private async measurementChange(row: Measurement) {
    const { goal, ancestors } = await this.dir.goalReader.withAncestors(this.hub.id, row.goalId, this.manager);
    return { measurement: toMeasurementDto(row), goal, ancestors };
  }

  private nextPosition(status: TaskStatus): number {
    const position = (this.columnEnd.get(status) ?? 0) + POSITION_GAP;
    this.columnEnd.set(status, position);
    return position;
  }

  private date(day: number): string {
    return todayUtc(dayAt(this.dir, day));
  }

  private user(email: string): User {
    return userOf(this.dir, email);
  }

  private org(actorId: string): Organization {
    return orgOf(this.dir, actorId);
  }

  private goal(key: string): Goal {
    return found(this.goals.get(key), `goal "${key}"`);
  }

  private task(title: string): Task {
    return found(this.tasks.get(title), `task "${title}"`);
  }

  secretariat(): HubMember & { userId: string } {
    return this.memberOf(this.def.members[0]!.org);
  }

  member(email: string): HubMember & { userId: string } {
    return found(this.members.get(email), `member ${email}`) as HubMember & { userId: string };
  }

  /** The hub's person for an organization: its seat in the hub acts for it. */
  private memberOf(actorId: string): HubMember & { userId: string } {
    const orgId = this.org(actorId).id;
    const member = [...this.members.values()].find((m) => m.organizationId === orgId && m.userId !== null);
    return found(member, `member organization "${actorId}"`) as HubMember & { userId: string };
  }
}
